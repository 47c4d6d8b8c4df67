import { parseChineseProvincial } from './chineseProvincial'
import { parseCrest } from './crest'
import { foldReference, normalizeReferenceText } from './normalize'
import { PRC_FMA_PREFIXES, parsePrcFma } from './prcFma'
import { parseRok } from './rok'
import { parseRussian, russianRepositoryOf } from './russian'
import type { ParsedReference, ReferenceScheme, SchemeParser } from './types'
import { parseWilson } from './wilson'

/** The reference scheme each seeded repository uses (resources/seed/repositories.json). */
export const SCHEME_BY_REPOSITORY: Readonly<Record<string, ReferenceScheme>> = {
  'prc-fma-archive': 'prc-fma',
  avprf: 'russian-archive',
  rgani: 'russian-archive',
  garf: 'russian-archive',
  'chinese-provincial-archives': 'cn-provincial',
  'rok-diplomatic-archives': 'rok-mofa',
  'cia-crest': 'cia-crest',
  'wilson-digital-archive': 'wilson',
  'loc-north-korean-serials': 'generic',
  'ccp-central-archives': 'generic',
  'published-sources': 'generic',
}

const PARSERS: Record<Exclude<ReferenceScheme, 'generic' | 'unknown'>, SchemeParser> = {
  'prc-fma': parsePrcFma,
  'russian-archive': parseRussian,
  'cn-provincial': parseChineseProvincial,
  'rok-mofa': parseRok,
  'cia-crest': parseCrest,
  wilson: parseWilson,
}

/** What `reference_raw` holds when the reference is not known (archival-model.md §3.2). */
const UNKNOWN = '[unknown]'

/** The fallback for codes no scheme reads: the key is the folded raw text, so typing variants still meet. */
export function parseGeneric(raw: string): ParsedReference {
  return { scheme: 'generic', reference_parsed: {}, reference_key: `generic|${foldReference(raw)}` }
}

/**
 * Guesses the scheme (and repository) of a reference from how it is written, for when no
 * repository was chosen yet, e.g. "АВП РФ, ф. 0102…" → russian-archive / avprf.
 */
export function detectReferenceScheme(raw: string): { scheme: ReferenceScheme; repository_id?: string } {
  const text = normalizeReferenceText(raw)
  const russian = russianRepositoryOf(text)
  if (russian !== undefined) return { scheme: 'russian-archive', repository_id: russian }
  const lower = text.toLowerCase()
  if (PRC_FMA_PREFIXES.some((prefix) => lower.startsWith(prefix.toLowerCase()))) {
    return { scheme: 'prc-fma', repository_id: 'prc-fma-archive' }
  }
  if (/cia-rdp/i.test(text)) return { scheme: 'cia-crest', repository_id: 'cia-crest' }
  if (/wilsoncenter\.org/i.test(text)) return { scheme: 'wilson', repository_id: 'wilson-digital-archive' }
  if (/분류\s*번호|등록\s*번호/u.test(text))
    return { scheme: 'rok-mofa', repository_id: 'rok-diplomatic-archives' }
  if (/^\d{3}-\d{5}-\d{2}\b/.test(text)) return { scheme: 'prc-fma', repository_id: 'prc-fma-archive' }
  return { scheme: 'generic' }
}

/**
 * Parses and normalizes a reference as written (archival-model.md §3.4). The scheme comes from
 * the repository when given, else from the text; a text the scheme cannot read falls back to the
 * generic key. The raw string is never changed: display it, match on `reference_key`.
 */
export function parseReference(raw: string, repositoryId?: string): ParsedReference {
  if (raw.trim() === UNKNOWN) return { scheme: 'unknown', reference_parsed: {}, reference_key: null }
  const normalized = normalizeReferenceText(raw)
  const scheme =
    (repositoryId === undefined ? undefined : SCHEME_BY_REPOSITORY[repositoryId]) ??
    detectReferenceScheme(normalized).scheme
  return (
    parseWith(scheme, normalized, repositoryId) ??
    // A published translation (e.g. a Wilson Center record) cites the original archive's code:
    // read that, so the translation and a reading-room finding meet on one document.
    parseEmbedded(normalized) ??
    parseGeneric(raw)
  )
}

function parseWith(scheme: ReferenceScheme, normalized: string, repositoryId?: string): ParsedReference | null {
  const parser = scheme === 'generic' || scheme === 'unknown' ? undefined : PARSERS[scheme]
  return parser?.(normalized, repositoryId) ?? null
}

function parseEmbedded(normalized: string): ParsedReference | null {
  const detected = detectReferenceScheme(normalized)
  return parseWith(detected.scheme, normalized, detected.repository_id)
}

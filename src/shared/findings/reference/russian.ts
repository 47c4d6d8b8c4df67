import { foldHomoglyphs, stripPrefixes } from './normalize'
import type { ParsedReference } from './types'

type Part = 'fond' | 'opis' | 'papka' | 'delo' | 'list'

/** Repository prefixes, mapped to the repository whose key they start. */
const RUSSIAN_PREFIXES: Record<string, string> = {
  'АВП РФ': 'avprf',
  АВПРФ: 'avprf',
  'AVP RF': 'avprf',
  AVPRF: 'avprf',
  РГАНИ: 'rgani',
  RGANI: 'rgani',
  ЦХСД: 'rgani',
  TsKhSD: 'rgani',
  ГАРФ: 'garf',
  GARF: 'garf',
}

/** Label words (lowercase, no dot) in Cyrillic, Latin abbreviation and long forms. */
const LABELS: Record<string, Part> = {
  ф: 'fond',
  фонд: 'fond',
  f: 'fond',
  fond: 'fond',
  оп: 'opis',
  опись: 'opis',
  op: 'opis',
  opis: 'opis',
  "opis'": 'opis',
  п: 'papka',
  папка: 'papka',
  papka: 'papka',
  p: 'papka',
  д: 'delo',
  дело: 'delo',
  d: 'delo',
  delo: 'delo',
  л: 'list',
  лл: 'list',
  лист: 'list',
  листы: 'list',
  листа: 'list',
  l: 'list',
  ll: 'list',
  list: 'list',
  listy: 'list',
  pp: 'list',
}

/** "label. value" pairs; the value is a number with an optional letter suffix, or a leaf range. */
const PAIR =
  /(?<![\p{L}])(фонд|ф|fond|f|опись|оп|opis'?|op|папка|п|papka|листы|листа|лист|лл|л|дело|д|delo|d|listy|list|ll|l|pp|p)\.?\s*(\d[\p{L}\d]*(?:\s*-\s*\d[\p{L}\d]*)?)/giu

/** Reads the fond/opis/papka/delo/list parts; the first occurrence of each label wins. */
function readParts(text: string, hasPapka: boolean): Partial<Record<Part, string>> {
  const parts: Partial<Record<Part, string>> = {}
  for (const match of text.matchAll(PAIR)) {
    const label = match[1]!.toLowerCase()
    let part = LABELS[label]
    // Latin "p." is a folder (папка) at AVPRF only; elsewhere it means a page. Cyrillic "п." is never a page.
    if (part === 'papka' && !hasPapka && label !== 'п') part = 'list'
    if (part !== undefined && parts[part] === undefined) parts[part] = match[2]!.replace(/\s*-\s*/g, '-')
  }
  return parts
}

/**
 * Russian archival references (f./op./p./d./l.) in Cyrillic, Latin abbreviations or long forms.
 * The key keeps leading zeros ("f0102") and folds Cyrillic look-alikes ("98с" = "98c"), so
 * `АВП РФ, ф. 0102, оп. 12, п. 68, д. 5, л. 201–203` and
 * `AVPRF F. 0102, Op. 12, P. 68, Delo 5, Listy 201-203` give `avprf|f0102|op12|p68|d5`.
 */
export function parseRussian(normalized: string, repositoryId: string | undefined): ParsedReference | null {
  const { rest, stripped } = stripPrefixes(normalized, Object.keys(RUSSIAN_PREFIXES))
  const repository = repositoryId ?? (stripped[0] === undefined ? undefined : RUSSIAN_PREFIXES[stripped[0]])
  const parts = readParts(rest, repository === 'avprf')
  if (parts.fond === undefined || (parts.opis === undefined && parts.delo === undefined)) return null
  const keyParts = (
    [
      ['f', parts.fond],
      ['op', parts.opis],
      ['p', parts.papka],
      ['d', parts.delo],
    ] as const
  )
    .filter(([, value]) => value !== undefined)
    .map(([label, value]) => `${label}${foldHomoglyphs(value!)}`)
  const parsed: Record<string, string> = {}
  for (const [part, value] of Object.entries(parts)) parsed[part] = value
  return {
    scheme: 'russian-archive',
    reference_parsed: parsed,
    reference_key: [repository ?? 'ru-archive', ...keyParts].join('|'),
    ...(parts.list === undefined ? {} : { pages: parts.list }),
  }
}

/** The Russian repository a reference names in its prefix, if any (for suggesting the repository). */
export function russianRepositoryOf(normalized: string): string | undefined {
  const { stripped } = stripPrefixes(normalized, Object.keys(RUSSIAN_PREFIXES))
  return stripped[0] === undefined ? undefined : RUSSIAN_PREFIXES[stripped[0]]
}

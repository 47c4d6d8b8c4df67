import type { Finding } from '../../shared/model/finding'
import type { Repository } from '../../shared/model/repository'
import { stripPrefixes } from '../../shared/findings/reference/normalize'
import { parseReference } from '../../shared/findings/reference'

/** Online archives: they are not reading rooms, so a citation never gives them a city. */
export const ONLINE_REPOSITORIES: ReadonlySet<string> = new Set(['wilson-digital-archive'])

/** Sources whose "repository" is a publication: a citation names the publication, not an archive. */
export const PUBLISHED_SOURCES: ReadonlySet<string> = new Set(['published-sources'])

const dash = (range: string) => range.replace(/\s*[-‐‑–—−]\s*/g, '–')

/**
 * A Russian reference in the Latin abbreviations of English-language scholarship, from its parsed
 * parts: "f. 0102, op. 13, p. 72, d. 5, ll. 146–164". Undefined when the parts are not known.
 */
function russianReference(parsed: Record<string, string>): string | undefined {
  if (parsed.fond === undefined) return undefined
  const list = parsed.list
  return [
    `f. ${parsed.fond}`,
    parsed.opis && `op. ${parsed.opis}`,
    parsed.papka && `p. ${parsed.papka}`,
    parsed.delo && `d. ${parsed.delo}`,
    list && `${/[-–,]/.test(list) ? 'll.' : 'l.'} ${dash(list)}`,
  ]
    .filter(Boolean)
    .join(', ')
}

/** The part of a repository that holds the document, when the reference names one ("Hebei Provincial Archives 855-…"). */
function componentIn(raw: string, repository: Repository | undefined): string | undefined {
  const components = repository?.names.filter((n) => n.relation === 'component' && n.script === 'Latn') ?? []
  return components.find((c) => stripPrefixes(raw, [c.form]).stripped.length > 0)?.form
}

/** The archive a citation names: the repository, or the part of it the reference names. */
export function archiveName(finding: Finding, repository: Repository | undefined): string | undefined {
  return componentIn(finding.reference_raw.trim(), repository) ?? repository?.name
}

/** The archive's abbreviation for short notes (PRC FMA, AVPRF, RGANI), when it has one in Latin letters. */
export function archiveAbbreviation(finding: Finding, repository: Repository | undefined): string | undefined {
  if (componentIn(finding.reference_raw.trim(), repository) !== undefined) return undefined
  return repository?.names.find((n) => n.relation === 'abbreviation' && n.script === 'Latn')?.form
}

/**
 * The reference as a citation prints it: a Russian code in Latin abbreviations, any other code as
 * written less the repository's name, then the pages unless the reference already ends in them.
 * An `[unknown]` reference gives the pages alone (or nothing).
 */
export function citedReference(finding: Finding, repository: Repository | undefined): string | undefined {
  const parsed = parseReference(finding.reference_raw, finding.repository_id)
  if (parsed.scheme === 'unknown') return finding.pages
  const names =
    repository && parsed.scheme !== 'generic' ? [repository.name, ...repository.names.map((n) => n.form)] : []
  const component = componentIn(finding.reference_raw.trim(), repository)
  const written = stripPrefixes(finding.reference_raw.trim(), component ? [component, ...names] : names).rest.trim()
  const reference =
    (parsed.scheme === 'russian-archive' ? russianReference(parsed.reference_parsed) : undefined) ??
    (written === '' ? finding.reference_raw.trim() : written)
  return finding.pages && parsed.pages === undefined ? `${reference}, ${finding.pages}` : reference
}

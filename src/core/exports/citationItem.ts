import type { Finding } from '../../shared/model/finding'
import type { AgentRef } from '../../shared/model/findingParts'
import type { Repository } from '../../shared/model/repository'
import { cslIssued } from './cslDate'
import { cslNames, type CslName, type ExportEntity } from './cslNames'
import { pressType, serialParts } from './cslItem'
import { ONLINE_REPOSITORIES, archiveAbbreviation, archiveName, citedReference } from './citedReference'
import { isCjkScript, needsRomanization, romanizeForCitation } from './romanizer'

/** What the citation items of a library need besides the findings. */
export interface CitationContext {
  repositories: ReadonlyMap<string, Repository>
  entities: ReadonlyMap<string, ExportEntity>
}

/** The citation context of a library's repositories and entities. */
export function citationContext(repositories: readonly Repository[], entities: readonly ExportEntity[] = []): CitationContext {
  return { repositories: new Map(repositories.map((r) => [r.id, r])), entities: new Map(entities.map((e) => [e.id, e])) }
}

/** A CSL item for citeproc-js: CSL variables plus the `workbench-*` ones of the extended styles. */
export type CitationItem = Record<string, unknown> & { id: string; type: string }

/** The CSL type that picks the citation's form: letter, newspaper, periodical, collection item, or manuscript. */
export function citationType(finding: Finding): string {
  if (finding.published_in?.kind === 'document_collection') return 'chapter'
  if (finding.published_in || finding.doc_type === 'press_article') return pressType(finding)
  const letter = finding.doc_type === 'letter' || finding.doc_type === 'cable'
  return letter && finding.creators.length > 0 && finding.recipients.length > 0 ? 'personal_communication' : 'manuscript'
}

/** True when the researcher read the document as a published translation online (a Wilson Center record). */
export const readOnline = (finding: Finding) =>
  finding.copy_type === 'published_translation' && (finding.published_translation?.url.length ?? 0) > 0

/**
 * The title block: a title in another language romanized, then its Chinese or Korean original, then
 * the English translation in brackets (CMOS 11.x); a title in English as written. A description
 * (not a title the document bears) is flagged so the style prints it without quotes.
 */
function titleVariables(finding: Finding, type: string, context: CitationContext): Record<string, unknown> {
  const original = finding.title_original?.trim()
  if (original) {
    const romanized =
      finding.title_romanized ??
      (needsRomanization(original) ? romanizeForCitation(original, 'title', { scheme: finding.romanization_scheme, entities: context.entities }) : undefined)
    return {
      title: romanized ?? original,
      'title-short': finding.title_short,
      'workbench-title-script': romanized !== undefined && isCjkScript(original) ? original : undefined,
      'workbench-title-translation': finding.title_translation ?? finding.title_or_description,
    }
  }
  const isTitle = finding.title_on_document ?? (type.startsWith('article') || finding.copy_type === 'published_translation')
  return {
    title: finding.title_or_description,
    'title-short': finding.title_short,
    'workbench-description': isTitle ? undefined : 'true',
  }
}

/** `issued` and the marks CSL cannot carry: "?" for an uncertain date, brackets for one the researcher supplied. */
function dateVariables(finding: Finding): Record<string, unknown> {
  const edtf = finding.doc_date.trim()
  return {
    issued: cslIssued(edtf, finding.doc_date_precision, finding.doc_date_certainty === 'approximate'),
    'workbench-date-uncertain': /[?%]$/.test(edtf) ? '?' : undefined,
    'workbench-date-supplied': finding.doc_date_certainty === 'inferred' ? 'true' : undefined,
  }
}

const names = (agents: readonly AgentRef[], context: CitationContext): CslName[] | undefined => cslNames(agents, context.entities)

function publicationVariables(finding: Finding, context: CitationContext): Record<string, unknown> {
  const source = finding.published_in
  if (!source) {
    const serial = serialParts(finding.reference_raw)
    return { 'container-title': serial.container, volume: serial.volume, issue: serial.issue, page: finding.pages }
  }
  const collection = source.kind === 'document_collection'
  return {
    'container-title': source.title,
    'workbench-container-script': collection && source.title_original && isCjkScript(source.title_original) ? source.title_original : undefined,
    'workbench-container-translation': collection ? source.title_translation : undefined,
    editor: names(source.editors, context),
    volume: source.volume,
    issue: source.issue,
    publisher: source.publisher,
    'publisher-place': source.place,
    'workbench-published-year': source.year,
    page: finding.pages?.replace(/\s*[-–—]\s*/g, '-'),
  }
}

const isoDateParts = (day: string) => ({ 'date-parts': [day.split('-').map(Number)] })

/** Where an archival document is held, and (read online) where it was read: the URL once, with the access date. */
function archivalVariables(finding: Finding, context: CitationContext): Record<string, unknown> {
  const repository = context.repositories.get(finding.repository_id)
  const online = readOnline(finding)
  const translation = finding.published_translation
  const inOnlineArchive = ONLINE_REPOSITORIES.has(finding.repository_id)
  const ownUrl = inOnlineArchive && /^https?:\/\//.test(finding.reference_raw.trim()) ? finding.reference_raw.trim() : undefined
  const printsArchive = !(inOnlineArchive && (online || ownUrl))
  return {
    archive: printsArchive && !inOnlineArchive ? archiveName(finding, repository) : undefined,
    'archive-place': online || inOnlineArchive ? undefined : repository?.city,
    archive_location: printsArchive ? citedReference(finding, repository) : undefined,
    'workbench-archive-short': inOnlineArchive ? undefined : archiveAbbreviation(finding, repository),
    source: online
      ? context.repositories.get(translation!.repository)?.name
      : inOnlineArchive
        ? repository?.name
        : undefined,
    URL: online ? translation!.url[0] : ownUrl,
    accessed: online && translation?.accessed ? isoDateParts(translation.accessed) : undefined,
    translator: online && translation?.translator ? [{ literal: translation.translator }] : undefined,
    'workbench-obtained-by': online ? translation?.obtained_by : undefined,
  }
}

const LETTER_GENRES: Partial<Record<Finding['doc_type'], string>> = { cable: 'telegram', letter: 'letter' }

/** Drops undefined values, so citeproc sees only the variables that are there. */
const defined = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== ''))

/**
 * The item citeproc-js renders for a finding with the extended Chicago and Wilson Center styles.
 * Participants of a conversation are never its authors; recipients are printed only in the
 * "A to B" form of letters and telegrams.
 */
export function citationItem(finding: Finding, context: CitationContext): CitationItem {
  const author = names(finding.creators, context)
  // "A to B" needs an A: a letter whose writer cannot be named is cited as a manuscript.
  const type = citationType(finding) === 'personal_communication' && author === undefined ? 'manuscript' : citationType(finding)
  const published = type !== 'manuscript' && type !== 'personal_communication'
  const genre = LETTER_GENRES[finding.doc_type]
  return defined({
    id: finding.id,
    type,
    'workbench-form': 'true',
    ...titleVariables(finding, type, context),
    ...dateVariables(finding),
    author,
    recipient: type === 'personal_communication' ? names(finding.recipients, context) : undefined,
    genre: type === 'personal_communication' ? genre : undefined,
    'workbench-letter-genre': type === 'personal_communication' && genre !== 'letter' ? genre : undefined,
    ...(published ? publicationVariables(finding, context) : archivalVariables(finding, context)),
    'workbench-citation-note': finding.citation_note,
  }) as CitationItem
}

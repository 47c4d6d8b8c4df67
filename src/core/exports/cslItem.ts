import type { Finding } from '../../shared/model/finding'
import { FindingFieldsObject } from '../../shared/model/finding'
import type { Repository } from '../../shared/model/repository'
import { ONLINE_REPOSITORIES, citedReference } from './citedReference'
import { cslIssued, type CslDate } from './cslDate'
import { cslName, cslNames, nameText, type CslName, type ExportEntity } from './cslNames'
import { cslNote } from './cslNote'
import { COPY_TYPE_MEDIUM, DOC_TYPE_LABELS } from './labels'
import { withholdsTranscription } from './selection'

/** One CSL-JSON item as the exporter writes it (a subset of the csl-data.json variables). */
export interface CslItem {
  id: string
  type: string
  title: string
  'original-title'?: string
  genre?: string
  author?: CslName[]
  recipient?: CslName[]
  translator?: CslName[]
  issued?: CslDate
  'container-title'?: string
  editor?: CslName[]
  publisher?: string
  'publisher-place'?: string
  volume?: string
  issue?: string
  page?: string
  archive?: string
  'archive-place'?: string
  archive_location?: string
  'call-number'?: string
  medium?: string
  language: string
  abstract: string
  source?: string
  URL?: string
  note: string
  custom?: Record<string, unknown>
}

/** What every item mapping needs besides the finding. */
export interface CslContext {
  repositories: ReadonlyMap<string, Repository>
  entities: ReadonlyMap<string, ExportEntity>
  extended: boolean
}

const NEWSPAPER_NAME = /sinmun|신문|新聞|日报|日報|ribao|pravda|правда|газет|izvestiia|известия|times|post\b/iu

/**
 * A press item's type: what the researcher says it was published in, else a newspaper by its
 * title (Rodong Sinmun, Renmin ribao, Pravda), else a periodical (Kŭlloja).
 */
export function pressType(finding: Finding): 'article-newspaper' | 'article-magazine' {
  const kind = finding.published_in?.kind
  if (kind === 'newspaper') return 'article-newspaper'
  if (kind === 'periodical') return 'article-magazine'
  return NEWSPAPER_NAME.test(`${finding.published_in?.title ?? ''} ${finding.reference_raw}`) ? 'article-newspaper' : 'article-magazine'
}

/** The CSL type of a finding (archival-model.md §5.1); an item in a published document collection is a chapter. */
export function cslType(finding: Finding): string {
  if (finding.published_in?.kind === 'document_collection') return 'chapter'
  if (finding.doc_type === 'press_article' || finding.published_in) return pressType(finding)
  // Only CREST holds published reports; an intelligence report in a foreign ministry file is a manuscript (S12).
  if (finding.repository_id === 'cia-crest') return 'report'
  if (finding.doc_type === 'letter') return 'personal_communication'
  if (finding.doc_type === 'treaty_agreement') return 'treaty'
  return 'manuscript'
}

/**
 * Serial title, volume and issue from a reference such as `《근로자》 (Kŭlloja), 1964, no. 21`: the
 * romanized title in brackets wins over the original, because Chicago cites serials romanized.
 */
export function serialParts(raw: string): { container?: string; volume?: string; issue?: string } {
  const title =
    /[《〈「]([^》〉」]+)[》〉」]\s*(?:[(（]([^)）]+)[)）])?/u.exec(raw) ?? /^([^,(]+?)\s*,/.exec(raw)
  const issue = /(?:\bno\.?|№|\bissue)\s*(\d+)|(\d+)\s*호/iu.exec(raw)
  const volume = /\bvol\.?\s*(\d+)/i.exec(raw)
  return {
    ...(title ? { container: (title[2] ?? title[1]!).trim() } : {}),
    ...(volume ? { volume: volume[1] } : {}),
    ...(issue ? { issue: issue[1] ?? issue[2] } : {}),
  }
}

const names = (agents: Finding['creators'], context: CslContext) => cslNames(agents, context.entities)

/** A name as Zotero reads it in Extra: "Family || Given", or the literal. */
const zoteroName = (name: CslName) =>
  name.literal !== undefined || name['static-ordering'] ? nameText(name) : `${name.family ?? ''} || ${name.given ?? ''}`

/**
 * Pages and their regions stay out of CSL-JSON: the files do not travel with it, and a region
 * without its page means nothing to Zotero. Sync files and backups carry both.
 */
const NOT_IN_CSL = new Set(['attachments', 'regions'])

/** The user fields of a finding (FindingCreateInput keys) without empty values: the lossless part of `custom`. */
function workbenchFields(finding: Finding): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const key of Object.keys(FindingFieldsObject.shape)) {
    if (NOT_IN_CSL.has(key)) continue
    const value = finding[key as keyof Finding]
    if (value !== undefined) fields[key] = value
  }
  if (withholdsTranscription(finding)) {
    delete fields.transcription
    delete fields.transcription_status
  }
  return fields
}

function custom(finding: Finding): Record<string, unknown> {
  return {
    finding_id: finding.id,
    document_id: finding.document_id,
    reference_key: finding.reference_key,
    entities: finding.entities,
    events: finding.events,
    essay_paragraphs: finding.claim_links.flatMap((l) =>
      l.essay_paragraph_id ? [l.essay_paragraph_id] : [],
    ),
    confidence: finding.confidence,
    access_status_current: finding.access_status_current ?? null,
    workbench_fields: workbenchFields(finding),
  }
}

/** Drops undefined values so the JSON has no `"key": null` noise and stays byte-stable. */
function compact<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as T
}

/** The CSL-JSON item of one finding (archival-model.md §5, acceptance S12). */
export function cslItem(finding: Finding, context: CslContext): CslItem {
  const repository = context.repositories.get(finding.repository_id)
  const type = cslType(finding)
  const article = type.startsWith('article') || type === 'chapter'
  const publication = finding.published_in
  const serial = article && !publication ? serialParts(finding.reference_raw) : {}
  const wilson = finding.published_translation
  const translator = wilson?.translator ? [cslName({ name: wilson.translator }, undefined)] : undefined
  const recipients = names(finding.recipients, context)
  const letter = type === 'personal_communication'
  // Zotero keeps a recipient only on a letter (elsewhere it becomes a second author), and has no
  // field for the archive's city: both travel as `key: value` lines of Extra, which Zotero reads.
  const zoteroLines: Array<[string, string]> = [
    ...(!letter ? (recipients ?? []).map((name): [string, string] => ['recipient', zoteroName(name)]) : []),
    ...(!article && repository?.city && !ONLINE_REPOSITORIES.has(repository.id) ? [['archive-place', repository.city] as [string, string]] : []),
  ]
  return compact<CslItem>({
    id: finding.id,
    type,
    title: finding.title_or_description,
    'original-title': finding.title_original,
    genre: article ? undefined : DOC_TYPE_LABELS[finding.doc_type],
    author: names(finding.creators, context),
    recipient: letter ? recipients : undefined,
    translator,
    issued: cslIssued(
      finding.doc_date,
      finding.doc_date_precision,
      finding.doc_date_certainty === 'approximate',
    ),
    'container-title': publication?.title ?? serial.container,
    editor: publication ? cslNames(publication.editors, context.entities) : undefined,
    publisher: publication?.publisher,
    'publisher-place': publication?.place,
    volume: publication?.volume ?? serial.volume,
    issue: publication?.issue ?? serial.issue,
    page: article ? finding.pages?.replace(/\s*[–—-]\s*/g, '-') : undefined,
    archive: article ? undefined : repository?.name,
    archive_location: article ? undefined : citedReference(finding, repository),
    medium: COPY_TYPE_MEDIUM[finding.copy_type],
    language: finding.original_language,
    abstract: finding.summary_en,
    source: wilson ? context.repositories.get(wilson.repository)?.name : undefined,
    URL: wilson?.url[0],
    note: cslNote(finding, zoteroLines),
    custom: context.extended ? custom(finding) : undefined,
  })
}

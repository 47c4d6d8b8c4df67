import type { Finding } from '../../shared/model/finding'
import { FindingFieldsObject } from '../../shared/model/finding'
import type { Repository } from '../../shared/model/repository'
import { stripPrefixes } from '../../shared/findings/reference/normalize'
import { parseReference } from '../../shared/findings/reference'
import { cslIssued, type CslDate } from './cslDate'
import { cslName, type CslName, type ExportEntity } from './cslNames'
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

const SERIAL_REPOSITORIES = new Set(['loc-north-korean-serials'])

/** The CSL type of a finding (archival-model.md §5.1). */
export function cslType(finding: Finding): string {
  if (finding.doc_type === 'press_article') {
    return SERIAL_REPOSITORIES.has(finding.repository_id) ? 'article-magazine' : 'article-newspaper'
  }
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

/**
 * `archive_location`: the reference as written, less a leading repository name (the repository is
 * in `archive`), plus the pages when the reference does not already end in them. An `[unknown]`
 * reference gives no location.
 */
export function archiveLocation(finding: Finding, repository: Repository | undefined): string | undefined {
  const parsed = parseReference(finding.reference_raw, finding.repository_id)
  if (parsed.scheme === 'unknown') return finding.pages
  // Only a code the scheme could read loses its prefix: "NKIDP Working Paper #4" is not a code.
  const names =
    repository && parsed.scheme !== 'generic' ? [repository.name, ...repository.names.map((n) => n.form)] : []
  const rest = stripPrefixes(finding.reference_raw.trim(), names).rest.trim()
  const reference = rest === '' ? finding.reference_raw.trim() : rest
  return finding.pages && parsed.pages === undefined ? `${reference}, ${finding.pages}` : reference
}

function names(agents: Finding['creators'], context: CslContext): CslName[] | undefined {
  if (agents.length === 0) return undefined
  return agents.map((agent) =>
    cslName(agent, agent.entity_id ? context.entities.get(agent.entity_id) : undefined),
  )
}

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
  const article = type.startsWith('article')
  const serial = article ? serialParts(finding.reference_raw) : {}
  const wilson = finding.published_translation
  const translator = wilson?.translator ? [cslName({ name: wilson.translator }, undefined)] : undefined
  return compact<CslItem>({
    id: finding.id,
    type,
    title: finding.title_or_description,
    'original-title': finding.title_original,
    genre: article ? undefined : DOC_TYPE_LABELS[finding.doc_type],
    author: names(finding.creators, context),
    recipient: names(finding.recipients, context),
    translator,
    issued: cslIssued(
      finding.doc_date,
      finding.doc_date_precision,
      finding.doc_date_certainty === 'approximate',
    ),
    'container-title': serial.container,
    volume: serial.volume,
    issue: serial.issue,
    page: article ? finding.pages?.replace(/\s*[–—-]\s*/g, '-') : undefined,
    archive: article ? undefined : repository?.name,
    'archive-place': article ? undefined : repository?.city,
    archive_location: article ? undefined : archiveLocation(finding, repository),
    'call-number': finding.reference_key,
    medium: COPY_TYPE_MEDIUM[finding.copy_type],
    language: finding.original_language,
    abstract: finding.summary_en,
    source: wilson ? context.repositories.get(wilson.repository)?.name : undefined,
    URL: wilson?.url[0],
    note: cslNote(finding),
    custom: context.extended ? custom(finding) : undefined,
  })
}

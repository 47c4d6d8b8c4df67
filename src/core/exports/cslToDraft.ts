import type { FindingCreateInput } from '../../shared/model/finding'
import { LanguageTag } from '../../shared/model/finding'
import {
  AccessStatus,
  AccessStatusCurrent,
  CitationStyleId,
  DocType,
  ClassificationLevel,
  Confidence,
  CopyType,
  DateCertainty,
  RomanizationScheme,
} from '../../shared/model/findingVocab'
import { COLLEAGUE_COPY_TYPES } from '../../shared/model/findingVocab'
import type { Repository } from '../../shared/model/repository'
import { validateEdtf } from '../../shared/findings/date'
import { parseReference } from '../../shared/findings/reference'
import type { REFERENCE_PROBLEM_REASONS, ReferenceProblem } from '../../shared/model/export'
import { edtfOfCslDate } from './cslDate'
import { nameText, type CslName } from './cslNames'
import { readNoteKeys, readNoteProse } from './cslNote'
import { findEmbeddedReference, isWilsonUrl, repositoryByName } from './findReference'
import { DOC_TYPE_LABELS, keyOfLabel } from './labels'

type Item = Record<string, unknown>
type ReferenceProblemReason = (typeof REFERENCE_PROBLEM_REASONS)[number]

/** Records a problem of the item: the CSL variable, why (for the screen), the CLI's English, and the value quoted. */
type Warn = (field: string, reason: ReferenceProblemReason, message: string, value?: string) => void

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined

/** A vocabulary value if `value` is one, else undefined. */
function vocab<T extends string>(
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  value: unknown,
) {
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

function agents(value: unknown): Array<{ name: string }> {
  if (!Array.isArray(value)) return []
  return value.map((name: CslName) => ({ name: nameText(name) })).filter((a) => a.name.trim() !== '')
}

function docTypeOf(item: Item, repositoryId: string): FindingCreateInput['doc_type'] {
  const fromGenre = text(item.genre) ? keyOfLabel(DOC_TYPE_LABELS, text(item.genre)!) : undefined
  if (fromGenre) return fromGenre
  const type = text(item.type) ?? ''
  if (type.startsWith('article')) return 'press_article'
  if (type === 'report') return repositoryId === 'cia-crest' ? 'intelligence_report' : 'report'
  if (type === 'personal_communication') return 'letter'
  if (type === 'treaty') return 'treaty_agreement'
  if (type === 'speech') return 'speech'
  return 'other'
}

function repositoryAndReference(item: Item, keys: Map<string, string>, repositories: readonly Repository[]) {
  const url = text(item.URL)
  const known = (id: string | undefined) => (id && repositories.some((r) => r.id === id) ? id : undefined)
  const byName = repositoryByName(repositories, text(item.archive))?.id
  const written = keys.get('reference') ?? text(item.archive_location)
  const embedded = findEmbeddedReference(
    [written, text(item.note), text(item.source), text(item.abstract)].filter(Boolean).join('\n'),
  )
  const repository_id =
    known(keys.get('workbench-repository')) ??
    byName ??
    known(embedded?.repository_id) ??
    (isWilsonUrl(url) ? 'wilson-digital-archive' : undefined)
  const reference_raw =
    written ?? embedded?.reference ?? (isWilsonUrl(url) ? url : undefined) ?? text(item.number)
  return { repository_id, reference_raw }
}

function dateOf(item: Item, keys: Map<string, string>, warn: Warn) {
  const edtf = keys.get('date-edtf') ?? edtfOfCslDate(item.issued)
  const checked = edtf === undefined ? undefined : validateEdtf(edtf)
  if (checked?.ok) return { doc_date: checked.value.edtf, certainty: checked.value.certainty }
  if (edtf === undefined) warn('issued', 'noDate', 'no date; recorded as unknown (XXXX)')
  else warn('issued', 'notDate', `"${edtf}" is not a date; recorded as unknown`, edtf)
  return { doc_date: 'XXXX', certainty: 'unknown' as const }
}

function classificationOf(keys: Map<string, string>) {
  const marking = keys.get('classification')
  if (marking === undefined) return {}
  const level = vocab(ClassificationLevel, keys.get('classification-level'))
  if (level) return { classification_original: marking, classification_level: level }
  const asLevel = vocab(ClassificationLevel, marking)
  return asLevel
    ? { classification_level: asLevel }
    : { classification_original: marking, classification_level: 'unknown' as const }
}

function publishedTranslation(item: Item) {
  const url = text(item.URL)
  if (!isWilsonUrl(url)) return undefined
  const recordId = parseReference(url!, 'wilson-digital-archive').reference_parsed.record_id
  const translator = agents(item.translator)[0]?.name
  return {
    repository: 'wilson-digital-archive',
    ...(recordId ? { record_id: recordId } : {}),
    url: [url!],
    ...(translator ? { translator } : {}),
  }
}

/** Drops keys whose value is undefined, so optional fields stay absent. */
const defined = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined))

/**
 * A finding draft from one CSL-JSON item (from Zotero, a Wilson Center record, or the workbench's
 * own strict export): standard variables first, the Extra `key: value` lines for what CSL has no
 * variable for. Returns undefined when the item lacks what a finding cannot do without.
 */
export function draftFromCsl(
  item: Item,
  repositories: readonly Repository[],
  index: number,
  problems: ReferenceProblem[],
) {
  const record = (severity: ReferenceProblem['severity']): Warn => (field, reason, message, value) =>
    problems.push({ index, field, message, reason, ...(value === undefined ? {} : { value }), severity })
  const [warn, fail] = [record('warning'), record('error')]
  const keys = readNoteKeys(text(item.note))
  const title = keys.get('title-or-description') ?? text(item.title)
  const { repository_id, reference_raw } = repositoryAndReference(item, keys, repositories)
  if (title === undefined) fail('title', 'noTitle', 'is missing: a finding needs a title or description')
  if (repository_id === undefined) fail('archive', 'unknownArchive', 'names no known repository and no reference names one')
  if (title === undefined || repository_id === undefined) return undefined
  if (reference_raw === undefined) warn('archive_location', 'noReference', 'no reference given; recorded as [unknown]')
  const { doc_date, certainty } = dateOf(item, keys, warn)
  const language = vocab(LanguageTag, text(item.language))
  const languageWritten = text(item.language)
  if (!language && languageWritten === undefined) warn('language', 'noLanguage', 'no language given; recorded as und')
  else if (!language) warn('language', 'notLanguage', `"${languageWritten}" is not a BCP 47 tag; recorded as und`, languageWritten)
  const summary = text(item.abstract)
  if (!summary) warn('abstract', 'noAbstract', 'no abstract; the title stands in as the summary')
  const translation = publishedTranslation(item)
  const copyType =
    vocab(CopyType, keys.get('copy-type')) ?? (translation ? 'published_translation' : 'secondary_quotation')
  return defined({
    repository_id,
    reference_raw: reference_raw ?? '[unknown]',
    reference_unknown_reason:
      keys.get('reference-unknown-reason') ??
      (reference_raw === undefined ? 'Not given in the imported record' : undefined),
    pages: keys.get('pages') ?? text(item.page),
    doc_date,
    // The workbench's own exports leave the line out only when the date is exact.
    doc_date_certainty:
      vocab(DateCertainty, keys.get('date-certainty')) ?? (keys.has('workbench-finding') ? 'exact' : certainty),
    doc_date_as_written: keys.get('date-as-written'),
    title_or_description: title,
    title_original: keys.get('original-title') ?? text(item['original-title']),
    title_romanized: keys.get('title-romanized'),
    romanization_scheme: vocab(RomanizationScheme, keys.get('romanization')),
    title_translation: keys.get('title-translation'),
    title_short: keys.get('title-short'),
    title_on_document: keys.has('title-on-document') ? keys.get('title-on-document') === 'true' : undefined,
    citation_style: vocab(CitationStyleId, keys.get('citation-style')),
    citation_note: keys.get('citation-note'),
    doc_type: vocab(DocType, keys.get('document-type')) ?? docTypeOf(item, repository_id),
    original_language: language ?? 'und',
    ...classificationOf(keys),
    precedence: keys.get('precedence'),
    creators: agents(item.author),
    recipients: agents(item.recipient),
    summary_en: summary ?? title,
    tags: keys
      .get('tags')
      ?.split('; ')
      .filter((t) => t.trim() !== ''),
    confidence: vocab(Confidence, keys.get('confidence')) ?? 'unassessed',
    copy_type: copyType,
    provenance_note:
      readNoteProse(text(item.note)) ??
      (COLLEAGUE_COPY_TYPES.includes(copyType) ? 'Not given in the imported record (kept private on export)' : undefined),
    supplied_by: keys.get('supplied-by'),
    viewed_on: keys.get('viewed-on'),
    access_status_at_viewing: vocab(AccessStatus, keys.get('access-at-viewing')),
    access_status_current: vocab(AccessStatusCurrent, keys.get('access-current')),
    access_status_as_of: keys.get('access-as-of'),
    published_translation: translation,
  }) as FindingCreateInput
}

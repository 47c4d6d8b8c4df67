import { en } from '../i18n/messages/en'
import type { MessageId, Translate } from '../i18n/messageIds'
import { ENTITY_TYPES } from '../model/entity'
import { EVENT_KINDS } from '../model/event'
import {
  ACCESS_STATUSES,
  CITATION_STYLES,
  CLASSIFICATION_LEVELS,
  CONFIDENCES,
  COPY_TYPES,
  DATE_CERTAINTIES,
  DATE_PRECISIONS,
  DOC_TYPES,
  ROMANIZATION_SCHEMES,
  STANCES,
  TRANSCRIPTION_STATUSES,
} from '../model/findingVocab'

/**
 * The one place that gives every code a person may see a human label: each vocabulary names a
 * family of message ids (`vocab.docType.diary_journal`), resolved through the i18n catalogue so
 * the label follows the interface language. Views never print a code or humanize one.
 */

/** Languages researchers of this field record documents in (archival-model.md §3.2). */
export const DOCUMENT_LANGUAGES = ['zh-Hans', 'zh-Hant', 'ko-KP', 'ko-KR', 'ko-Kore', 'ko', 'ja', 'ru', 'en', 'de', 'hu', 'ro', 'pl', 'cs', 'bg', 'sq', 'vi', 'mn'] as const
/** The languages offered in filters: the ones the sources of this field are mostly written in. */
export const FILTER_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ko-Kore', 'ko-KP', 'ko-KR', 'ru', 'ja'] as const
/** Languages and scripts offered for a researcher's own name form of a person or place. */
export const NAME_LANGUAGES = ['zh', 'ko', 'ru', 'en', 'ja', 'de', 'fr'] as const
export const SCRIPTS = ['Hans', 'Hant', 'Hani', 'Hang', 'Kore', 'Cyrl', 'Latn', 'Jpan'] as const
/** Rights flags without a date (`embargo_until:YYYY-MM-DD` is the dated one). */
export const SIMPLE_RIGHTS = ['no_photography', 'quote_permission_required', 'do_not_share'] as const
export const EMBARGO_PREFIX = 'embargo_until:'

/** The closed vocabularies, for pickers that list every value. */
export const VOCABULARIES = {
  docType: DOC_TYPES,
  classificationLevel: CLASSIFICATION_LEVELS,
  copyType: COPY_TYPES,
  confidence: CONFIDENCES,
  stance: STANCES,
  transcriptionStatus: TRANSCRIPTION_STATUSES,
  romanizationScheme: ROMANIZATION_SCHEMES,
  accessStatus: [...ACCESS_STATUSES, 'reclassified'],
  dateCertainty: DATE_CERTAINTIES,
  datePrecision: DATE_PRECISIONS,
  rights: SIMPLE_RIGHTS,
  entityType: ENTITY_TYPES,
  eventKind: EVENT_KINDS,
  language: DOCUMENT_LANGUAGES,
  citationStyle: CITATION_STYLES,
} as const

/** The finding fields whose values are codes of a vocabulary. */
export const FIELD_VOCABULARIES: Readonly<Record<string, VocabName>> = {
  doc_type: 'docType',
  copy_type: 'copyType',
  confidence: 'confidence',
  classification_level: 'classificationLevel',
  transcription_status: 'transcriptionStatus',
  romanization_scheme: 'romanizationScheme',
  access_status_at_viewing: 'accessStatus',
  access_status_current: 'accessStatus',
  doc_date_certainty: 'dateCertainty',
  doc_date_precision: 'datePrecision',
  original_language: 'language',
  stance: 'stance',
  citation_style: 'citationStyle',
}

/** Every family of labelled codes, closed or open (entity name schemes come from the reference data). */
export type VocabName =
  | keyof typeof VOCABULARIES
  | 'script'
  | 'nameScheme'
  | 'nameRelation'
  | 'entitySubtype'
  | 'lifeDate'
  | 'backupReason'
  | 'hitType'
  | 'syncRecordKind'
  | 'changeCount'
  | 'syncDirection'
  | 'exportFormat'
  | 'libraryCount'

/** The message id of a code's label, or undefined when the catalogue has none (a value the user typed). */
export function vocabMessageId(vocab: VocabName, code: string): MessageId | undefined {
  const id = `vocab.${vocab}.${code}`
  return Object.hasOwn(en, id) ? (id as MessageId) : undefined
}

/** A paragraph id (`explaining-evolution-p3`) split into its section slug and number. */
export function paragraphParts(id: string): { section: string; number: number } | undefined {
  const match = /^(.+)-p(\d+)$/.exec(id)
  return match ? { section: match[1]!, number: Number(match[2]) } : undefined
}

/** Names a code the catalogue does not know: a language or script through Intl, anything else as typed. */
function unlisted(vocab: VocabName, code: string, locale: string): string {
  if (vocab !== 'language' && vocab !== 'script') return code
  try {
    return new Intl.DisplayNames([locale], { type: vocab, fallback: 'code' }).of(code) ?? code
  } catch {
    return code // Not a well-formed tag: the researcher typed it, so it is shown as typed.
  }
}

/** Human labels in one language: bound to a translate function and its locale. */
export interface Labels {
  /** A code's label: `vocab('docType', 'diary_journal')` → "Diary or journal". */
  vocab(vocab: VocabName, code: string): string
  /** A finding field's label beside a control: "Date (EDTF)". */
  field(name: string): string
  /** A finding field inside a sentence: "the document's date". */
  fieldName(name: string): string
  /** A stored value of a finding field for reading: codes as labels, lists joined, `empty` when none. */
  fieldValue(field: string, value: unknown, empty: string): string
  /** A rights flag, the embargo with its day. */
  right(flag: string): string
  /** A paragraph: "“Explaining the evolution”, paragraph 3". */
  paragraph(id: string, sectionTitle: (slug: string) => string | undefined): string
}

export function createLabels(t: Translate, locale: string): Labels {
  const known = (id: string): id is MessageId => Object.hasOwn(en, id)
  return {
    vocab(vocab, code) {
      const id = vocabMessageId(vocab, code)
      return id ? t(id) : unlisted(vocab, code, locale)
    },
    field(name) {
      const id = `field.${name}`
      return known(id) ? t(id) : t('field.unknown')
    },
    fieldName(name) {
      const id = `fieldName.${name}`
      return known(id) ? t(id) : t('fieldName.unknown')
    },
    fieldValue(field, value, empty) {
      if (value === undefined || value === null || value === '') return empty
      if (Array.isArray(value)) return value.map((item) => this.fieldValue(field, item, empty)).join(', ')
      if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no')
      if (typeof value !== 'string') return JSON.stringify(value)
      if (field === 'rights') return this.right(value)
      const vocab = FIELD_VOCABULARIES[field]
      return vocab ? this.vocab(vocab, value) : value
    },
    right(flag) {
      if (flag.startsWith(EMBARGO_PREFIX)) return t('vocab.rights.embargo', { date: flag.slice(EMBARGO_PREFIX.length) })
      return this.vocab('rights', flag)
    },
    paragraph(id, sectionTitle) {
      const parts = paragraphParts(id)
      const title = parts && sectionTitle(parts.section)
      return parts && title ? t('essay.paragraphLabel', { section: title, number: parts.number }) : t('essay.paragraphUnknown')
    },
  }
}

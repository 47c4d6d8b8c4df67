import { z } from 'zod'

/**
 * Controlled vocabularies of a finding (archival-model.md §3.3). The values are stable storage
 * keys: labels for people belong to the UI, never here.
 */

export const DOC_TYPES = [
  'record_of_conversation',
  'cable',
  'report',
  'request_for_instructions',
  'instruction',
  'diplomatic_note',
  'memorandum',
  'minutes',
  'diary_journal',
  'resolution_decision',
  'letter',
  'treaty_agreement',
  'intelligence_report',
  'press_article',
  'speech',
  'mass_publication',
  'other',
] as const
export const DocType = z.enum(DOC_TYPES)
export type DocType = z.infer<typeof DocType>

/** Normalized level; approximate across states, so the printed marking is always kept beside it. */
export const CLASSIFICATION_LEVELS = [
  'unclassified',
  'restricted',
  'confidential',
  'secret',
  'top_secret',
  'special_access',
  'unknown',
] as const
export const ClassificationLevel = z.enum(CLASSIFICATION_LEVELS)
export type ClassificationLevel = z.infer<typeof ClassificationLevel>

export const COPY_TYPES = [
  'original_viewed',
  'archive_photocopy',
  'own_photograph',
  'microfilm',
  'official_digital_scan',
  'published_translation',
  'published_document_collection',
  'colleague_transcription',
  'colleague_copy',
  'secondary_quotation',
] as const
export const CopyType = z.enum(COPY_TYPES)
export type CopyType = z.infer<typeof CopyType>

/** Copies that came through a colleague: who supplied them and how must be recorded. */
export const COLLEAGUE_COPY_TYPES: readonly CopyType[] = ['colleague_transcription', 'colleague_copy']
/** Copies the researcher handled in person: the day of viewing must be recorded. */
export const VIEWED_COPY_TYPES: readonly CopyType[] = [
  'original_viewed',
  'archive_photocopy',
  'own_photograph',
  'microfilm',
]

export const CONFIDENCES = ['confirmed', 'probable', 'possible', 'doubtful', 'unassessed'] as const
export const Confidence = z.enum(CONFIDENCES)
export type Confidence = z.infer<typeof Confidence>

export const STANCES = ['supports', 'qualifies', 'contradicts', 'context'] as const
export const Stance = z.enum(STANCES)
export type Stance = z.infer<typeof Stance>

/** `ocr`: text read from the page by OCR and not yet checked against it by the researcher. */
export const TRANSCRIPTION_STATUSES = ['verbatim', 'partial_verbatim', 'paraphrase', 'summary_only', 'ocr'] as const
export const TranscriptionStatus = z.enum(TRANSCRIPTION_STATUSES)
export type TranscriptionStatus = z.infer<typeof TranscriptionStatus>

export const ROMANIZATION_SCHEMES = [
  'pinyin',
  'wade-giles',
  'mccune-reischauer',
  'revised-romanization',
  'ala-lc-korean',
  'ala-lc-russian',
  'bgn-pcgn',
  'iso9',
  'palladius',
  'kontsevich',
  'dprk-official',
  // Added with the romanization engine (src/core/romanize); the values above stay valid.
  'pinyin-tonal',
  'mccune-reischauer-ascii',
  'russian-scholarly',
  'english-common',
] as const
export const RomanizationScheme = z.enum(ROMANIZATION_SCHEMES)
export type RomanizationScheme = z.infer<typeof RomanizationScheme>

export const ACCESS_STATUSES = ['open', 'open_no_copying', 'restricted', 'closed', 'unknown'] as const
/** Access when the researcher saw the document. */
export const AccessStatus = z.enum(ACCESS_STATUSES)
export type AccessStatus = z.infer<typeof AccessStatus>
/** Access now, which may also be `reclassified` (PRC FMA after 2013). */
export const AccessStatusCurrent = z.enum([...ACCESS_STATUSES, 'reclassified'])
export type AccessStatusCurrent = z.infer<typeof AccessStatusCurrent>

export const DATE_CERTAINTIES = ['exact', 'approximate', 'inferred', 'unknown'] as const
export const DateCertainty = z.enum(DATE_CERTAINTIES)
export type DateCertainty = z.infer<typeof DateCertainty>

/** How fine a date is; `season` and `range` exist because EDTF can say them. */
export const DATE_PRECISIONS = [
  'day',
  'month',
  'season',
  'year',
  'decade',
  'century',
  'range',
  'unknown',
] as const
export const DatePrecision = z.enum(DATE_PRECISIONS)
export type DatePrecision = z.infer<typeof DatePrecision>

/**
 * How a finding is cited: Chicago notes-bibliography (CMOS 17th ed. 14.221-14.231 for archival
 * documents) or the Wilson Center Digital Archive's own citation form.
 */
export const CITATION_STYLES = ['chicago', 'wilson-center'] as const
export const CitationStyleId = z.enum(CITATION_STYLES)
export type CitationStyleId = z.infer<typeof CitationStyleId>

/** What a published document appeared in: a newspaper, a periodical, or a collection of documents. */
export const PUBLICATION_KINDS = ['newspaper', 'periodical', 'document_collection'] as const
export const PublicationKind = z.enum(PUBLICATION_KINDS)
export type PublicationKind = z.infer<typeof PublicationKind>

import { z } from 'zod'
import { ParagraphId, SectionSlug } from './essay'
import { DocumentId, EntityId, EventId, IsoDate, RepositoryId, TEXT_LIMITS, Uuidv7, boundedText } from './findingParts'
import { Confidence, Stance } from './findingVocab'
import { LanguageTag } from './finding'

/** Filters of the findings view, the CLI's `list` and the exports' selection. */
export const FindingFilter = z.strictObject({
  repository_id: RepositoryId.optional(),
  original_language: LanguageTag.optional(),
  /** Documents whose date range overlaps [date_from, date_to]. */
  date_from: IsoDate.optional(),
  date_to: IsoDate.optional(),
  tag: boundedText(TEXT_LIMITS.tag).optional(),
  essay_section: SectionSlug.optional(),
  essay_paragraph_id: ParagraphId.optional(),
  stance: Stance.optional(),
  confidence: Confidence.optional(),
  document_id: DocumentId.optional(),
  has_conflicts: z.boolean().optional(),
  /** true: only the Trash; false or absent: only findings not deleted. */
  deleted: z.boolean().optional(),
  /** Words, each found in a title, the summary, transcription, translation or notes. */
  text: boundedText(200).optional(),
  /** Findings linked to this person, place or organisation. */
  entity_id: EntityId.optional(),
  /** Findings linked to this event. */
  event_id: EventId.optional(),
})
export type FindingFilter = z.infer<typeof FindingFilter>

export const FINDING_SORTS = ['date', 'updated', 'title', 'repository', 'confidence'] as const
export const FindingSort = z.enum(FINDING_SORTS)

export const FindingListInput = FindingFilter.extend({
  sort: FindingSort.default('date'),
  descending: z.boolean().default(false),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(1000).default(200),
})
export type FindingListInput = z.input<typeof FindingListInput>

/** One row of the findings list: enough to show and sort, without the long texts. */
export const FindingSummary = z.object({
  id: Uuidv7,
  title: z.string(),
  doc_date: z.string(),
  date_start: z.string().nullable(),
  repository_id: z.string(),
  reference_raw: z.string(),
  original_language: z.string(),
  doc_type: z.string(),
  confidence: z.string(),
  tags: z.array(z.string()),
  stances: z.array(Stance),
  deleted: z.boolean(),
  conflict_count: z.int(),
  updated_at: z.string(),
})
export type FindingSummary = z.infer<typeof FindingSummary>

export const FindingPage = z.object({ total: z.int(), items: z.array(FindingSummary) })
export type FindingPage = z.infer<typeof FindingPage>

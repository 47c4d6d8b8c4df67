import { z } from 'zod'
import { EntityRef, Origin, RecordId } from './entity'
import { ParagraphId, SectionSlug } from './essay'

export const EVENT_KINDS = ['diplomatic', 'military', 'political', 'archival', 'ideological', 'economic'] as const
export const EventKind = z.enum(EVENT_KINDS)
export type EventKind = z.infer<typeof EventKind>

/** How finely a date is known; a month or year is drawn as a span of that month or year. */
export const DatePrecision = z.enum(['day', 'month', 'year'])
export type DatePrecision = z.infer<typeof DatePrecision>

/** An ISO calendar day, `YYYY-MM-DD`: the sortable bounds of an event's span. */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** An event's date at day, month or year precision (EDTF level 0: `1956`, `1956-08`, `1956-08-30`). */
export const EventDate = z
  .string()
  .trim()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')

/** Days one source (or the event's note) gives for the event, read from its text. */
export const SourceSpan = z.object({
  from: IsoDay,
  to: IsoDay,
  /** The source's text, or the note's. */
  source: z.string(),
  origin: z.enum(['source', 'note']),
})
export type SourceSpan = z.infer<typeof SourceSpan>

/** One event as lists and the timeline need it. */
export const EventSummary = z.object({
  id: RecordId,
  /** EDTF as recorded; `endDate` is null for a single date. */
  date: z.string(),
  endDate: z.string().nullable(),
  precision: DatePrecision,
  /** First and last day the event may cover, computed from the dates: for filters and drawing. */
  earliest: IsoDay,
  latest: IsoDay,
  /** The date or the fact is not firm (sources disagree, second-hand report…). */
  uncertain: z.boolean(),
  title: z.string(),
  kind: EventKind,
  origin: Origin,
  actorIds: z.array(RecordId),
  sectionSlugs: z.array(SectionSlug),
  /** The days its sources give, to the day, where they name any near the recorded dates. */
  sourceSpans: z.array(SourceSpan),
  /** The sources give different days: the timeline brackets the widest of them. */
  sourcesDisagree: z.boolean(),
})
export type EventSummary = z.infer<typeof EventSummary>

export const EventParagraphLink = z.object({
  paragraphId: ParagraphId,
  /** True when the link was inferred at seed time (section + a name mentioned), not stated. */
  derived: z.boolean(),
  origin: Origin,
})

export const EventAnnotation = z.object({
  id: z.string(),
  note: z.string(),
  createdAt: z.string(),
})
export type EventAnnotation = z.infer<typeof EventAnnotation>

export const EventDetail = EventSummary.extend({
  summary: z.string(),
  sources: z.array(z.string()),
  sourceChecked: z.boolean(),
  note: z.string().nullable(),
  actors: z.array(EntityRef),
  places: z.array(EntityRef),
  topics: z.array(EntityRef),
  sections: z.array(z.object({ slug: SectionSlug, title: z.string() })),
  paragraphs: z.array(EventParagraphLink),
  annotations: z.array(EventAnnotation),
})
export type EventDetail = z.infer<typeof EventDetail>

/** Days added on each side of a date filter, to catch items just outside it (a 30-31 Aug plenum for September). */
export const OverlapDays = z.int().min(0).max(366)

/**
 * Filters of `events.list`; all optional, combined with AND. A date range keeps events whose
 * span overlaps it and whose date is no coarser than its bounds (S8.3).
 */
export const EventFilter = z.strictObject({
  /** Events whose span overlaps this date or later (`1956` means from 1 January 1956). */
  from: EventDate.optional(),
  /** Events whose span overlaps this date or earlier (`1958` means up to 31 December 1958). */
  to: EventDate.optional(),
  /** Widens `from`/`to` by this many days on each side. */
  overlapDays: OverlapDays.optional(),
  /** Also keeps events dated more coarsely than the bounds (a `1956` event for `1956-09`). */
  includeCoarser: z.boolean().optional(),
  kinds: z.array(EventKind).optional(),
  actor: RecordId.optional(),
  section: SectionSlug.optional(),
  paragraph: ParagraphId.optional(),
  /** Case-insensitive words found in the title, summary or note. */
  text: z.string().trim().max(200).optional(),
})
export type EventFilter = z.infer<typeof EventFilter>

/** The fields of a researcher's own event. */
export const EventFields = z.strictObject({
  date: EventDate,
  endDate: EventDate.optional(),
  uncertain: z.boolean().default(false),
  title: z.string().trim().min(1, 'must not be empty').max(300),
  summary: z.string().trim().max(5000).default(''),
  kind: EventKind,
  sources: z.array(z.string().trim().min(1).max(1000)).max(50).default([]),
  note: z.string().trim().max(5000).optional(),
  actors: z.array(RecordId).max(100).default([]),
  places: z.array(RecordId).max(100).default([]),
  topics: z.array(RecordId).max(100).default([]),
  sections: z.array(SectionSlug).max(20).default([]),
  paragraphs: z.array(ParagraphId).max(50).default([]),
})
export type EventFields = z.infer<typeof EventFields>

export const NewEvent = EventFields.extend({ id: RecordId.optional() })
export type NewEvent = z.infer<typeof NewEvent>

/** How many events bear on each essay section and paragraph (absent means none). */
export const EssayEventCounts = z.object({
  sections: z.record(z.string(), z.number().int().nonnegative()),
  paragraphs: z.record(z.string(), z.number().int().nonnegative()),
})
export type EssayEventCounts = z.infer<typeof EssayEventCounts>

import { z } from 'zod'
import { PassageAnchor } from '../anchoring/selectors'
import { ParagraphId, SectionSlug } from './essay'
import { PublicationKind, RomanizationScheme, Stance } from './findingVocab'

/** Size limits on every free-text field, so one pasted file cannot bloat the library or the sync file. */
export const TEXT_LIMITS = {
  /** A whole transcribed document; 1,000,000 characters is several hundred pages. */
  longText: 1_000_000,
  summary: 100_000,
  title: 2_000,
  reference: 1_000,
  note: 20_000,
  shortText: 300,
  tag: 100,
  listItems: 500,
} as const

/** A string field with a maximum length whose error names the limit (the path names the field). */
export function boundedText(max: number) {
  return z.string().max(max, `must be at most ${max.toLocaleString('en-US')} characters`)
}

/** A required string field: not blank, bounded. */
export function requiredText(max: number) {
  return boundedText(max).refine((value) => value.trim() !== '', 'must not be blank')
}

/** A list field with a bounded number of items. */
export function boundedList<T extends z.ZodType>(item: T, max: number = TEXT_LIMITS.listItems) {
  return z.array(item).max(max, `must have at most ${max} items`)
}

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
/** Finding and document ids: UUIDv7, made on the device, time-ordered, never reused. */
export const Uuidv7 = z.string().regex(UUID_V7, 'must be a lowercase UUIDv7')

/**
 * Document ids are derived from repository + reference key (any UUID shape), so the same
 * archival file gets the same id on every laptop without coordination.
 */
export const DocumentId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a UUID')

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Ids of entities, events and repositories from the seed data, e.g. `kim-il-sung`. */
export const EntityId = z.string().max(120).regex(SLUG, 'must be a lowercase hyphenated id')
export const EventId = EntityId
export const RepositoryId = EntityId

/** True when `value` is YYYY-MM-DD and names a day that exists (no 1956-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A calendar day, YYYY-MM-DD. */
export const IsoDate = z.string().refine(isCalendarDate, 'must be a real calendar date written YYYY-MM-DD')

/** An instant in UTC as ISO 8601 with milliseconds, e.g. `2025-03-01T09:30:00.000Z`. */
export const IsoInstant = z.iso.datetime({ offset: false, precision: 3 })

const SIMPLE_RIGHTS = ['no_photography', 'quote_permission_required', 'do_not_share'] as const
const EMBARGO_PREFIX = 'embargo_until:'
/**
 * One rights flag: `no_photography`, `quote_permission_required`, `do_not_share`, or
 * `embargo_until:YYYY-MM-DD`. `do_not_share` keeps the finding on the owner's device.
 */
export const RightsFlag = z
  .string()
  .max(40)
  .refine(
    (flag) =>
      (SIMPLE_RIGHTS as readonly string[]).includes(flag) ||
      (flag.startsWith(EMBARGO_PREFIX) && isCalendarDate(flag.slice(EMBARGO_PREFIX.length))),
    `must be one of ${SIMPLE_RIGHTS.join(', ')} or ${EMBARGO_PREFIX}YYYY-MM-DD`,
  )
export type RightsFlag = z.infer<typeof RightsFlag>

/** The embargo day of a rights list, if any (the latest one wins when several were entered). */
export function embargoUntil(rights: readonly string[]): string | undefined {
  const days = rights
    .filter((flag) => flag.startsWith(EMBARGO_PREFIX))
    .map((f) => f.slice(EMBARGO_PREFIX.length))
  return days.sort().at(-1)
}

/**
 * A person or institution: an entity id when resolved (the entity database's preferred forms then
 * win in citations), else the name as written; the name in its original script and its
 * romanization (with the system used) when the researcher records them; plus a free role.
 */
export const AgentRef = z
  .strictObject({
    entity_id: EntityId.optional(),
    name: boundedText(TEXT_LIMITS.shortText).optional(),
    name_original: boundedText(TEXT_LIMITS.shortText).optional(),
    name_romanized: boundedText(TEXT_LIMITS.shortText).optional(),
    romanization_scheme: RomanizationScheme.optional(),
    role: boundedText(TEXT_LIMITS.shortText).optional(),
  })
  .refine(
    (ref) =>
      ref.entity_id !== undefined ||
      [ref.name, ref.name_original, ref.name_romanized].some((form) => (form ?? '').trim() !== ''),
    { message: 'needs an entity_id or a name' },
  )
export type AgentRef = z.infer<typeof AgentRef>

/**
 * A stance toward the essay: a whole section, one paragraph, or a passage inside a paragraph.
 * Exactly one target is given.
 */
export const ClaimLink = z
  .strictObject({
    essay_section: SectionSlug.optional(),
    essay_paragraph_id: ParagraphId.optional(),
    passage: PassageAnchor.optional(),
    stance: Stance,
    note: boundedText(TEXT_LIMITS.note).optional(),
  })
  .refine(
    (link) =>
      [link.essay_section, link.essay_paragraph_id, link.passage].filter((t) => t !== undefined).length === 1,
    { message: 'needs exactly one of essay_section, essay_paragraph_id or passage' },
  )
export type ClaimLink = z.infer<typeof ClaimLink>

/**
 * A web address a citation may print and a link may open: only http and https, so a pasted
 * `javascript:` or `file:` address is refused where it is typed.
 */
export const WebUrl = z
  .url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })
  .max(2_000)

/** Where a published translation of the document lives (e.g. a Wilson Center record). */
export const PublishedTranslation = z.strictObject({
  repository: RepositoryId,
  record_id: boundedText(TEXT_LIMITS.shortText).optional(),
  url: boundedList(WebUrl, 20).default([]),
  translator: boundedText(TEXT_LIMITS.shortText).optional(),
  /** Who obtained the original for the publisher ("Obtained by Shen Zhihua", Wilson Center practice). */
  obtained_by: boundedText(TEXT_LIMITS.shortText).optional(),
  /** The day the researcher read it online: Chicago prints it beside the URL. */
  accessed: IsoDate.optional(),
})
export type PublishedTranslation = z.infer<typeof PublishedTranslation>

/**
 * What a document was published in: a newspaper or periodical (Rodong Sinmun, Kŭlloja) or a
 * published collection of documents (建国以来毛泽东文稿, vol. 6). `title` is the form a citation
 * prints (romanized or English); the original script and an English translation may be kept too.
 */
export const SourcePublication = z.strictObject({
  kind: PublicationKind,
  title: requiredText(TEXT_LIMITS.title),
  title_original: boundedText(TEXT_LIMITS.title).optional(),
  title_translation: boundedText(TEXT_LIMITS.title).optional(),
  editors: boundedList(AgentRef, 20).default([]),
  volume: boundedText(40).optional(),
  issue: boundedText(40).optional(),
  /** City of a newspaper, or of a collection's publisher. */
  place: boundedText(TEXT_LIMITS.shortText).optional(),
  publisher: boundedText(TEXT_LIMITS.shortText).optional(),
  /** Year a collection was published. */
  year: z.string().regex(/^\d{4}$/, 'must be a year such as 1992').optional(),
})
export type SourcePublication = z.infer<typeof SourcePublication>

const Stamp = { device: boundedText(TEXT_LIMITS.shortText), hlc: boundedText(TEXT_LIMITS.shortText) }

/**
 * Two laptops changed a field to different values without seeing each other's change, or one
 * edited what the other deleted (archival-model.md §4). Both sides are kept until a person
 * resolves it; the record shows the side with the later clock meanwhile.
 */
export const FindingConflict = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('field'),
    field: boundedText(TEXT_LIMITS.shortText),
    /** The value both sides started from, when there was one: the third pane of the diff. */
    base: z.unknown().optional(),
    sides: z.array(z.strictObject({ value: z.unknown(), ...Stamp })).min(2),
  }),
  z.strictObject({
    kind: z.literal('edit_vs_delete'),
    deletedBy: z.strictObject(Stamp),
    /** Changes made without knowing of the deletion: applied only if the finding is restored. */
    edits: z.array(z.strictObject({ ...Stamp, change: z.unknown() })),
  }),
])
export type FindingConflict = z.infer<typeof FindingConflict>

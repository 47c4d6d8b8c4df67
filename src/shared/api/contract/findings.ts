import { z } from 'zod'
import { DraftRecord, DraftSaved } from '../../model/draft'
import { Finding, FindingFieldsObject, FindingUpdateInput } from '../../model/finding'
import { FindingFilter, FindingListInput, FindingPage, FindingSummary } from '../../model/findingList'
import { EntityId, RepositoryId, requiredText, TEXT_LIMITS, Uuidv7 } from '../../model/findingParts'
import { EssayFindingCounts, EssayPassage } from '../../model/findingCounts'
import { EventDate, OverlapDays } from '../../model/event'
import { DateCertainty, DatePrecision, Stance } from '../../model/findingVocab'
import { NewRepository, Repository } from '../../model/repository'
import { defineMethods } from '../define'

/**
 * What a user or `workbench add` sends: §3.2 fields; `doc_date` may be left out when
 * `doc_date_as_written` says it (the core derives both and checks the cross-field rules).
 */
export const NewFinding = FindingFieldsObject.extend({
  doc_date: FindingFieldsObject.shape.doc_date.optional(),
  doc_date_certainty: FindingFieldsObject.shape.doc_date_certainty.optional(),
})

const Ids = z.strictObject({ ids: z.array(Uuidv7).min(1).max(100_000) })
const Count = z.object({ count: z.int().nonnegative() })
const StoredRepository = Repository.extend({ origin: z.enum(['bundled', 'user']) })

export const findingMethods = defineMethods({
  /** Logs one finding; returns it with its id, reference key and document. */
  'findings.create': { input: NewFinding, output: Finding, mutates: true },
  /** Logs many findings in one transaction: all are checked first, and one bad one adds none. */
  'findings.createBatch': {
    input: z.strictObject({ findings: z.array(z.unknown()).min(1).max(10_000) }),
    output: z.object({ ids: z.array(Uuidv7) }),
    mutates: true,
  },
  /** Changes some fields of a finding; unchanged fields are not touched (so sync merges field by field). */
  'findings.update': { input: FindingUpdateInput, output: Finding, mutates: true },
  /** One finding, and the other findings on the same archival document. */
  'findings.get': {
    input: z.strictObject({ id: Uuidv7 }),
    output: z.object({ finding: Finding, same_document: z.array(FindingSummary) }),
  },
  /** A page of findings for the list, filtered and sorted. */
  'findings.list': { input: FindingListInput, output: FindingPage },
  /** Moves findings to the Trash (kept as tombstones, restorable). */
  'findings.delete': { input: Ids, output: Count, mutates: true },
  /** Brings findings back from the Trash. */
  'findings.restore': { input: Ids, output: Count, mutates: true },
  /** Adds and removes tags on many findings at once. */
  'findings.tag': {
    input: Ids.extend({ add: z.array(z.string().trim().min(1).max(100)).max(50).default([]), remove: z.array(z.string().max(100)).max(50).default([]) }),
    output: Count,
    mutates: true,
  },
  /** The archives findings come from, bundled and the researcher's own. */
  'repositories.list': { input: z.strictObject({}), output: z.array(StoredRepository) },
  /**
   * Adds a repository the bundled list lacks (synced like findings): a name, optionally the name in
   * its own script, a place and a first collection; or a full repository record.
   */
  'repositories.add': { input: NewRepository, output: StoredRepository, mutates: true },
  /**
   * Adds a collection (a fonds, a record group) to a repository already in the list, bundled or
   * added (synced); refuses an unknown repository and a collection it already has.
   */
  'repositories.addCollection': {
    input: z.strictObject({ repository_id: RepositoryId, collection: requiredText(TEXT_LIMITS.shortText) }),
    output: StoredRepository,
    mutates: true,
  },
  /** Saves the entry form as typed, so a crash or a closed window loses nothing. */
  'drafts.save': { input: DraftRecord.omit({ updated_at: true }), output: DraftSaved },
  /** Unsaved forms, newest first. */
  'drafts.list': { input: z.strictObject({}), output: z.array(DraftRecord) },
  /** Forgets a draft once its finding is saved or the user discards it. */
  'drafts.discard': { input: z.strictObject({ id: z.string().min(1).max(64) }), output: z.object({}) },
  /** Per essay section and paragraph, how many findings bear on it, by stance (Trash excluded). */
  'essay.findingCounts': { input: z.strictObject({}), output: EssayFindingCounts },
  /** Every essay passage a finding is anchored to (Trash excluded), for highlighting. */
  'essay.findingPassages': { input: z.strictObject({}), output: z.array(EssayPassage) },
  /**
   * The document a reference names, as the editor types it: its normalized key and the findings
   * already logged on it (none when the document is new).
   */
  'findings.sameDocument': {
    input: z.strictObject({ repository_id: RepositoryId, reference_raw: z.string().max(1_000) }),
    output: z.object({ reference_key: z.string().nullable(), document_id: z.string().nullable(), findings: z.array(FindingSummary) }),
  },
})

/**
 * The timeline's filters: the list's, less paging and the Trash, plus findings naming an entity,
 * and the events' date filter (S8.3): bounds at year, month or day precision, widened by
 * `date_overlap_days`, leaving out documents dated more coarsely unless `include_coarser_dates`.
 */
export const FindingTimelineInput = FindingFilter.omit({ deleted: true }).extend({
  entity_id: EntityId.optional(),
  date_from: EventDate.optional(),
  date_to: EventDate.optional(),
  date_overlap_days: OverlapDays.optional(),
  include_coarser_dates: z.boolean().optional(),
})
export type FindingTimelineInput = z.input<typeof FindingTimelineInput>

/** One finding on the time axis: just what places and labels its mark. */
export const FindingMark = z.object({
  id: Uuidv7,
  title: z.string(),
  doc_date: z.string(),
  /** Day bounds of the document date; null when the date is unknown (such findings have no place). */
  date_start: z.string().nullable(),
  date_end: z.string().nullable(),
  precision: DatePrecision,
  certainty: DateCertainty,
  repository_id: z.string(),
  stances: z.array(Stance),
})
export type FindingMark = z.infer<typeof FindingMark>

export const findingBrowseMethods = defineMethods({
  /** Every finding not in the Trash, by document date, for the timeline. */
  'findings.timeline': { input: FindingTimelineInput, output: z.array(FindingMark) },
  /** The ids of a filtered, sorted list (or a slice of it), so a view can select thousands at once. */
  'findings.ids': {
    input: FindingListInput.extend({ limit: z.int().min(1).max(100_000).default(100_000) }),
    output: z.object({ ids: z.array(Uuidv7) }),
  },
})

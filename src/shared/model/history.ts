import { z } from 'zod'
import { IsoInstant, Uuidv7 } from './findingParts'

/**
 * A finding's history, read from its changes in the op log: every value each field has held,
 * who set it and when, and what became of it. Nothing here is stored; it is all derived.
 */

/** The laptop that made a change, named for people: never just its id. */
export const HistoryDevice = z.object({
  id: z.string(),
  /** This laptop's own name, a colleague's name from their sync files, or "an unnamed laptop (N)". */
  name: z.string(),
  this_device: z.boolean(),
  /** False when no file from this laptop was ever imported here, so its name is not known. */
  named: z.boolean(),
})
export type HistoryDevice = z.infer<typeof HistoryDevice>

/** One change in the log: its id (the clock stamp), the laptop, and that laptop's wall time. */
export const HistoryChange = z.object({
  change_id: z.string(),
  device: HistoryDevice,
  /** UTC, read from the clock stamp: the writing laptop's own idea of the time. */
  at: IsoInstant,
})
export type HistoryChange = z.infer<typeof HistoryChange>

/**
 * What became of a value:
 * - `current`: the field holds it now;
 * - `in_conflict`: another laptop set a different value without seeing this one, not yet resolved;
 * - `replaced`: a later change set another value;
 * - `kept`: it was chosen when a conflict was resolved;
 * - `set_aside`: it lost when a conflict was resolved, or it was an edit made while another
 *   laptop deleted the finding and the deletion was confirmed.
 */
export const ValueState = z.enum(['current', 'in_conflict', 'replaced', 'kept', 'set_aside'])
export type ValueState = z.infer<typeof ValueState>

/** One value a plain field held. `value` is null when the field was empty (or cleared). */
export const ValueEntry = z.object({
  change: HistoryChange,
  value: z.unknown(),
  state: ValueState,
  /** The values this change replaced: one for an edit, every side for a resolution, none for the first. */
  replaces: z.array(z.string()),
  /** The change that ended this value (set another, or resolved its conflict). */
  replaced_by: HistoryChange.nullable(),
  /** For `set_aside`: whether a conflict resolution or a confirmed deletion set it aside. */
  set_aside_by: z.enum(['conflict', 'deletion']).nullable(),
  /** The other values it conflicted with: set on other laptops without seeing this one. */
  conflicted_with: z.array(HistoryChange),
  /** When this change resolved a conflict: which values it kept and which it set aside. */
  resolved: z.object({ kept: z.array(HistoryChange), set_aside: z.array(HistoryChange) }).nullable(),
  /** Made on a laptop that had not yet seen the finding's deletion elsewhere. */
  made_while_deleted: z.boolean(),
  /** The value the finding was created with (or the empty value it was created without). */
  at_creation: z.boolean(),
  /** True when it can be brought back: not the value the field holds now, or one side of an open conflict. */
  restorable: z.boolean(),
})
export type ValueEntry = z.infer<typeof ValueEntry>

/** An addition to or removal from a list field (tags, sections, links, photos). */
export const SetEntry = z.object({
  change: HistoryChange,
  action: z.enum(['added', 'removed']),
  /** The element as the finding shows it (a tag, a claim link object, `{ sha256, name }`). */
  element: z.unknown(),
  /** For an addition: whether the element is still there, and the change that removed it. */
  present: z.boolean(),
  removed_by: HistoryChange.nullable(),
  /** An addition undone because the finding's deletion was confirmed. */
  set_aside_by: z.enum(['deletion']).nullable(),
  made_while_deleted: z.boolean(),
  /** Given when the finding was created, not added later. */
  at_creation: z.boolean(),
  /** True when the element is not in the field now, so it can be added back. */
  restorable: z.boolean(),
})
export type SetEntry = z.infer<typeof SetEntry>

/** One field's history, newest first. */
export const FieldHistory = z.discriminatedUnion('type', [
  z.object({ type: z.literal('value'), field: z.string(), entries: z.array(ValueEntry) }),
  z.object({ type: z.literal('set'), field: z.string(), entries: z.array(SetEntry) }),
])
export type FieldHistory = z.infer<typeof FieldHistory>

/** The record's own life: created, moved to the Trash, brought back. */
export const RecordEntry = z.object({
  change: HistoryChange,
  action: z.enum(['created', 'deleted', 'restored']),
  /** For a deletion: edits made elsewhere without knowing of it (an edit-vs-delete conflict). */
  concurrent_edits: z.int().nonnegative(),
  /** For a deletion with such edits: still open, resolved by restoring (edits kept), or confirmed (edits set aside). */
  outcome: z.enum(['open', 'restored', 'confirmed']).nullable(),
})
export type RecordEntry = z.infer<typeof RecordEntry>

export const FindingHistory = z.object({
  id: Uuidv7,
  title: z.string(),
  deleted: z.boolean(),
  /** Fields in the order of the finding model; only fields that ever held a value. */
  fields: z.array(FieldHistory),
  record: z.array(RecordEntry),
  /** How many changes the finding has in the log. */
  changes: z.int().nonnegative(),
})
export type FindingHistory = z.infer<typeof FindingHistory>

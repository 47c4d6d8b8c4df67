import { areConcurrent, hasSeen, type Op } from './op'

/** One side of a field conflict: a value and who wrote it when. */
export interface ConflictSide {
  value: unknown
  device: string
  hlc: string
}

export interface FieldConflict {
  kind: 'field'
  field: string
  /** The value both sides started from, when one exists (for the three-way view). */
  base?: unknown
  sides: ConflictSide[]
}

export interface EditVsDeleteConflict {
  kind: 'edit_vs_delete'
  deletedBy: { device: string; hlc: string }
  /** The edits made without knowledge of the deletion; kept, not applied, until resolved. */
  edits: { device: string; hlc: string; change: Op['change'] }[]
}

/**
 * A map keyed by user text (tags, names): no prototype, so a tag called `constructor` or
 * `__proto__` is a key like any other instead of an inherited member.
 */
export function textKeyed<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>
}

export interface MergedRecord {
  /**
   * Field values; a conflicted field shows its provisional value (the side with the later clock).
   * A field cleared by a `null` write is absent, as if never set.
   */
  values: Record<string, unknown>
  /** Set fields as sorted element lists. */
  sets: Record<string, string[]>
  /** For each present set element, the additions (by hlc) that keep it present: what a remove must cancel. */
  setAdds: Record<string, Record<string, string[]>>
  deleted: boolean
  conflicts: (FieldConflict | EditVsDeleteConflict)[]
  /** The latest clock of any op on the record. */
  updatedHlc: string
}

/**
 * Computes a record's state from its ops (archival-model §4): fields are multi-value registers
 * (a field changed on one side takes that side's value; changed on both to different values it
 * becomes a conflict keeping base and both sides), sets are observed-remove sets, deletion is a
 * kept tombstone that wins over a concurrent restore, and edits the deleter had not seen
 * become an `edit_vs_delete` conflict instead of resurrecting the record.
 */
export function mergeRecord(ops: readonly Op[]): MergedRecord {
  const unique = dedupe(ops)
  const values = textKeyed<unknown>()
  const conflicts: MergedRecord['conflicts'] = []
  for (const [field, writes] of writesByField(unique)) {
    const register = mergeField(writes, field)
    if (register.value !== null && register.value !== undefined) values[field] = register.value
    if (register.conflict) conflicts.push(register.conflict)
  }
  const deletion = mergeDeletion(unique)
  if (deletion.conflict) conflicts.push(deletion.conflict)
  const setAdds = liveAdditions(unique)
  return {
    values,
    sets: elementLists(setAdds),
    setAdds,
    deleted: deletion.deleted,
    conflicts,
    updatedHlc: unique.reduce((max, op) => (op.hlc > max ? op.hlc : max), ''),
  }
}

function dedupe(ops: readonly Op[]): Op[] {
  const byHlc = new Map<string, Op>()
  for (const op of ops) byHlc.set(op.hlc, op)
  return [...byHlc.values()].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0))
}

/** The `set` ops that assign each field (in clock order), by field name in sorted order. */
function writesByField(ops: Op[]): [string, Op[]][] {
  const writes = new Map<string, Op[]>()
  for (const op of ops) {
    if (op.change.type !== 'set') continue
    for (const field of Object.keys(op.change.values)) {
      const list = writes.get(field)
      if (list) list.push(op)
      else writes.set(field, [op])
    }
  }
  return [...writes].sort(([a], [b]) => (a < b ? -1 : 1))
}

/** Ops that were not superseded by another op of the same group: the current "heads". */
function heads(group: Op[]): Op[] {
  return group.filter((op) => !group.some((other) => hasSeen(other, op)))
}

function mergeField(writes: Op[], field: string): { value: unknown; conflict?: FieldConflict } {
  const valueOf = (op: Op): unknown => (op.change as { values: Record<string, unknown> }).values[field]
  const current = heads(writes)
  const latest = current.at(-1)
  if (!latest) return { value: undefined }
  // One head (a field written on one laptop, the usual case) cannot conflict: skip comparing values.
  if (current.length === 1) return { value: valueOf(latest) }
  const distinct = new Set(current.map((op) => canonical(valueOf(op))))
  if (distinct.size === 1) return { value: valueOf(latest) }
  // The base is the latest write that every side had seen: where the two histories diverged.
  const base = writes.filter((op) => current.every((head) => hasSeen(head, op))).at(-1)
  const conflict: FieldConflict = {
    kind: 'field',
    field,
    sides: current.map((op) => ({ value: valueOf(op), device: op.device, hlc: op.hlc })),
  }
  if (base) conflict.base = valueOf(base)
  return { value: valueOf(latest), conflict }
}

function mergeDeletion(ops: Op[]): { deleted: boolean; conflict?: EditVsDeleteConflict } {
  const toggles = heads(ops.filter((op) => op.change.type === 'delete' || op.change.type === 'restore'))
  const deletions = toggles.filter((op) => op.change.type === 'delete')
  const deletion = deletions.at(-1)
  if (!deletion) return { deleted: false }
  // A record's creation is always seen by its deletion, so it never shows up here.
  const edits = ops.filter((op) => isEdit(op) && deletions.every((d) => areConcurrent(op, d)))
  if (edits.length === 0) return { deleted: true }
  return {
    deleted: true,
    conflict: {
      kind: 'edit_vs_delete',
      deletedBy: { device: deletion.device, hlc: deletion.hlc },
      edits: edits.map((op) => ({ device: op.device, hlc: op.hlc, change: op.change })),
    },
  }
}

function isEdit(op: Op): boolean {
  return op.change.type === 'set' || op.change.type === 'add' || op.change.type === 'remove'
}

function liveAdditions(ops: Op[]): Record<string, Record<string, string[]>> {
  const removed = new Set<string>()
  for (const op of ops) if (op.change.type === 'remove') for (const tag of op.change.removes) removed.add(tag)
  const sets = textKeyed<Record<string, string[]>>()
  for (const op of ops) {
    if (op.change.type !== 'add') continue
    const set = (sets[op.change.field] ??= textKeyed<string[]>())
    if (!removed.has(op.hlc)) (set[op.change.element] ??= []).push(op.hlc)
  }
  return sets
}

function elementLists(setAdds: Record<string, Record<string, string[]>>): Record<string, string[]> {
  const sets = textKeyed<string[]>()
  for (const [field, adds] of Object.entries(setAdds)) sets[field] = Object.keys(adds).sort()
  return sets
}

/** JSON with sorted keys, so equal values compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )
}

import type { ValueEntry } from '../../shared/model/history'
import { canonical } from '../sync/merge'
import { areConcurrent, hasSeen, type Op } from '../sync/op'
import type { Lineage } from './lineage'

/** One value written to a field: by a change that assigned it, or "empty" at the record's creation. */
export interface FieldWrite {
  op: Op
  value: unknown
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** Equal for people: every kind of empty is the same empty, and key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(isEmpty(a) ? null : a) === canonical(isEmpty(b) ? null : b)
}

/**
 * Every value a field has held, oldest first. A field left out when the record was created was
 * empty then: that is a value too, and one a user may want back.
 */
export function writesOf(field: string, ops: readonly Op[]): FieldWrite[] {
  const writes: FieldWrite[] = []
  for (const op of ops) {
    if (op.change.type === 'set' && field in op.change.values) writes.push({ op, value: op.change.values[field] ?? null })
  }
  const creation = ops.find((op) => op.change.type === 'set')
  if (creation && writes.length > 0 && writes[0]!.op !== creation) writes.unshift({ op: creation, value: null })
  return writes
}

/**
 * A field's values over time, newest first: who set each and when, what replaced it, and, where
 * two laptops set it without seeing each other, the conflict and how it was resolved.
 */
export function valueTimeline(field: string, lineage: Lineage, current: unknown): ValueEntry[] {
  const writes = writesOf(field, lineage.ops)
  const ops = writes.map((write) => write.op)
  // Clock order respects causality, so a write's first successor is the change that replaced it.
  const successorsOf = new Map(writes.map((write) => [write.op, ops.filter((op) => hasSeen(op, write.op))]))
  const replacerOf = new Map(writes.map((write) => [write, successorsOf.get(write.op)![0]]))
  /** The values a write replaced: those it had seen that nothing else it had seen replaced. */
  const predecessorsOf = (write: FieldWrite) =>
    writes.filter((earlier) => hasSeen(write.op, earlier.op) && !successorsOf.get(earlier.op)!.some((op) => op !== write.op && hasSeen(write.op, op)))
  const rivalsOf = (write: FieldWrite) =>
    writes.filter((other) => areConcurrent(other.op, write.op) && !sameValue(other.value, write.value))

  const entries = writes.map((write): ValueEntry => {
    const replacer = replacerOf.get(write)
    const rivals = rivalsOf(write)
    const entry: ValueEntry = {
      change: lineage.describe(write.op),
      value: write.value === '' ? null : (write.value ?? null),
      replaces: predecessorsOf(write).map((earlier) => earlier.op.hlc),
      state: 'current',
      replaced_by: replacer ? lineage.describe(replacer) : null,
      set_aside_by: null,
      conflicted_with: rivals.map((rival) => lineage.describe(rival.op)),
      resolved: null,
      made_while_deleted: lineage.madeWhileDeleted(write.op),
      at_creation: lineage.atCreation(write.op),
      restorable: !sameValue(write.value, current),
    }
    if (!replacer) {
      entry.state = rivals.some((rival) => !replacerOf.get(rival)) ? 'in_conflict' : 'current'
      // Any side of an open conflict can be chosen, even the one shown meanwhile.
      if (entry.state === 'in_conflict') entry.restorable = true
    } else if (rivals.some((rival) => replacerOf.get(rival) === replacer)) {
      // One change made knowing both values: it resolved their conflict, keeping one or neither.
      const resolution = writes.find((other) => other.op === replacer)!
      entry.state = sameValue(resolution.value, write.value) ? 'kept' : 'set_aside'
      if (entry.state === 'set_aside') entry.set_aside_by = 'conflict'
    } else if (lineage.discardedByDeletion(write.op, replacer)) {
      entry.state = 'set_aside'
      entry.set_aside_by = 'deletion'
    } else {
      entry.state = 'replaced'
    }
    return entry
  })
  markResolutions(entries)
  return entries.reverse()
}

/** Tells each resolving change which values it kept and which it set aside. */
function markResolutions(entries: ValueEntry[]): void {
  const byId = new Map(entries.map((entry) => [entry.change.change_id, entry]))
  for (const entry of entries) {
    if (entry.state !== 'kept' && entry.set_aside_by !== 'conflict') continue
    const resolution = byId.get(entry.replaced_by!.change_id)!
    resolution.resolved ??= { kept: [], set_aside: [] }
    resolution.resolved[entry.state === 'kept' ? 'kept' : 'set_aside'].push(entry.change)
  }
}

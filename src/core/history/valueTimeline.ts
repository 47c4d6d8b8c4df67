import type { ValueEntry } from '../../shared/model/history'
import { canonical } from '../sync/merge'
import type { Op } from '../sync/op'
import type { Lineage } from './lineage'
import { writeGraph } from './writeGraph'

/** One value written to a field: by a change that assigned it, or "empty" at the record's creation. */
export interface FieldWrite {
  op: Op
  value: unknown
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** A value as a comparable string: every kind of empty is the same empty, and key order does not matter. */
const valueKey = (value: unknown): string => canonical(isEmpty(value) ? null : value)

/** Equal for people. */
export function sameValue(a: unknown, b: unknown): boolean {
  return valueKey(a) === valueKey(b)
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
 * two laptops set it without seeing each other, the conflict and how it was resolved. Read from
 * the ops alone, without merging the whole record (which grows with the square of its changes).
 */
export function valueTimeline(field: string, lineage: Lineage): ValueEntry[] {
  const writes = writesOf(field, lineage.ops)
  const { replacer, predecessors } = writeGraph(writes.map((write) => write.op))
  const keys = writes.map((write) => valueKey(write.value))
  const differing = (i: number, among: readonly number[]) => among.filter((j) => keys[j] !== keys[i])
  /** A change made knowing several different values at once resolved their conflict. */
  const resolves = (r: number) => predecessors[r]!.length > 1 && differing(predecessors[r]![0]!, predecessors[r]!).length > 0
  const heads = writes.flatMap((_write, i) => (replacer[i] === undefined ? [i] : []))
  // What the field shows, as the merge decides it: the value of the latest write nothing replaced.
  const current = heads.length > 0 ? writes[heads.at(-1)!]!.value : undefined
  const describe = (i: number) => lineage.describe(writes[i]!.op)

  const entries = writes.map((write, i): ValueEntry => {
    const r = replacer[i]
    const entry: ValueEntry = {
      change: describe(i),
      value: write.value === '' ? null : (write.value ?? null),
      replaces: predecessors[i]!.map((j) => writes[j]!.op.hlc),
      state: 'replaced',
      replaced_by: r === undefined ? null : describe(r),
      set_aside_by: null,
      conflicted_with: [],
      resolved: resolves(i) ? { kept: predecessors[i]!.filter((j) => keys[j] === keys[i]).map(describe), set_aside: differing(i, predecessors[i]!).map(describe) } : null,
      made_while_deleted: lineage.madeWhileDeleted(write.op),
      at_creation: lineage.atCreation(write.op),
      restorable: !sameValue(write.value, current),
    }
    if (r === undefined) {
      entry.conflicted_with = differing(i, heads).map(describe)
      entry.state = entry.conflicted_with.length > 0 ? 'in_conflict' : 'current'
      // Any side of an open conflict can be chosen, even the one shown meanwhile.
      if (entry.state === 'in_conflict') entry.restorable = true
    } else if (resolves(r)) {
      entry.conflicted_with = differing(i, predecessors[r]!).map(describe)
      entry.state = keys[r] === keys[i] ? 'kept' : 'set_aside'
      if (entry.state === 'set_aside') entry.set_aside_by = 'conflict'
    } else if (lineage.discardedByDeletion(write.op, writes[r]!.op)) {
      entry.state = 'set_aside'
      entry.set_aside_by = 'deletion'
    }
    return entry
  })
  return entries.reverse()
}

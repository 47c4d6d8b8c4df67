import type { RecordEntry } from '../../shared/model/history'
import { areConcurrent, hasSeen, type Op } from '../sync/op'
import type { Lineage } from './lineage'

const isEdit = (op: Op) => op.change.type === 'set' || op.change.type === 'add' || op.change.type === 'remove'

/**
 * The record's own life, newest first: its creation, each move to the Trash and back. A deletion
 * that crossed edits made elsewhere says how that edit-vs-delete conflict ended.
 */
export function recordTimeline(lineage: Lineage): RecordEntry[] {
  const ops = lineage.ops
  const entries: RecordEntry[] = []
  if (ops[0]) entries.push({ change: lineage.describe(ops[0]), action: 'created', concurrent_edits: 0, outcome: null })
  for (const op of ops) {
    if (op.change.type === 'restore') entries.push({ change: lineage.describe(op), action: 'restored', concurrent_edits: 0, outcome: null })
    if (op.change.type !== 'delete') continue
    const edits = ops.filter((other) => isEdit(other) && areConcurrent(other, op)).length
    entries.push({ change: lineage.describe(op), action: 'deleted', concurrent_edits: edits, outcome: edits === 0 ? null : outcomeOf(op, ops) })
  }
  return entries.reverse()
}

/** A later restore that knew of the deletion kept the edits; a later deletion that knew of it confirmed it. */
function outcomeOf(deletion: Op, ops: readonly Op[]): RecordEntry['outcome'] {
  const next = ops.find((op) => (op.change.type === 'restore' || op.change.type === 'delete') && hasSeen(op, deletion))
  if (!next) return 'open'
  return next.change.type === 'restore' ? 'restored' : 'confirmed'
}

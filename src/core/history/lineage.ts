import type { HistoryChange } from '../../shared/model/history'
import { decodeHlc } from '../sync/hlc'
import { areConcurrent, hasSeen, type Op } from '../sync/op'

/**
 * What every part of a record's history needs to know about its ops: how to describe one for
 * people, and how they relate to the record's deletions. Ops are in clock order, which respects
 * causality (an op is always stamped later than every op it had seen).
 */
export interface Lineage {
  ops: readonly Op[]
  describe(op: Op): HistoryChange
  /** True for the ops that created the record: its first assignment and the list elements given with it. */
  atCreation(op: Op): boolean
  /** True when the op was made on a laptop that had not seen a deletion made elsewhere. */
  madeWhileDeleted(op: Op): boolean
  /**
   * True when `op` (made while the finding was deleted elsewhere) was undone by `undoer` because
   * the deletion was confirmed, rather than applied by restoring the finding and changed later.
   */
  discardedByDeletion(op: Op, undoer: Op): boolean
}

export function createLineage(ops: readonly Op[], describe: (op: Op) => HistoryChange): Lineage {
  const creation = creationOps(ops)
  const deletions = ops.filter((op) => op.change.type === 'delete')
  const restores = ops.filter((op) => op.change.type === 'restore')
  const missedDeletions = (op: Op) => deletions.filter((deletion) => areConcurrent(op, deletion))
  return {
    ops,
    describe,
    atCreation: (op) => creation.has(op),
    madeWhileDeleted: (op) => missedDeletions(op).length > 0,
    discardedByDeletion(op, undoer) {
      const missed = missedDeletions(op)
      if (missed.length === 0 || !missed.some((deletion) => hasSeen(undoer, deletion))) return false
      // A restore that knew of the edit applied it; whatever replaced it later is an ordinary edit.
      return !restores.some((restore) => hasSeen(restore, op) && (restore === undoer || hasSeen(undoer, restore)))
    },
  }
}

/** How far apart (ms) the ops of one creation can be stamped: a big batch spans some milliseconds. */
const CREATION_SPAN_MS = 2_000

/**
 * The ops of the record's creation: the first assignment and the additions that follow it from
 * the same laptop within the same moment (a creation is one transaction of one `set` and one
 * `add` per list element), before any other kind of change.
 */
function creationOps(ops: readonly Op[]): Set<Op> {
  const first = ops[0]
  if (!first || first.change.type !== 'set') return new Set()
  const start = decodeHlc(first.hlc).wall
  const batch = new Set([first])
  for (const op of ops.slice(1)) {
    if (op.device !== first.device || op.change.type !== 'add' || decodeHlc(op.hlc).wall - start > CREATION_SPAN_MS) break
    batch.add(op)
  }
  return batch
}

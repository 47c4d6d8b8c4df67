import type { HistoryChange } from '../../shared/model/history'
import { areConcurrent, hasSeen, type Op } from '../sync/op'

/**
 * What every part of a record's history needs to know about its ops: how to describe one for
 * people, and how they relate to the record's deletions. Ops are in clock order, which respects
 * causality (an op is always stamped later than every op it had seen).
 */
export interface Lineage {
  ops: readonly Op[]
  describe(op: Op): HistoryChange
  /** True when the op was made on a laptop that had not seen a deletion made elsewhere. */
  madeWhileDeleted(op: Op): boolean
  /**
   * True when `op` (made while the finding was deleted elsewhere) was undone by `undoer` because
   * the deletion was confirmed, rather than applied by restoring the finding and changed later.
   */
  discardedByDeletion(op: Op, undoer: Op): boolean
}

export function createLineage(ops: readonly Op[], describe: (op: Op) => HistoryChange): Lineage {
  const deletions = ops.filter((op) => op.change.type === 'delete')
  const restores = ops.filter((op) => op.change.type === 'restore')
  const missedDeletions = (op: Op) => deletions.filter((deletion) => areConcurrent(op, deletion))
  return {
    ops,
    describe,
    madeWhileDeleted: (op) => missedDeletions(op).length > 0,
    discardedByDeletion(op, undoer) {
      const missed = missedDeletions(op)
      if (missed.length === 0 || !missed.some((deletion) => hasSeen(undoer, deletion))) return false
      // A restore that knew of the edit applied it; whatever replaced it later is an ordinary edit.
      return !restores.some((restore) => hasSeen(restore, op) && (restore === undoer || hasSeen(undoer, restore)))
    },
  }
}

/** The first of `candidates` (in clock order) made with knowledge of `op`: the change that followed it. */
export function firstSuccessor(op: Op, candidates: readonly Op[]): Op | undefined {
  return candidates.find((candidate) => hasSeen(candidate, op))
}

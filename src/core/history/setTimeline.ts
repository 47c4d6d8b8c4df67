import type { SetEntry } from '../../shared/model/history'
import type { Op } from '../sync/op'
import type { Lineage } from './lineage'

type SetChange = Extract<Op['change'], { type: 'add' | 'remove' }>

/** The add and remove ops of one list field, oldest first. */
export function setOpsOf(field: string, ops: readonly Op[]): Op[] {
  return ops.filter((op) => (op.change.type === 'add' || op.change.type === 'remove') && op.change.field === field)
}

/**
 * A list field's additions and removals, newest first; `decode` turns a stored element into what
 * the finding shows. An element is in the field while any addition of it is not removed.
 */
export function setTimeline(field: string, lineage: Lineage, decode: (element: string) => unknown): SetEntry[] {
  const changes = setOpsOf(field, lineage.ops)
  // Each addition's first remover: the earliest removal that cancelled it.
  const removerOf = new Map<string, Op>()
  for (const op of changes) if (op.change.type === 'remove') for (const hlc of op.change.removes) if (!removerOf.has(hlc)) removerOf.set(hlc, op)
  const present = new Set<string>()
  for (const op of changes) if (op.change.type === 'add' && !removerOf.has(op.hlc)) present.add(op.change.element)
  return changes
    .map((op): SetEntry => {
      const change = op.change as SetChange
      const remover = change.type === 'add' ? removerOf.get(op.hlc) : undefined
      return {
        change: lineage.describe(op),
        action: change.type === 'add' ? 'added' : 'removed',
        element: decode(change.element),
        present: change.type === 'add' && !remover,
        removed_by: remover ? lineage.describe(remover) : null,
        set_aside_by: remover && lineage.discardedByDeletion(op, remover) ? 'deletion' : null,
        made_while_deleted: lineage.madeWhileDeleted(op),
        at_creation: lineage.atCreation(op),
        restorable: !present.has(change.element),
      }
    })
    .reverse()
}

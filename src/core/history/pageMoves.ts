import type { SetEntry } from '../../shared/model/history'
import { PAGE_POSITIONS } from '../findings/pageOrder'
import type { Lineage } from './lineage'
import { setTimeline } from './setTimeline'

/**
 * The order of a finding's pages in its history: only moves, newest first, each as the page
 * that moved (`{ sha256, name }`). The position written when a page arrives (or comes back)
 * belongs to that addition, and the removal of an old position is the other half of a move, so
 * neither is shown; a move is not restored on its own (the editor puts pages in order).
 */
export function pageMoves(lineage: Lineage): SetEntry[] {
  const names = new Map<string, string>()
  /** Per page, whether it has a position since it last arrived. */
  const placed = new Set<string>()
  const moves = new Set<string>()
  for (const op of lineage.ops) {
    if (op.change.type !== 'add') continue
    const sha256 = op.change.element.slice(0, 64)
    if (op.change.field === 'attachments') {
      names.set(sha256, op.change.element.slice(65))
      placed.delete(sha256)
    } else if (op.change.field === PAGE_POSITIONS) {
      if (placed.has(sha256)) moves.add(op.hlc)
      placed.add(sha256)
    }
  }
  const decode = (element: string) => ({ sha256: element.slice(0, 64), name: names.get(element.slice(0, 64)) ?? 'a page' })
  return setTimeline(PAGE_POSITIONS, lineage, decode)
    .filter((entry) => entry.action === 'added' && moves.has(entry.change.change_id))
    .map((entry) => ({ ...entry, present: true, removed_by: null, restorable: false }))
}

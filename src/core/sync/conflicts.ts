import { AppError } from '../../shared/api/errors'
import { FindingFieldsObject } from '../../shared/model/finding'
import type { FindingConflict } from '../../shared/model/findingParts'
import type { ConflictEntry } from '../../shared/model/sync'
import type { Db } from '../db/types'
import { FINDING_KIND } from '../findings/findingOps'
import type { FindingStore } from '../findings/findingStore'
import { hasSeen, type Change } from './op'
import { mergeRecord } from './merge'
import type { OpStore } from './opStore'
import type { Peers } from './peers'

export type Resolution = 'mine' | 'theirs' | 'value' | 'restore' | 'delete'

/**
 * Open conflicts and their resolution. A resolution is an ordinary change made with knowledge
 * of every side, so it supersedes them all here and, after the next exchange, everywhere.
 */
export function createConflicts(db: Db, ops: OpStore, store: FindingStore, peers: Peers, deviceId: string) {
  const selectAll = db.prepare<[], { id: string; record_kind: string; record_id: string; detail: string; title: string | null }>(
    `SELECT c.id, c.record_kind, c.record_id, c.detail, f.title FROM conflicts c
     LEFT JOIN findings f ON f.id = c.record_id ORDER BY c.record_id, c.id`,
  )
  const selectOne = db.prepare<[string], { record_id: string; detail: string }>('SELECT record_id, detail FROM conflicts WHERE id = ?')

  function list(): ConflictEntry[] {
    return selectAll.all().map((row) => ({ ...row, title: row.title ?? row.record_id, detail: JSON.parse(row.detail) as unknown }))
  }

  function resolve(id: string, take: Resolution, value?: unknown): void {
    const row = selectOne.get(id)
    if (!row) throw new AppError('record.not_found', `No open conflict ${id}`, 'id')
    const conflict = JSON.parse(row.detail) as FindingConflict
    const changes = conflict.kind === 'field' ? fieldResolution(conflict, take, value) : deletionResolution(row.record_id, take)
    db.transaction(() => {
      store.apply(row.record_id, changes)
      peers.log('resolve', null, `${id}: took ${take}${take === 'delete' ? '; the edits made without knowing of the deletion were discarded' : ''}`)
    })()
  }

  function fieldResolution(conflict: Extract<FindingConflict, { kind: 'field' }>, take: Resolution, value: unknown): Change[] {
    const mine = conflict.sides.find((side) => side.device === deviceId)
    const theirs = conflict.sides.filter((side) => side.device !== deviceId).at(-1)
    const chosen = take === 'mine' ? mine?.value : take === 'theirs' ? theirs?.value : take === 'value' ? value : undefined
    if (chosen === undefined) {
      throw new AppError('input.invalid', take === 'mine' || take === 'theirs'
        ? `No side of this conflict was written ${take === 'mine' ? 'on this laptop' : 'elsewhere'}; give a value instead`
        : `"${take}" does not resolve a field conflict; use mine, theirs or value`, 'take')
    }
    const schema = FindingFieldsObject.shape[conflict.field as keyof typeof FindingFieldsObject.shape]
    const parsed = schema?.safeParse(chosen)
    if (!parsed?.success) throw new AppError('input.invalid', `value: not a valid ${conflict.field}`, 'value')
    return [{ type: 'set', values: { [conflict.field]: parsed.data } }]
  }

  /** Restore keeps the concurrent edits; delete confirms the deletion and undoes those edits. */
  function deletionResolution(recordId: string, take: Resolution): Change[] {
    if (take === 'restore') return [{ type: 'restore' }]
    if (take !== 'delete') throw new AppError('input.invalid', `"${take}" does not resolve an edit-vs-delete conflict; use restore or delete`, 'take')
    const history = ops.opsOf(FINDING_KIND, recordId)
    const deletion = history.filter((op) => op.change.type === 'delete').at(-1)!
    const atDeletion = mergeRecord(history.filter((op) => op === deletion || hasSeen(deletion, op)))
    const edits = history.filter((op) => op !== deletion && !hasSeen(deletion, op) && !hasSeen(op, deletion))
    const reverted: Record<string, unknown> = {}
    const removals: Change[] = []
    for (const edit of edits) {
      if (edit.change.type === 'set') for (const field of Object.keys(edit.change.values)) reverted[field] = atDeletion.values[field] ?? null
      if (edit.change.type === 'add') removals.push({ type: 'remove', field: edit.change.field, element: edit.change.element, removes: [edit.hlc] })
    }
    const revert: Change[] = Object.keys(reverted).length > 0 ? [{ type: 'set', values: reverted }] : []
    return [...revert, ...removals, { type: 'delete' }]
  }

  return { list, resolve }
}

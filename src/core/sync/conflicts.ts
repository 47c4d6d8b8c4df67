import { z } from 'zod'
import { AppError } from '../../shared/api/errors'
import type { FindingConflict } from '../../shared/model/findingParts'
import type { ConflictEntry, Resolution } from '../../shared/model/sync'
import type { Db } from '../db/types'
import type { KindRegistry, RecordKind } from './kinds'
import { hasSeen, type Change } from './op'
import { mergeRecord } from './merge'
import type { OpStore } from './opStore'
import type { Peers } from './peers'

/**
 * Open conflicts and their resolution, for records of any kind. A resolution is an ordinary
 * change made with knowledge of every side, so it supersedes them all here and, after the next
 * exchange, everywhere; it passes the same checks as any other change before it is written.
 */
export function createConflicts(db: Db, ops: OpStore, kinds: KindRegistry, peers: Peers, deviceId: string) {
  const selectAll = db.prepare<[], { id: string; record_kind: string; record_id: string; detail: string }>(
    'SELECT id, record_kind, record_id, detail FROM conflicts ORDER BY record_id, id',
  )
  const selectOne = db.prepare<[string], { record_kind: string; record_id: string; detail: string }>(
    'SELECT record_kind, record_id, detail FROM conflicts WHERE id = ?',
  )

  function list(): ConflictEntry[] {
    return selectAll.all().map((row) => {
      const kind = kinds.get(row.record_kind)
      const title = kind?.title?.(row.record_id) ?? `an untitled ${kind?.label ?? 'record'}`
      return { ...row, title, detail: JSON.parse(row.detail) as unknown }
    })
  }

  function resolve(id: string, take: Resolution, value?: unknown): void {
    const row = selectOne.get(id)
    if (!row) throw new AppError('record.not_found', `No open conflict ${id}`, 'id', { reason: 'conflict.gone' })
    const kind = kinds.get(row.record_kind)
    if (!kind) throw new AppError('internal', `Conflicts on "${row.record_kind}" records cannot be resolved by this version`)
    const conflict = JSON.parse(row.detail) as FindingConflict
    const changes = conflict.kind === 'field' ? fieldResolution(kind, conflict, take, value) : deletionResolution(kind, row.record_id, take)
    db.transaction(() => {
      for (const change of changes) ops.append(kind.name, row.record_id, change)
      kind.materialize(row.record_id)
      peers.log('resolve', null, { kind: 'resolved', title: kind.title?.(row.record_id) ?? null, take })
    })()
  }

  function fieldResolution(kind: RecordKind, conflict: Extract<FindingConflict, { kind: 'field' }>, take: Resolution, value: unknown): Change[] {
    const mine = conflict.sides.find((side) => side.device === deviceId)
    const theirs = conflict.sides.filter((side) => side.device !== deviceId).at(-1)
    const chosen = take === 'mine' ? mine?.value : take === 'theirs' ? theirs?.value : take === 'value' ? value : undefined
    if (chosen === undefined) {
      const side = take === 'mine' || take === 'theirs'
      throw new AppError('input.invalid', side
        ? `No side of this conflict was written ${take === 'mine' ? 'on this laptop' : 'elsewhere'}; give a value instead`
        : `"${take}" does not resolve a field conflict; use mine, theirs or value`, 'take', side ? { reason: take === 'mine' ? 'conflict.noMine' : 'conflict.noTheirs' } : undefined)
    }
    const schema = Object.hasOwn(kind.fields.scalars.shape, conflict.field) ? (kind.fields.scalars.shape[conflict.field] as z.ZodType) : undefined
    // A null side cleared the field; taking it clears it again (only an optional field can be empty).
    if (chosen === null && schema instanceof z.ZodOptional) return [{ type: 'set', values: { [conflict.field]: null } }]
    const parsed = schema?.safeParse(chosen)
    if (!parsed?.success) throw new AppError('input.invalid', `value: not a valid ${conflict.field}`, 'value', { reason: 'conflict.badValue', values: { field: conflict.field } })
    return [{ type: 'set', values: { [conflict.field]: parsed.data } }]
  }

  /**
   * Restore keeps the concurrent edits; delete confirms the deletion and undoes those edits,
   * setting each field back to its value at the deletion (`null` where it had none, which
   * clears it) and removing what they added.
   */
  function deletionResolution(kind: RecordKind, recordId: string, take: Resolution): Change[] {
    if (take === 'restore') return [{ type: 'restore' }]
    if (take !== 'delete') throw new AppError('input.invalid', `"${take}" does not resolve an edit-vs-delete conflict; use restore or delete`, 'take')
    const history = ops.opsOf(kind.name, recordId)
    const deletion = history.filter((op) => op.change.type === 'delete').at(-1)!
    const atDeletion = mergeRecord(history.filter((op) => op === deletion || hasSeen(deletion, op)))
    const edits = history.filter((op) => op !== deletion && !hasSeen(deletion, op) && !hasSeen(op, deletion))
    const reverted = new Map<string, unknown>()
    const removals: Change[] = []
    for (const edit of edits) {
      if (edit.change.type === 'set') for (const field of Object.keys(edit.change.values)) reverted.set(field, Object.hasOwn(atDeletion.values, field) ? atDeletion.values[field] : null)
      if (edit.change.type === 'add') removals.push({ type: 'remove', field: edit.change.field, element: edit.change.element, removes: [edit.hlc] })
    }
    const revert: Change[] = reverted.size > 0 ? [{ type: 'set', values: Object.fromEntries(reverted) }] : []
    return [...revert, ...removals, { type: 'delete' }]
  }

  return { list, resolve }
}

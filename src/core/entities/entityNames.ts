import { uuidv7 } from 'uuidv7'
import { AppError } from '../../shared/api/errors'
import type { EntityName, NewEntityName } from '../../shared/model/entity'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import { assertExists } from '../events/references'
import { entityNames } from './entityQueries'

/** The researcher's own name forms: added and removed here; bundled names stay as shipped. */
export function createEntityNames(db: Db, clock: Clock) {
  function add(input: NewEntityName): EntityName {
    assertExists(db, 'entity', input.entityId, 'entityId')
    const duplicate = db
      .prepare('SELECT 1 FROM entity_names WHERE entity_id = ? AND form = ? AND lang = ? AND script = ?')
      .get(input.entityId, input.form, input.lang, input.script)
    if (duplicate) {
      throw new AppError(
        'record.duplicate',
        `form: "${input.form}" (${input.lang}, ${input.script}) is already a name of ${input.entityId}`,
        'form',
      )
    }
    const id = uuidv7()
    const ordinal = db
      .prepare<[string], { next: number }>(
        'SELECT coalesce(max(ordinal), -1) + 1 AS next FROM entity_names WHERE entity_id = ?',
      )
      .get(input.entityId)?.next
    db.prepare(
      `INSERT INTO entity_names (id, entity_id, ordinal, form, lang, script, scheme, relation, note, origin,
         created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'user', ?)`,
    ).run(
      id,
      input.entityId,
      ordinal ?? 0,
      input.form,
      input.lang,
      input.script,
      input.scheme ?? null,
      input.relation,
      input.note ?? null,
      clock.now().toISOString(),
    )
    const added = entityNames(db, input.entityId).find((n) => n.id === id)
    if (!added) throw new Error(`Name ${id} vanished after insert`)
    return added
  }

  function remove(id: string): { id: string } {
    const row = db.prepare<[string], { origin: string }>('SELECT origin FROM entity_names WHERE id = ?').get(id)
    if (!row) throw new AppError('record.not_found', `No entity name with id "${id}"`, 'id')
    if (row.origin !== 'user') {
      throw new AppError('record.read_only', `Name "${id}" is bundled reference data and cannot be removed`, 'id')
    }
    db.prepare('DELETE FROM entity_names WHERE id = ?').run(id)
    return { id }
  }

  return { add, remove }
}

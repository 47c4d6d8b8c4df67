import { uuidv7 } from 'uuidv7'
import { AppError } from '../../shared/api/errors'
import type { EntityName, NewEntityName } from '../../shared/model/entity'
import type { Db } from '../db/types'
import { notifyMaterialized } from '../materializeHooks'
import { assertExists } from '../events/references'
import { decodeHlc } from '../sync/hlc'
import { mergeRecord } from '../sync/merge'
import type { Op } from '../sync/op'
import type { OpStore } from '../sync/opStore'
import { entityNames } from './entityQueries'

/** Kind name of a researcher's own entity names (aliases) in the op log and sync files. */
export const ALIAS_KIND = 'entity_alias'

/**
 * The researcher's own name forms (an alias such as 金首相 for Kim Il Sung): added and removed
 * as ops, so they reach a colleague's laptop with the next sync file. Bundled names stay as shipped.
 */
export function createEntityNames(db: Db, ops: OpStore) {
  const upsert = db.prepare(
    `INSERT INTO entity_names (id, entity_id, ordinal, form, lang, script, scheme, relation, note, origin, created_at)
     VALUES (@id, @entityId, (SELECT coalesce(max(ordinal), -1) + 1 FROM entity_names WHERE entity_id = @entityId),
       @form, @lang, @script, @scheme, @relation, @note, 'user', @createdAt)
     ON CONFLICT (id) DO UPDATE SET form = excluded.form, lang = excluded.lang, script = excluded.script,
       scheme = excluded.scheme, relation = excluded.relation, note = excluded.note`,
  )

  function add(input: NewEntityName): EntityName {
    assertExists(db, 'entity', input.entityId, 'entityId')
    const duplicate = db
      .prepare('SELECT 1 FROM entity_names WHERE entity_id = ? AND form = ? AND lang = ? AND script = ?')
      .get(input.entityId, input.form, input.lang, input.script)
    if (duplicate) {
      throw new AppError('record.duplicate', `form: "${input.form}" (${input.lang}, ${input.script}) is already a name of ${input.entityId}`, 'form')
    }
    const id = uuidv7()
    db.transaction(() => {
      ops.append(ALIAS_KIND, id, { type: 'set', values: { ...input } })
      materialize(id)
    })()
    return entityNames(db, input.entityId).find((n) => n.id === id)!
  }

  function remove(id: string): { id: string } {
    const row = db.prepare<[string], { origin: string }>('SELECT origin FROM entity_names WHERE id = ?').get(id)
    if (!row) throw new AppError('record.not_found', `No entity name with id "${id}"`, 'id')
    if (row.origin !== 'user') throw new AppError('record.read_only', `Name "${id}" is bundled reference data and cannot be removed`, 'id')
    db.transaction(() => {
      ops.append(ALIAS_KIND, id, { type: 'delete' })
      materialize(id)
    })()
    return { id }
  }

  /** Rebuilds one alias row from its ops (or removes it); skips aliases of entities unknown here. */
  function materialize(id: string): void {
    const history = ops.opsOf(ALIAS_KIND, id)
    if (history.length === 0) return
    writeAlias(id, history)
    notifyMaterialized(db, 'alias', id)
  }

  function writeAlias(id: string, history: Op[]): void {
    const merged = mergeRecord(history)
    const v = merged.values as NewEntityName
    if (merged.deleted || !db.prepare('SELECT 1 FROM entities WHERE id = ?').get(v.entityId)) {
      db.prepare("DELETE FROM entity_names WHERE id = ? AND origin = 'user'").run(id)
      return
    }
    upsert.run({
      id,
      entityId: v.entityId,
      form: v.form,
      lang: v.lang,
      script: v.script,
      scheme: v.scheme ?? null,
      relation: v.relation ?? 'alias',
      note: v.note ?? null,
      createdAt: new Date(decodeHlc(history[0]!.hlc).wall).toISOString(),
    })
  }

  return { add, remove, materialize }
}

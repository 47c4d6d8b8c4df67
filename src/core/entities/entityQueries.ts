import { AppError } from '../../shared/api/errors'
import type { EntityDetail, EntityName, EntityRef, EntitySummary, EntityType } from '../../shared/model/entity'
import type { Db } from '../db/types'

interface EntityRow {
  id: string
  type: EntityType
  preferredName: string
  subtype: string | null
  description: string
  nameCount: number
  eventCount: number
}

const SUMMARY = `SELECT n.id, n.type, n.preferred_name AS preferredName, n.subtype, n.description,
  (SELECT count(*) FROM entity_names WHERE entity_id = n.id) AS nameCount,
  (SELECT count(DISTINCT event_id) FROM event_entities WHERE entity_id = n.id) AS eventCount
  FROM entities n`

/**
 * Entities by preferred name. `text` matches any name form in any script, so `金日成`,
 * `Ким Ир Сен` and a researcher's alias all find Kim Il Sung.
 */
export function listEntities(db: Db, filter: { type?: EntityType; text?: string }): EntitySummary[] {
  const where: string[] = []
  const params: Record<string, string> = {}
  if (filter.type) {
    where.push('n.type = @type')
    params.type = filter.type
  }
  if (filter.text) {
    where.push(`EXISTS (SELECT 1 FROM entity_names WHERE entity_id = n.id AND form LIKE @text ESCAPE '\\')`)
    params.text = `%${filter.text.replace(/[\\%_]/g, '\\$&')}%`
  }
  const sql = `${SUMMARY} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY n.preferred_name COLLATE NOCASE`
  return db.prepare<Record<string, string>, EntityRow>(sql).all(params)
}

/** One entity with all its names (bundled first, in shipped order, then the researcher's). */
export function getEntity(db: Db, id: string): EntityDetail {
  const row = db
    .prepare<[string], EntityRow & { dates_json: string; notes: string | null; confusable_json: string }>(
      `${SUMMARY.replace('FROM entities n', ', n.dates_json, n.notes, n.confusable_json FROM entities n')} WHERE n.id = ?`,
    )
    .get(id)
  if (!row) throw new AppError('record.not_found', `No entity with id "${id}"`, 'id')
  const { dates_json, notes, confusable_json, ...summary } = row
  const confusable = JSON.parse(confusable_json) as string[]
  return {
    ...summary,
    dates: JSON.parse(dates_json) as Record<string, string>,
    notes,
    confusableWith: confusable.map((other) => entityRef(db, other)).filter((r): r is EntityRef => r !== undefined),
    names: entityNames(db, id),
  }
}

/** The names of an entity in display order. */
export function entityNames(db: Db, entityId: string): EntityName[] {
  return db
    .prepare<[string], Omit<EntityName, 'preferred'> & { preferred: number }>(
      `SELECT id, form, lang, script, scheme, relation, note, preferred, valid_from AS validFrom,
         valid_to AS validTo, origin
       FROM entity_names WHERE entity_id = ? ORDER BY origin = 'user', ordinal, created_at`,
    )
    .all(entityId)
    .map((n) => ({ ...n, preferred: n.preferred === 1 }))
}

function entityRef(db: Db, id: string): EntityRef | undefined {
  return db
    .prepare<[string], EntityRef>('SELECT id, type, preferred_name AS preferredName FROM entities WHERE id = ?')
    .get(id)
}

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
 * `Ким Ир Сен` and a researcher's alias all find Kim Il Sung. With `text`, entities one of whose
 * names is exactly the text (in any script or romanization, ignoring case, diacritics, spaces and
 * hyphens) come first, then those with a name starting with it, then the rest: `김일성` ranks Kim
 * Il Sung above Juche, whose names merely contain it.
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
  const rows = db.prepare<Record<string, string>, EntityRow>(sql).all(params)
  return filter.text ? rankByName(db, rows, filter.text) : rows
}

/** A name reduced for comparison: no case, diacritics, breves, apostrophes, hyphens or spaces. */
export function nameKey(form: string): string {
  return form
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-‐'’ʼʻ`.·]/gu, '')
}

/** Exact name matches first, then names starting with the text, then the rest; a stable sort keeps the name order within each. */
function rankByName(db: Db, rows: EntityRow[], text: string): EntityRow[] {
  const wanted = nameKey(text)
  const forms = db.prepare<[string], { form: string }>('SELECT form FROM entity_names WHERE entity_id = ?')
  const rank = (row: EntityRow): number => {
    const keys = [row.preferredName, ...forms.all(row.id).map((n) => n.form)].map(nameKey)
    if (keys.includes(wanted)) return 0
    return keys.some((key) => key.startsWith(wanted)) ? 1 : 2
  }
  return rows
    .map((row) => ({ row, rank: rank(row) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ row }) => row)
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

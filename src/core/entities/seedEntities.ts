import type { Db } from '../db/types'
import { contentHash } from '../events/contentHash'
import type { SeedEntity } from './referenceEntities'

/**
 * Brings the bundled entities and their names up to the shipped reference data. Only rows whose
 * content changed are written, so running it again changes nothing; the researcher's own names
 * are never touched, and a bundled entity that is no longer shipped is kept while anything of
 * the researcher's still points at it.
 */
export function seedEntities(db: Db, entities: readonly SeedEntity[]): void {
  const upsert = db.prepare(
    `INSERT INTO entities (id, type, subtype, preferred_name, description, dates_json, notes, confusable_json,
       origin, ref_hash)
     VALUES (@id, @type, @subtype, @preferredName, @description, @dates, @notes, @confusable, 'bundled', @hash)
     ON CONFLICT (id) DO UPDATE SET type = excluded.type, subtype = excluded.subtype,
       preferred_name = excluded.preferred_name, description = excluded.description,
       dates_json = excluded.dates_json, notes = excluded.notes, confusable_json = excluded.confusable_json,
       ref_hash = excluded.ref_hash
     WHERE entities.origin = 'bundled' AND entities.ref_hash IS NOT excluded.ref_hash`,
  )
  const dropNames = db.prepare(`DELETE FROM entity_names WHERE entity_id = ? AND origin = 'bundled'`)
  const insertName = db.prepare(
    `INSERT INTO entity_names (id, entity_id, ordinal, form, lang, script, scheme, relation, note, preferred,
       valid_from, valid_to, origin)
     VALUES (@id, @entityId, @ordinal, @form, @lang, @script, @scheme, @relation, @note, @preferred,
       @validFrom, @validTo, 'bundled')`,
  )
  for (const entity of entities) {
    const changed = upsert.run({
      id: entity.id,
      type: entity.type,
      subtype: entity.subtype ?? null,
      preferredName: entity.preferred_name,
      description: entity.description,
      dates: JSON.stringify(entity.dates ?? {}),
      notes: entity.notes ?? null,
      confusable: JSON.stringify(entity.confusable_with ?? []),
      hash: contentHash(entity),
    }).changes
    if (changed === 0) continue
    dropNames.run(entity.id)
    entity.names.forEach((name, ordinal) =>
      insertName.run({
        id: `${entity.id}#${ordinal}`,
        entityId: entity.id,
        ordinal,
        form: name.form,
        lang: name.lang,
        script: name.script,
        scheme: name.scheme ?? null,
        relation: name.relation ?? null,
        note: name.note ?? null,
        preferred: name.preferred ? 1 : 0,
        validFrom: name.valid_from ?? null,
        validTo: name.valid_to ?? null,
      }),
    )
  }
}

/** Deletes bundled entities no longer shipped, unless an event or a researcher's name still uses them. */
export function retireEntities(db: Db, shipped: readonly string[]): void {
  const unused = `origin = 'bundled' AND id NOT IN (SELECT value FROM json_each(?))
    AND NOT EXISTS (SELECT 1 FROM event_entities WHERE entity_id = entities.id)
    AND NOT EXISTS (SELECT 1 FROM entity_names WHERE entity_id = entities.id AND origin = 'user')`
  const ids = JSON.stringify(shipped)
  db.prepare(
    `DELETE FROM entity_names WHERE origin = 'bundled' AND entity_id IN (SELECT id FROM entities WHERE ${unused})`,
  ).run(ids)
  db.prepare(`DELETE FROM entities WHERE ${unused}`).run(ids)
}

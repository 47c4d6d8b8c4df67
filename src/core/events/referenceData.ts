import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Essay } from '../../shared/model/essay'
import type { Db } from '../db/types'
import { SeedEntities, type SeedEntity } from '../entities/referenceEntities'
import { retireEntities, seedEntities } from '../entities/seedEntities'
import { deriveParagraphLinks } from './derivedParagraphs'
import { SeedEvents, type SeedEvent } from './referenceEvents'
import { retireEvents, seedEvents } from './seedEvents'

/** The events and entities the app ships in resources/seed, with one hash over both and the essay. */
export interface ReferenceData {
  events: SeedEvent[]
  entities: SeedEntity[]
  sha256: string
}

const META_KEY = 'reference_data_sha256'

/** Reads and checks resources/seed/events.json and entities.json; a malformed file names itself. */
export function loadReferenceData(resourcesDir: string, essay: Essay): ReferenceData {
  const read = (file: string): Buffer => readFileSync(join(resourcesDir, 'seed', file))
  const eventsBytes = read('events.json')
  const entitiesBytes = read('entities.json')
  const parse = <T>(file: string, bytes: Buffer, schema: { parse(v: unknown): T }): T => {
    try {
      return schema.parse(JSON.parse(bytes.toString('utf8')))
    } catch (error) {
      throw new Error(`Bundled reference data ${file} is malformed: ${(error as Error).message}`, { cause: error })
    }
  }
  const sha256 = createHash('sha256').update(eventsBytes).update(entitiesBytes).update(essay.sha256).digest('hex')
  return {
    events: parse('events.json', eventsBytes, SeedEvents),
    entities: parse('entities.json', entitiesBytes, SeedEntities),
    sha256,
  }
}

/**
 * Loads the reference data on first run and again whenever the shipped data (or the essay it
 * links to) changes. Bundled rows are brought up to date; the researcher's rows are never
 * touched. Returns whether anything was (re)seeded; `force` re-runs even for an unchanged hash.
 */
export function seedReferenceData(db: Db, data: ReferenceData, essay: Essay, force = false): boolean {
  const stored = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(META_KEY)
  if (!force && stored?.value === data.sha256) return false
  db.transaction(() => {
    seedEntities(db, data.entities)
    seedEvents(db, data.events)
    retireEvents(db, data.events.map((e) => e.id))
    retireEntities(db, data.entities.map((e) => e.id))
    writeDerivedLinks(db, data, essay)
    db.prepare(
      `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
       WHERE value IS NOT excluded.value`,
    ).run(META_KEY, data.sha256)
  })()
  return true
}

function writeDerivedLinks(db: Db, data: ReferenceData, essay: Essay): void {
  const wanted = deriveParagraphLinks(data.events, data.entities, essay)
  db.prepare(
    `DELETE FROM event_paragraphs WHERE derived = 1 AND (event_id, paragraph_id) NOT IN
       (SELECT json_extract(value, '$.eventId'), json_extract(value, '$.paragraphId') FROM json_each(?))`,
  ).run(JSON.stringify(wanted))
  const insert = db.prepare(
    `INSERT OR IGNORE INTO event_paragraphs (event_id, paragraph_id, derived, origin)
     SELECT ?, ?, 1, 'bundled' WHERE EXISTS (SELECT 1 FROM events WHERE id = ? AND origin = 'bundled')`,
  )
  for (const link of wanted) insert.run(link.eventId, link.paragraphId, link.eventId)
}

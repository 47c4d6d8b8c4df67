import type { Db } from '../db/types'
import { contentHash } from './contentHash'
import { eventSpan } from './dates'
import type { SeedEvent } from './referenceEvents'

/**
 * Brings the bundled events and their links up to the shipped reference data, writing only
 * events whose content changed, so a second run changes nothing. A researcher's event that
 * happens to share an id with a bundled one wins: the bundled row is skipped.
 */
export function seedEvents(db: Db, events: readonly SeedEvent[]): void {
  const upsert = db.prepare(
    `INSERT INTO events (id, date, end_date, precision, earliest, latest, uncertain, title, summary, kind,
       sources_json, source_checked, note, origin, ref_hash)
     VALUES (@id, @date, @endDate, @precision, @earliest, @latest, @uncertain, @title, @summary, @kind,
       @sources, @sourceChecked, @note, 'bundled', @hash)
     ON CONFLICT (id) DO UPDATE SET date = excluded.date, end_date = excluded.end_date,
       precision = excluded.precision, earliest = excluded.earliest, latest = excluded.latest,
       uncertain = excluded.uncertain, title = excluded.title, summary = excluded.summary, kind = excluded.kind,
       sources_json = excluded.sources_json, source_checked = excluded.source_checked, note = excluded.note,
       ref_hash = excluded.ref_hash
     WHERE events.origin = 'bundled' AND events.ref_hash IS NOT excluded.ref_hash`,
  )
  const dropLinks = [
    db.prepare('DELETE FROM event_entities WHERE event_id = ?'),
    db.prepare('DELETE FROM event_sections WHERE event_id = ?'),
  ]
  const insertLinks = linkWriter(db)
  for (const event of events) {
    const span = eventSpan(event.date, event.end_date)
    const changed = upsert.run({
      id: event.id,
      date: event.date,
      endDate: event.end_date ?? null,
      ...span,
      uncertain: event.uncertain ? 1 : 0,
      title: event.title,
      summary: event.summary,
      kind: event.kind,
      sources: JSON.stringify(event.sources),
      sourceChecked: event.source_checked ? 1 : 0,
      note: event.note ?? null,
      hash: contentHash(event),
    }).changes
    if (changed === 0) continue
    for (const drop of dropLinks) drop.run(event.id)
    insertLinks(event.id, {
      actors: event.actors,
      places: event.places,
      topics: event.topics ?? [],
      sections: event.essay_sections,
    })
  }
}

export interface EventLinks {
  actors: readonly string[]
  places: readonly string[]
  topics: readonly string[]
  sections: readonly string[]
}

/** Writes an event's entity and section links (the caller has removed the old ones). */
export function linkWriter(db: Db): (eventId: string, links: EventLinks) => void {
  const entity = db.prepare('INSERT INTO event_entities (event_id, entity_id, role, ordinal) VALUES (?, ?, ?, ?)')
  const section = db.prepare('INSERT INTO event_sections (event_id, section_slug, ordinal) VALUES (?, ?, ?)')
  return (eventId, links) => {
    links.actors.forEach((id, i) => entity.run(eventId, id, 'actor', i))
    links.places.forEach((id, i) => entity.run(eventId, id, 'place', i))
    links.topics.forEach((id, i) => entity.run(eventId, id, 'topic', i))
    links.sections.forEach((slug, i) => section.run(eventId, slug, i))
  }
}

/** Deletes bundled events no longer shipped, unless the researcher annotated or linked them. */
export function retireEvents(db: Db, shipped: readonly string[]): void {
  db.prepare(
    `DELETE FROM events WHERE origin = 'bundled' AND id NOT IN (SELECT value FROM json_each(?))
       AND NOT EXISTS (SELECT 1 FROM event_annotations WHERE event_id = events.id)
       AND NOT EXISTS (SELECT 1 FROM event_paragraphs WHERE event_id = events.id AND origin = 'user')`,
  ).run(JSON.stringify(shipped))
}

import { uuidv7 } from 'uuidv7'
import { AppError } from '../../shared/api/errors'
import type { EventAnnotation, EventDetail, EventFields, NewEvent } from '../../shared/model/event'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import { eventSpan } from './dates'
import { getEvent } from './eventQueries'
import { assertExists } from './references'
import { linkWriter } from './seedEvents'

/** The researcher's own events: created, changed and deleted here; bundled ones only annotated. */
export function createEventService(db: Db, clock: Clock) {
  const writeLinks = linkWriter(db)

  function create(input: NewEvent): EventDetail {
    const id = input.id ?? `user-${uuidv7()}`
    if (db.prepare('SELECT 1 FROM events WHERE id = ?').get(id)) {
      throw new AppError('record.duplicate', `id: an event "${id}" already exists`, 'id')
    }
    const fields = checked(input)
    const now = clock.now().toISOString()
    db.transaction(() => {
      db.prepare(
        `INSERT INTO events (id, date, end_date, precision, earliest, latest, uncertain, title, summary, kind,
           sources_json, note, origin, created_at, updated_at)
         VALUES (@id, @date, @endDate, @precision, @earliest, @latest, @uncertain, @title, @summary, @kind,
           @sources, @note, 'user', @now, @now)`,
      ).run({ id, ...columns(fields), now })
      replaceLinks(id, fields)
    })()
    return getEvent(db, id)
  }

  function update(id: string, changes: Partial<EventFields>): EventDetail {
    const current = ownEvent(id, 'changed')
    const fields = checked({ ...current, ...changes })
    db.transaction(() => {
      db.prepare(
        `UPDATE events SET date = @date, end_date = @endDate, precision = @precision, earliest = @earliest,
           latest = @latest, uncertain = @uncertain, title = @title, summary = @summary, kind = @kind,
           sources_json = @sources, note = @note, updated_at = @now
         WHERE id = @id`,
      ).run({ id, ...columns(fields), now: clock.now().toISOString() })
      replaceLinks(id, fields)
    })()
    return getEvent(db, id)
  }

  function remove(id: string): { id: string } {
    ownEvent(id, 'deleted')
    db.prepare('DELETE FROM events WHERE id = ?').run(id)
    return { id }
  }

  function annotate(eventId: string, note: string): EventAnnotation {
    getEvent(db, eventId)
    const annotation = { id: uuidv7(), note, createdAt: clock.now().toISOString() }
    db.prepare('INSERT INTO event_annotations (id, event_id, note, created_at) VALUES (?, ?, ?, ?)').run(
      annotation.id,
      eventId,
      annotation.note,
      annotation.createdAt,
    )
    return annotation
  }

  /** The event's current fields, refusing bundled events with `record.read_only`. */
  function ownEvent(id: string, verb: string): EventFields {
    const event = getEvent(db, id)
    if (event.origin !== 'user') {
      throw new AppError(
        'record.read_only',
        `"${id}" is bundled reference data and cannot be ${verb}; add an annotation instead`,
        'id',
      )
    }
    const ofUser = (links: { paragraphId: string; origin: string }[]): string[] =>
      links.filter((l) => l.origin === 'user').map((l) => l.paragraphId)
    return {
      date: event.date,
      endDate: event.endDate ?? undefined,
      uncertain: event.uncertain,
      title: event.title,
      summary: event.summary,
      kind: event.kind,
      sources: event.sources,
      note: event.note ?? undefined,
      actors: event.actors.map((e) => e.id),
      places: event.places.map((e) => e.id),
      topics: event.topics.map((e) => e.id),
      sections: event.sections.map((s) => s.slug),
      paragraphs: ofUser(event.paragraphs),
    }
  }

  /** Validates dates and every referenced entity, section and paragraph; dedupes the lists. */
  function checked(fields: EventFields): EventFields & { span: ReturnType<typeof eventSpan> } {
    const span = eventSpan(fields.date, fields.endDate)
    const lists = {
      actors: [...new Set(fields.actors)],
      places: [...new Set(fields.places)],
      topics: [...new Set(fields.topics)],
      sections: [...new Set(fields.sections)],
      paragraphs: [...new Set(fields.paragraphs)],
    }
    for (const role of ['actors', 'places', 'topics'] as const) {
      lists[role].forEach((id, i) => assertExists(db, 'entity', id, `${role}.${i}`))
    }
    lists.sections.forEach((slug, i) => assertExists(db, 'section', slug, `sections.${i}`))
    lists.paragraphs.forEach((pid, i) => assertExists(db, 'paragraph', pid, `paragraphs.${i}`))
    return { ...fields, ...lists, span }
  }

  function replaceLinks(id: string, fields: EventFields): void {
    db.prepare('DELETE FROM event_entities WHERE event_id = ?').run(id)
    db.prepare('DELETE FROM event_sections WHERE event_id = ?').run(id)
    db.prepare('DELETE FROM event_paragraphs WHERE event_id = ?').run(id)
    writeLinks(id, fields)
    const paragraph = db.prepare(
      `INSERT INTO event_paragraphs (event_id, paragraph_id, derived, origin) VALUES (?, ?, 0, 'user')`,
    )
    for (const pid of fields.paragraphs) paragraph.run(id, pid)
  }

  return { create, update, remove, annotate }
}

function columns(fields: EventFields & { span: ReturnType<typeof eventSpan> }) {
  return {
    date: fields.date,
    endDate: fields.endDate ?? null,
    ...fields.span,
    uncertain: fields.uncertain ? 1 : 0,
    title: fields.title,
    summary: fields.summary,
    kind: fields.kind,
    sources: JSON.stringify(fields.sources),
    note: fields.note ?? null,
  }
}

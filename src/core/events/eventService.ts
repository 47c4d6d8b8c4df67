import { uuidv7 } from 'uuidv7'
import { AppError } from '../../shared/api/errors'
import { EventFields, type EventAnnotation, type EventDetail, type NewEvent } from '../../shared/model/event'
import type { Db } from '../db/types'
import { notifyMaterialized } from '../materializeHooks'
import { decodeHlc } from '../sync/hlc'
import { canonical, mergeRecord } from '../sync/merge'
import type { Op } from '../sync/op'
import type { OpStore } from '../sync/opStore'
import { eventSpan } from './dates'
import { getEvent } from './eventQueries'
import { assertExists } from './references'
import { linkWriter } from './seedEvents'

/** Kind names of the researcher's events and annotations in the op log and sync files. */
export const USER_EVENT_KIND = 'user_event'
export const ANNOTATION_KIND = 'event_annotation'

const instant = (hlc: string): string => new Date(decodeHlc(hlc.replace(/:stub$/, '')).wall).toISOString()

/**
 * The researcher's own events (created, changed, deleted) and annotations on any event. Every
 * change is an op, and the tables are rebuilt from the ops, so a colleague's import produces
 * exactly the rows a local edit would.
 */
export function createEventService(db: Db, ops: OpStore) {
  const writeLinks = linkWriter(db)
  const upsert = db.prepare(
    `INSERT INTO events (id, date, end_date, precision, earliest, latest, uncertain, title, summary, kind,
       sources_json, note, origin, created_at, updated_at)
     VALUES (@id, @date, @endDate, @precision, @earliest, @latest, @uncertain, @title, @summary, @kind,
       @sources, @note, 'user', @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET date = excluded.date, end_date = excluded.end_date, precision = excluded.precision,
       earliest = excluded.earliest, latest = excluded.latest, uncertain = excluded.uncertain, title = excluded.title,
       summary = excluded.summary, kind = excluded.kind, sources_json = excluded.sources_json, note = excluded.note,
       updated_at = excluded.updated_at
     WHERE events.origin = 'user'`,
  )
  const insertAnnotation = db.prepare('INSERT OR IGNORE INTO event_annotations (id, event_id, note, created_at) VALUES (?, ?, ?, ?)')

  function create(input: NewEvent): EventDetail {
    const { id: given, ...typed } = input
    const id = given ?? `user-${uuidv7()}`
    if (db.prepare('SELECT 1 FROM events WHERE id = ?').get(id)) {
      throw new AppError('record.duplicate', `id: an event "${id}" already exists`, 'id')
    }
    const fields = checkReferences(checkDates(typed))
    db.transaction(() => {
      ops.append(USER_EVENT_KIND, id, { type: 'set', values: fields })
      materialize(id)
    })()
    return getEvent(db, id)
  }

  function update(id: string, changes: Partial<EventFields>): EventDetail {
    const current = ownFields(id, 'changed')
    const next = checkReferences(checkDates({ ...current, ...changes }))
    // A field emptied by the change is written as null, which clears it on every laptop.
    const keys = [...new Set([...Object.keys(current), ...Object.keys(next)])] as (keyof EventFields)[]
    const changed = Object.fromEntries(
      keys.filter((key) => canonical(next[key]) !== canonical(current[key])).map((key) => [key, next[key] ?? null]),
    )
    if (Object.keys(changed).length === 0) return getEvent(db, id)
    db.transaction(() => {
      ops.append(USER_EVENT_KIND, id, { type: 'set', values: changed })
      materialize(id)
    })()
    return getEvent(db, id)
  }

  function remove(id: string): { id: string } {
    ownFields(id, 'deleted')
    db.transaction(() => {
      ops.append(USER_EVENT_KIND, id, { type: 'delete' })
      materialize(id)
    })()
    return { id }
  }

  function annotate(eventId: string, note: string): EventAnnotation {
    getEvent(db, eventId)
    const id = uuidv7()
    db.transaction(() => {
      ops.append(ANNOTATION_KIND, id, { type: 'set', values: { event_id: eventId, note } })
      materializeAnnotation(id)
    })()
    return getEvent(db, eventId).annotations.find((a) => a.id === id)!
  }

  /**
   * Deletes (`restore` false) or brings back a note on an event, as an op like any other change,
   * so the removal and the undo both reach colleagues. Refuses a note this library does not have.
   */
  function setNoteDeleted(id: string, deleted: boolean): { id: string; eventId: string } {
    const history = ops.opsOf(ANNOTATION_KIND, id)
    if (history.length === 0) throw new AppError('record.not_found', `There is no note on an event with id "${id}"`, 'id', { reason: 'eventNote.unknown' })
    const merged = mergeRecord(history)
    const eventId = (merged.values as { event_id: string }).event_id
    if (merged.deleted !== deleted) {
      db.transaction(() => {
        ops.append(ANNOTATION_KIND, id, { type: deleted ? 'delete' : 'restore' })
        materializeAnnotation(id)
      })()
    }
    return { id, eventId }
  }

  /** Rebuilds a user event from its ops: the row, its links, or its removal. */
  function materialize(id: string): void {
    const history = ops.opsOf(USER_EVENT_KIND, id)
    if (history.length === 0) return
    writeEvent(id, history)
    notifyMaterialized(db, 'event', id)
  }

  function writeEvent(id: string, history: Op[]): void {
    const merged = mergeRecord(history)
    if (merged.deleted) {
      db.prepare("DELETE FROM events WHERE id = ? AND origin = 'user'").run(id)
      return
    }
    const fields = checkDates(EventFields.parse(merged.values))
    const span = eventSpan(fields.date, fields.endDate)
    upsert.run({
      id,
      date: fields.date,
      endDate: fields.endDate ?? null,
      ...span,
      uncertain: fields.uncertain ? 1 : 0,
      title: fields.title,
      summary: fields.summary,
      kind: fields.kind,
      sources: JSON.stringify(fields.sources),
      note: fields.note ?? null,
      createdAt: instant(history[0]!.hlc),
      updatedAt: instant(merged.updatedHlc),
    })
    for (const table of ['event_entities', 'event_sections', 'event_paragraphs']) db.prepare(`DELETE FROM ${table} WHERE event_id = ?`).run(id)
    writeLinks(id, fields)
    const paragraph = db.prepare(`INSERT INTO event_paragraphs (event_id, paragraph_id, derived, origin) VALUES (?, ?, 0, 'user')`)
    for (const pid of fields.paragraphs) paragraph.run(id, pid)
  }

  function materializeAnnotation(id: string): void {
    const history = ops.opsOf(ANNOTATION_KIND, id)
    if (history.length === 0) return
    const merged = mergeRecord(history)
    if (merged.deleted) {
      db.prepare('DELETE FROM event_annotations WHERE id = ?').run(id)
      return
    }
    const values = merged.values as { event_id: string; note: string }
    if (db.prepare('SELECT 1 FROM events WHERE id = ?').get(values.event_id)) {
      insertAnnotation.run(id, values.event_id, values.note, instant(history[0]!.hlc))
    }
  }

  /** The event's current fields, refusing bundled events with `record.read_only`. */
  function ownFields(id: string, verb: string): EventFields {
    const event = getEvent(db, id)
    if (event.origin !== 'user') {
      throw new AppError('record.read_only', `"${id}" is bundled reference data and cannot be ${verb}; add an annotation instead`, 'id')
    }
    const history = ops.opsOf(USER_EVENT_KIND, id)
    return EventFields.parse(mergeRecord(history).values)
  }

  /** Throws on an impossible date or an end before the start. */
  function checkDates<T extends EventFields>(fields: T): T {
    eventSpan(fields.date, fields.endDate)
    return fields
  }

  /** Validates every referenced entity, section and paragraph (naming the field at fault) and dedupes the lists. */
  function checkReferences<T extends EventFields>(fields: T): T {
    const unique = <V>(values: V[]): V[] => [...new Set(values)]
    const lists = {
      actors: unique(fields.actors),
      places: unique(fields.places),
      topics: unique(fields.topics),
      sections: unique(fields.sections),
      paragraphs: unique(fields.paragraphs),
    }
    for (const role of ['actors', 'places', 'topics'] as const) {
      lists[role].forEach((id, i) => assertExists(db, 'entity', id, `${role}.${i}`))
    }
    lists.sections.forEach((slug, i) => assertExists(db, 'section', slug, `sections.${i}`))
    lists.paragraphs.forEach((pid, i) => assertExists(db, 'paragraph', pid, `paragraphs.${i}`))
    return { ...fields, ...lists }
  }

  return { create, update, remove, annotate, setNoteDeleted, materialize, materializeAnnotation, checkReferences }
}

export type EventService = ReturnType<typeof createEventService>

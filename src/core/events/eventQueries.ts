import { AppError } from '../../shared/api/errors'
import type { EntityRef } from '../../shared/model/entity'
import type { EssayEventCounts, EventDetail, EventFilter, EventSummary } from '../../shared/model/event'
import { memoized } from '../../shared/memoized'
import type { Db } from '../db/types'
import { resolveDateRange } from './dateRange'
import { assertExists } from './references'
import { sourceDating } from './sourceDates'

interface SummaryRow {
  id: string
  date: string
  end_date: string | null
  precision: EventSummary['precision']
  earliest: string
  latest: string
  uncertain: number
  title: string
  kind: EventSummary['kind']
  origin: EventSummary['origin']
  actors: string
  sections: string
  sources_json: string
  note: string | null
}

const SUMMARY_COLUMNS = `e.id, e.date, e.end_date, e.precision, e.earliest, e.latest, e.uncertain, e.title, e.kind,
  e.origin, e.sources_json, e.note,
  (SELECT json_group_array(entity_id) FROM (SELECT entity_id FROM event_entities
    WHERE event_id = e.id AND role = 'actor' ORDER BY ordinal)) AS actors,
  (SELECT json_group_array(section_slug) FROM (SELECT section_slug FROM event_sections
    WHERE event_id = e.id ORDER BY ordinal)) AS sections`

/**
 * Events in date order (earliest possible day first). A date range keeps events whose span
 * overlaps it, so `from: '1956', to: '1958'` keeps everything touching 1956-01-01..1958-12-31;
 * `overlapDays` widens it and coarser-dated events need `includeCoarser` (see resolveDateRange).
 */
export function listEvents(db: Db, filter: EventFilter): EventSummary[] {
  const where: string[] = []
  const params: Record<string, string> = {}
  const range = resolveDateRange(filter, { from: 'from', to: 'to' })
  if (range.earliest) {
    where.push('e.latest >= @from')
    params.from = range.earliest
  }
  if (range.latest) {
    where.push('e.earliest <= @to')
    params.to = range.latest
  }
  if (range.precisions) {
    where.push('e.precision IN (SELECT value FROM json_each(@precisions))')
    params.precisions = JSON.stringify(range.precisions)
  }
  if (filter.kinds) {
    where.push('e.kind IN (SELECT value FROM json_each(@kinds))')
    params.kinds = JSON.stringify(filter.kinds)
  }
  if (filter.actor) {
    assertExists(db, 'entity', filter.actor, 'actor')
    where.push(`EXISTS (SELECT 1 FROM event_entities WHERE event_id = e.id AND role = 'actor' AND entity_id = @actor)`)
    params.actor = filter.actor
  }
  if (filter.section) {
    assertExists(db, 'section', filter.section, 'section')
    where.push('EXISTS (SELECT 1 FROM event_sections WHERE event_id = e.id AND section_slug = @section)')
    params.section = filter.section
  }
  if (filter.paragraph) {
    assertExists(db, 'paragraph', filter.paragraph, 'paragraph')
    where.push('EXISTS (SELECT 1 FROM event_paragraphs WHERE event_id = e.id AND paragraph_id = @paragraph)')
    params.paragraph = filter.paragraph
  }
  ;(filter.text ?? '').split(/\s+/).filter(Boolean).forEach((word, i) => {
    where.push(`(e.title LIKE @w${i} ESCAPE '\\' OR e.summary LIKE @w${i} ESCAPE '\\' OR e.note LIKE @w${i} ESCAPE '\\')`)
    params[`w${i}`] = `%${word.replace(/[\\%_]/g, '\\$&')}%`
  })
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM events e
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY e.earliest, e.latest, e.id`
  return db.prepare<Record<string, string>, SummaryRow>(sql).all(params).map(toSummary)
}

/** Summaries of the events an entity takes part in, in any role. */
export function eventsOfEntity(db: Db, entityId: string): EventSummary[] {
  return db
    .prepare<[string], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM events e
       WHERE e.id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)
       ORDER BY e.earliest, e.latest, e.id`,
    )
    .all(entityId)
    .map(toSummary)
}

/** One event with everything the detail panel shows; `record.not_found` if there is none. */
export function getEvent(db: Db, id: string): EventDetail {
  const row = db
    .prepare<[string], SummaryRow & { summary: string; source_checked: number }>(
      `SELECT ${SUMMARY_COLUMNS}, e.summary, e.source_checked FROM events e WHERE e.id = ?`,
    )
    .get(id)
  if (!row) throw new AppError('record.not_found', `No event with id "${id}"`, 'id')
  const entities = db
    .prepare<[string], EntityRef & { role: string }>(
      `SELECT n.id, n.type, n.preferred_name AS preferredName, l.role FROM event_entities l
       JOIN entities n ON n.id = l.entity_id WHERE l.event_id = ? ORDER BY l.role, l.ordinal`,
    )
    .all(id)
  const byRole = (role: string): EntityRef[] =>
    entities.filter((e) => e.role === role).map(({ id, type, preferredName }) => ({ id, type, preferredName }))
  return {
    ...toSummary(row),
    summary: row.summary,
    sources: JSON.parse(row.sources_json) as string[],
    sourceChecked: row.source_checked === 1,
    note: row.note,
    actors: byRole('actor'),
    places: byRole('place'),
    topics: byRole('topic'),
    sections: db
      .prepare<[string], { slug: string; title: string }>(
        `SELECT s.slug, s.title FROM event_sections l JOIN essay_sections s ON s.slug = l.section_slug
         WHERE l.event_id = ? ORDER BY s.ordinal`,
      )
      .all(id),
    paragraphs: db
      .prepare<[string], { paragraphId: string; derived: number; origin: 'bundled' | 'user' }>(
        `SELECT l.paragraph_id AS paragraphId, l.derived, l.origin FROM event_paragraphs l
         JOIN essay_paragraphs p ON p.id = l.paragraph_id JOIN essay_sections s ON s.slug = p.section_slug
         WHERE l.event_id = ? ORDER BY s.ordinal, p.ordinal`,
      )
      .all(id)
      .map((p) => ({ ...p, derived: p.derived === 1 })),
    annotations: db
      .prepare<[string], { id: string; note: string; createdAt: string }>(
        'SELECT id, note, created_at AS createdAt FROM event_annotations WHERE event_id = ? ORDER BY created_at, id',
      )
      .all(id),
  }
}

/** How many events bear on each section (its section links) and each paragraph (paragraph links). */
export function essayEventCounts(db: Db): EssayEventCounts {
  const count = (sql: string): Record<string, number> =>
    Object.fromEntries(db.prepare<[], { key: string; n: number }>(sql).all().map((r) => [r.key, r.n]))
  return {
    sections: count('SELECT section_slug AS key, count(*) AS n FROM event_sections GROUP BY section_slug'),
    paragraphs: count('SELECT paragraph_id AS key, count(*) AS n FROM event_paragraphs GROUP BY paragraph_id'),
  }
}

/**
 * Reading the days out of an event's sources takes about 20 µs; the timeline lists every event
 * on each change of its filters, so the reading is remembered by what it depends on.
 */
const datingOf = memoized((key: string) => {
  const [sourcesJson, note, earliest, latest] = JSON.parse(key) as [string, string | null, string, string]
  return sourceDating(JSON.parse(sourcesJson) as string[], note, { earliest, latest })
})

function toSummary(row: SummaryRow): EventSummary {
  return {
    id: row.id,
    date: row.date,
    endDate: row.end_date,
    precision: row.precision,
    earliest: row.earliest,
    latest: row.latest,
    uncertain: row.uncertain === 1,
    title: row.title,
    kind: row.kind,
    origin: row.origin,
    actorIds: JSON.parse(row.actors) as string[],
    sectionSlugs: JSON.parse(row.sections) as string[],
    ...datingOf(JSON.stringify([row.sources_json, row.note, row.earliest, row.latest])),
  }
}

import type { z } from 'zod'
import type { FindingMark, FindingTimelineInput } from '../../shared/api/contract/findings'
import type { Db } from '../db/types'
import { resolveDateRange } from '../events/dateRange'
import { filterSql } from './findingQueries'

type TimelineFilter = z.output<typeof FindingTimelineInput>

type MarkRow = Omit<FindingMark, 'stances'>

/**
 * Every finding not in the Trash, in document-date order, with only what the time axis needs.
 * The filters are the findings list's, plus `entity_id` (findings that name an entity), so the
 * timeline's actor filter narrows findings as it narrows events.
 */
export function createFindingTimeline(db: Db) {
  // One pass over the claims beats a subquery per finding when the axis holds 100,000 of them.
  const stanceRows = db.prepare<[], { finding_id: string; stances: string }>(
    `SELECT c.finding_id, group_concat(DISTINCT c.stance) AS stances FROM finding_claims c
     JOIN findings f ON f.id = c.finding_id WHERE f.deleted = 0 AND c.stance IS NOT NULL GROUP BY c.finding_id`,
  )

  return function timeline(filter: TimelineFilter): FindingMark[] {
    const { entity_id: entityId, date_from, date_to, date_overlap_days, include_coarser_dates, ...listFilter } = filter
    const range = resolveDateRange(
      { from: date_from, to: date_to, overlapDays: date_overlap_days, includeCoarser: include_coarser_dates },
      { from: 'date_from', to: 'date_to' },
    )
    const { where, params } = filterSql({ ...listFilter, date_from: range.earliest, date_to: range.latest, deleted: false })
    const entityClause = entityId
      ? " AND EXISTS (SELECT 1 FROM finding_links l WHERE l.finding_id = f.id AND l.target_kind = 'entity' AND l.target_id = @entity_id)"
      : ''
    const precisionClause = range.precisions
      ? " AND json_extract(f.data, '$.doc_date_precision') IN (SELECT value FROM json_each(@precisions))"
      : ''
    if (range.precisions) params.precisions = JSON.stringify(range.precisions)
    const rows = db
      .prepare<Record<string, unknown>, MarkRow>(
        `SELECT f.id, f.title, f.doc_date, f.date_start, f.date_end, f.repository_id,
           json_extract(f.data, '$.doc_date_precision') AS precision,
           json_extract(f.data, '$.doc_date_certainty') AS certainty
         FROM findings f WHERE ${where}${entityClause}${precisionClause} ORDER BY f.date_start, f.id`,
      )
      .all(entityId ? { ...params, entity_id: entityId } : params)
    const stances = new Map(stanceRows.all().map((row) => [row.finding_id, row.stances.split(',') as FindingMark['stances']]))
    return rows.map((row) => ({ ...row, stances: stances.get(row.id) ?? [] }))
  }
}

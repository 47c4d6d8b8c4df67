import type { z } from 'zod'
import type { FindingMark, FindingTimelineInput } from '../../shared/api/contract/findings'
import type { Db } from '../db/types'
import { filterSql } from './findingQueries'

type TimelineFilter = z.output<typeof FindingTimelineInput>

interface MarkRow extends Omit<FindingMark, 'stances'> {
  stances: string | null
}

/**
 * Every finding not in the Trash, in document-date order, with only what the time axis needs.
 * The filters are the findings list's, plus `entity_id` (findings that name an entity), so the
 * timeline's actor filter narrows findings as it narrows events.
 */
export function createFindingTimeline(db: Db) {
  return function timeline(filter: TimelineFilter): FindingMark[] {
    const { entity_id: entityId, ...listFilter } = filter
    const { where, params } = filterSql({ ...listFilter, deleted: false })
    const entityClause = entityId
      ? " AND EXISTS (SELECT 1 FROM finding_links l WHERE l.finding_id = f.id AND l.target_kind = 'entity' AND l.target_id = @entity_id)"
      : ''
    const rows = db
      .prepare<Record<string, unknown>, MarkRow>(
        `SELECT f.id, f.title, f.doc_date, f.date_start, f.date_end, f.repository_id,
           json_extract(f.data, '$.doc_date_precision') AS precision,
           json_extract(f.data, '$.doc_date_certainty') AS certainty,
           (SELECT json_group_array(DISTINCT stance) FROM finding_claims c WHERE c.finding_id = f.id AND stance IS NOT NULL) AS stances
         FROM findings f WHERE ${where}${entityClause} ORDER BY f.date_start, f.id`,
      )
      .all(entityId ? { ...params, entity_id: entityId } : params)
    return rows.map((row) => ({ ...row, stances: JSON.parse(row.stances ?? '[]') as FindingMark['stances'] }))
  }
}

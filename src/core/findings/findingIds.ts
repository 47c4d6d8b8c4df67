import type { z } from 'zod'
import type { findingBrowseMethods } from '../../shared/api/contract/findings'
import type { Db } from '../db/types'
import { filterSql, orderSql } from './findingQueries'

type IdsQuery = z.output<(typeof findingBrowseMethods)['findings.ids']['input']>

/**
 * The ids of a filtered, sorted list or of a slice of it, in list order: what a view needs to
 * select a range or everything without loading every row's summary.
 */
export function createFindingIds(db: Db) {
  return function ids(query: IdsQuery): string[] {
    const { sort, descending, offset, limit, ...filter } = query
    const { where, params } = filterSql(filter)
    return db
      .prepare<Record<string, unknown>, { id: string }>(
        `SELECT f.id FROM findings f WHERE ${where} ORDER BY ${orderSql(sort, descending)} LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit, offset })
      .map((row) => row.id)
  }
}

import type { Migration } from '../types'

/**
 * An import checks, for every incoming op, whether its record id is already used here by
 * another kind; without this index that check scanned the whole log for each op (quadratic:
 * minutes for a 10,000-finding file).
 */
export const opsByRecord: Migration = {
  version: 80,
  name: 'ops-by-record',
  up(db) {
    db.exec('CREATE INDEX ops_by_record_id ON ops (record, kind)')
  },
}

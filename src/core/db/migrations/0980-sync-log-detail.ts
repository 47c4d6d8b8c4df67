import type { Migration } from '../types'

/**
 * What each exchange-log entry records, as data (`sync_log.detail`, JSON of SyncLogDetail): the
 * log was English sentences made in the core, with a conflict's id and the resolution's internal
 * name in them, shown as they were in every interface language. Entries written before this
 * step keep their sentence in `summary`; new ones leave it empty and are put in words on screen.
 */
export const syncLogDetail: Migration = {
  version: 980,
  name: 'sync-log-detail',
  up(db) {
    db.exec('ALTER TABLE sync_log ADD COLUMN detail TEXT')
  },
}

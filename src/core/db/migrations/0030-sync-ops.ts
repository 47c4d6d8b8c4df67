import type { Migration } from '../types'

/**
 * The change log every synced record is built from (docs/sync-format.md). `seen_vector` keeps,
 * per device, the latest change this library holds, so a local write does not scan the log.
 */
export const syncOps: Migration = {
  version: 30,
  name: 'sync-ops',
  up(db) {
    db.exec(`
      CREATE TABLE ops (
        hlc TEXT PRIMARY KEY,
        device TEXT NOT NULL,
        kind TEXT NOT NULL,
        record TEXT NOT NULL,
        seen TEXT NOT NULL,
        change TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX ops_by_record ON ops (kind, record);
      CREATE INDEX ops_by_device ON ops (device, hlc);

      CREATE TABLE seen_vector (
        device TEXT PRIMARY KEY,
        hlc TEXT NOT NULL
      ) STRICT;
    `)
  },
}

import type { Migration } from '../types'

/**
 * Team-folder snapshots and pruning (issue 16):
 * - `team_writes.withheld`: the stamps each own file left out (private records), so a snapshot
 *   is known to carry everything the file did before the file is pruned; `pruned` marks own
 *   files deleted from the folder on purpose (not lost: they are not written again).
 * - `team_acks`: what each member's latest imported file declares it holds (`seen`, minus its
 *   `missing`), and when it wrote it: own files are pruned once every member still syncing
 *   holds them.
 * - `team_snapshots`: every snapshot file in the folder looked at (this device's own too), with
 *   the range it covers, so each is read once.
 */
export const teamCompaction: Migration = {
  version: 900,
  name: 'team-compaction',
  up(db) {
    db.exec(`
      ALTER TABLE team_writes ADD COLUMN withheld TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE team_writes ADD COLUMN pruned INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE team_acks (
        member TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        seen TEXT NOT NULL,
        missing TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE team_snapshots (
        path TEXT PRIMARY KEY,
        member TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ms REAL NOT NULL,
        seen TEXT,
        withheld TEXT,
        created_at TEXT,
        state TEXT NOT NULL CHECK (state IN ('read', 'imported', 'refused')),
        reason TEXT,
        at TEXT NOT NULL
      ) STRICT;
    `)
  },
}

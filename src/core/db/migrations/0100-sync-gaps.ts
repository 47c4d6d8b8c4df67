import type { Migration } from '../types'

/**
 * What sync needs to survive restores, private findings and reused stamps (issue 11):
 * - `sync_missing`: changes this library knows it lacks although its clock vector covers them
 *   (a colleague withheld them: a private finding, or their own gap). Files ask for them.
 * - `sync_peers.epoch`: the colleague's device epoch, raised when their library is restored;
 *   a new epoch replaces what they are assumed to hold instead of adding to it.
 * - `sync_peers.wants`: the changes the colleague's last file said they lack (JSON array).
 * - `sync_set_aside`: an incoming change whose stamp this library already holds with other
 *   content (a library restored by an older version reused its clock); kept, never dropped.
 */
export const syncGaps: Migration = {
  version: 100,
  name: 'sync-gaps',
  up(db) {
    db.exec(`
      CREATE TABLE sync_missing (
        hlc TEXT PRIMARY KEY,
        device TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sync_missing_by_device ON sync_missing (device, hlc);

      ALTER TABLE sync_peers ADD COLUMN epoch INTEGER;
      ALTER TABLE sync_peers ADD COLUMN wants TEXT NOT NULL DEFAULT '[]';

      CREATE TABLE sync_set_aside (
        hlc TEXT NOT NULL,
        op TEXT NOT NULL,
        from_device TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (hlc, op)
      ) STRICT;
    `)
  },
}

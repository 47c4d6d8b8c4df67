import type { Migration } from '../types'

/**
 * Team-folder sync (issue 16). The shared folder holds only sync files, so everything this
 * library remembers about it lives here:
 * - `team_folder`: the folder joined (one at a time) and the team's name.
 * - `team_writes`: each file this device wrote there, with the range it covers (`since`, `seen`),
 *   so a file that disappears from the folder is written again in the next one.
 * - `team_files`: every other member's file looked at, by name, with its size and time (a file
 *   still growing is tried again when they change), content hash (a "conflicted copy" of a file
 *   already imported is recognised) and what became of it (imported, waiting for earlier
 *   changes, refused with the reason).
 */
export const teamFolder: Migration = {
  version: 600,
  name: 'team-folder',
  up(db) {
    db.exec(`
      CREATE TABLE team_folder (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        dir TEXT NOT NULL,
        name TEXT NOT NULL,
        joined_at TEXT NOT NULL,
        last_sync_at TEXT
      ) STRICT;

      CREATE TABLE team_writes (
        seq INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        since TEXT NOT NULL,
        seen TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        changes INTEGER NOT NULL,
        at TEXT NOT NULL,
        rewritten INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE team_files (
        path TEXT PRIMARY KEY,
        member TEXT NOT NULL,
        seq INTEGER NOT NULL,
        size INTEGER NOT NULL,
        mtime_ms REAL NOT NULL,
        sha256 TEXT,
        state TEXT NOT NULL CHECK (state IN ('imported', 'duplicate', 'incomplete', 'waiting', 'refused')),
        reason TEXT,
        sender_name TEXT,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX team_files_by_member ON team_files (member, seq);
    `)
  },
}

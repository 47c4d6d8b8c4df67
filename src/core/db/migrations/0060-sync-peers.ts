import type { Migration } from '../types'

/**
 * Colleagues this library exchanges sync files with, and the log of every exchange. `acked` is
 * what a colleague's last file said they had seen, so `export --for` sends them only the rest.
 */
export const syncPeers: Migration = {
  version: 60,
  name: 'sync-peers',
  up(db) {
    db.exec(`
      CREATE TABLE sync_peers (
        device_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        acked TEXT NOT NULL DEFAULT '{}',
        last_sent_at TEXT,
        last_received_at TEXT
      ) STRICT;
      CREATE INDEX sync_peers_by_name ON sync_peers (name COLLATE NOCASE);

      CREATE TABLE sync_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('export', 'import', 'resolve')),
        peer TEXT,
        summary TEXT NOT NULL
      ) STRICT;

      -- What a colleague's do_not_share finding left behind: enough to say "same document".
      CREATE TABLE finding_stubs (
        id TEXT PRIMARY KEY,
        repository_id TEXT NOT NULL,
        reference_key TEXT NOT NULL,
        document_id TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX finding_stubs_by_document ON finding_stubs (document_id);
    `)
  },
}

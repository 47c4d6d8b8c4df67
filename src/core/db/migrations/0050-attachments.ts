import type { Migration } from '../types'

/**
 * Photos and scans of documents. The bytes live in the data directory as
 * `attachments/<first 2 hex>/<sha256>` (content-addressed, so one scan attached to two findings
 * is stored once); these tables say what each file is and which findings it belongs to.
 */
export const attachments: Migration = {
  version: 50,
  name: 'attachments',
  up(db) {
    db.exec(`
      CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        -- A small JPEG preview made by the page; NULL for PDFs.
        thumbnail BLOB
      ) STRICT;

      CREATE TABLE finding_attachments (
        finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL REFERENCES attachments(sha256),
        name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (finding_id, sha256)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX finding_attachments_by_sha ON finding_attachments (sha256);
    `)
  },
}

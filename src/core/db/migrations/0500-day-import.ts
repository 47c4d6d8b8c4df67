import type { Migration } from '../types'

/**
 * "Import a day": the photos and scanned pages of one reading-room day, waiting for review.
 * Each page's file is already stored under `attachments/` (content-addressed); these rows say
 * what the importer learnt of it (capture time, size, thumbnail, hash, sharpness, reference read)
 * until the historian makes draft findings of them. Not synced: a review is one person's step.
 */
export const dayImport: Migration = {
  version: 500,
  name: 'day-import',
  up(db) {
    db.exec(`
      CREATE TABLE import_sessions (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        label TEXT NOT NULL
      ) STRICT;

      CREATE TABLE import_pages (
        session_id TEXT NOT NULL REFERENCES import_sessions(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL REFERENCES attachments(sha256),
        name TEXT NOT NULL,
        captured_at TEXT,
        captured_from TEXT NOT NULL CHECK (captured_from IN ('exif', 'file', 'none')),
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        hash TEXT NOT NULL,
        sharpness REAL NOT NULL,
        reference TEXT,
        repository_id TEXT,
        -- What OCR read at the top of the page (for spotting a page photographed twice).
        header_text TEXT,
        -- Arrival order, to keep pages of one PDF and shots of one second in their order.
        seq INTEGER NOT NULL,
        PRIMARY KEY (session_id, sha256)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE import_skipped (
        session_id TEXT NOT NULL REFERENCES import_sessions(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        reason TEXT NOT NULL
      ) STRICT;
    `)
  },
}

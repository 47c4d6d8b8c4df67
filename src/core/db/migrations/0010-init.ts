import type { Migration } from '../types'

/** Library identity, interface settings and the essay's structure (the targets of links). */
export const init: Migration = {
  version: 10,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE essay_sections (
        slug TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        level INTEGER NOT NULL CHECK (level IN (0, 1, 2)),
        ordinal INTEGER NOT NULL UNIQUE
      ) STRICT;

      CREATE TABLE essay_paragraphs (
        id TEXT PRIMARY KEY,
        section_slug TEXT NOT NULL REFERENCES essay_sections(slug),
        ordinal INTEGER NOT NULL,
        UNIQUE (section_slug, ordinal)
      ) STRICT;
    `)
  },
}

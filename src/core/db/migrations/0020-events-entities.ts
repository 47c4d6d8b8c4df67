import type { Migration } from '../types'

/**
 * Events, entities and their names, and the links that tie events to actors, places, topics and
 * the essay. Every row says where it came from: `bundled` rows are the app's reference data and
 * are replaced on upgrade when their `ref_hash` changes; `user` rows are the researcher's and a
 * re-seed never touches them. A note on a bundled event is its own row in `event_annotations`.
 */
export const eventsEntities: Migration = {
  version: 20,
  name: 'events-entities',
  up(db) {
    db.exec(`
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN ('person', 'place', 'organization', 'archive', 'concept', 'state', 'party')),
        subtype TEXT,
        preferred_name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        dates_json TEXT NOT NULL DEFAULT '{}',
        notes TEXT,
        confusable_json TEXT NOT NULL DEFAULT '[]',
        origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
        ref_hash TEXT
      ) STRICT;

      CREATE TABLE entity_names (
        id TEXT PRIMARY KEY,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        ordinal INTEGER NOT NULL,
        form TEXT NOT NULL,
        lang TEXT NOT NULL,
        script TEXT NOT NULL,
        scheme TEXT,
        relation TEXT,
        note TEXT,
        preferred INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),
        valid_from TEXT,
        valid_to TEXT,
        origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
        created_at TEXT
      ) STRICT;
      CREATE INDEX entity_names_entity ON entity_names (entity_id, ordinal);
      CREATE INDEX entity_names_form ON entity_names (form COLLATE NOCASE);

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        end_date TEXT,
        precision TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
        earliest TEXT NOT NULL,
        latest TEXT NOT NULL CHECK (latest >= earliest),
        uncertain INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        sources_json TEXT NOT NULL DEFAULT '[]',
        source_checked INTEGER NOT NULL DEFAULT 0 CHECK (source_checked IN (0, 1)),
        note TEXT,
        origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
        ref_hash TEXT,
        created_at TEXT,
        updated_at TEXT
      ) STRICT;
      CREATE INDEX events_span ON events (earliest, latest);

      CREATE TABLE event_entities (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        role TEXT NOT NULL CHECK (role IN ('actor', 'place', 'topic')),
        ordinal INTEGER NOT NULL,
        PRIMARY KEY (event_id, role, entity_id)
      ) STRICT;
      CREATE INDEX event_entities_entity ON event_entities (entity_id, role);

      CREATE TABLE event_sections (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        section_slug TEXT NOT NULL REFERENCES essay_sections(slug),
        ordinal INTEGER NOT NULL,
        PRIMARY KEY (event_id, section_slug)
      ) STRICT;
      CREATE INDEX event_sections_section ON event_sections (section_slug);

      CREATE TABLE event_paragraphs (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        paragraph_id TEXT NOT NULL REFERENCES essay_paragraphs(id),
        derived INTEGER NOT NULL CHECK (derived IN (0, 1)),
        origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
        PRIMARY KEY (event_id, paragraph_id)
      ) STRICT;
      CREATE INDEX event_paragraphs_paragraph ON event_paragraphs (paragraph_id);

      CREATE TABLE event_annotations (
        id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        note TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX event_annotations_event ON event_annotations (event_id);
    `)
  },
}

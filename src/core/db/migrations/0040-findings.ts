import type { Migration } from '../types'

/**
 * Repositories, documents and findings (archival-model §3). Findings are materialised from
 * the op log (0030): `data` holds the merged record; the other columns exist for filtering,
 * sorting and the essay/timeline joins of a 100,000-finding library.
 */
export const findings: Migration = {
  version: 40,
  name: 'findings',
  up(db) {
    db.exec(`
      CREATE TABLE repositories (
        id TEXT PRIMARY KEY,
        origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
        name TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;

      -- One row per archival file: its id is derived from the normalized reference key, so it
      -- is the same document on every laptop.
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        repository_id TEXT NOT NULL,
        reference_key TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_by_key ON documents (reference_key);

      CREATE TABLE findings (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        repository_id TEXT NOT NULL,
        title TEXT NOT NULL,
        doc_date TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        original_language TEXT NOT NULL,
        doc_type TEXT NOT NULL,
        confidence TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        conflict_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE INDEX findings_by_date ON findings (deleted, date_start, id);
      CREATE INDEX findings_by_updated ON findings (deleted, updated_at);
      CREATE INDEX findings_by_document ON findings (document_id);
      CREATE INDEX findings_by_repository ON findings (repository_id, deleted);

      CREATE TABLE finding_tags (
        finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (finding_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX finding_tags_by_tag ON finding_tags (tag);

      -- Where a finding bears on the essay: a tagged section (stance NULL) or a claim link to a
      -- section, paragraph or passage with its stance.
      CREATE TABLE finding_claims (
        finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        section_slug TEXT NOT NULL REFERENCES essay_sections(slug),
        paragraph_id TEXT REFERENCES essay_paragraphs(id),
        stance TEXT,
        passage TEXT
      ) STRICT;
      CREATE INDEX finding_claims_by_section ON finding_claims (section_slug, paragraph_id);
      CREATE INDEX finding_claims_by_finding ON finding_claims (finding_id);

      CREATE TABLE finding_links (
        finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('entity', 'event')),
        target_id TEXT NOT NULL,
        PRIMARY KEY (finding_id, target_kind, target_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX finding_links_by_target ON finding_links (target_kind, target_id);

      CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        record_kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conflicts_by_record ON conflicts (record_kind, record_id);

      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        finding_id TEXT,
        form TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `)
  },
}

import type { Migration } from '../types'

/**
 * Indexes for browsing 100,000 findings: each sort of the findings list reads its page from an
 * index instead of sorting the whole table (whose rows carry the full record), and the timeline
 * reads every mark from one covering index, date precision and certainty included (SQLite
 * stores the indexed expressions, so it never opens the records).
 */
export const findingBrowse: Migration = {
  version: 70,
  name: 'finding-browse',
  up(db) {
    db.exec(`
      CREATE INDEX findings_by_title ON findings (deleted, title COLLATE NOCASE, id);
      CREATE INDEX findings_by_repository_sort ON findings (deleted, repository_id, id);
      CREATE INDEX findings_by_confidence ON findings (deleted, confidence, id);
      CREATE INDEX findings_by_updated_id ON findings (deleted, updated_at, id);
      CREATE INDEX finding_claims_by_stance ON finding_claims (stance, finding_id);
      CREATE INDEX findings_timeline ON findings (
        deleted, date_start, id, date_end, doc_date, repository_id, title,
        json_extract(data, '$.doc_date_precision'), json_extract(data, '$.doc_date_certainty')
      );
    `)
  },
}

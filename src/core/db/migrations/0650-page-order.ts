import type { Migration } from '../types'

/**
 * A finding's attachments are its pages, in order: the page number each file has, rebuilt from
 * the op log like the rest of the row. Links made before keep the order they were shown in
 * (oldest first) until the finding is next saved or synced.
 */
export const pageOrder: Migration = {
  version: 650,
  name: 'page-order',
  up(db) {
    db.exec(`
      ALTER TABLE finding_attachments ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
      UPDATE finding_attachments SET position = (
        SELECT count(*) FROM finding_attachments AS earlier
        WHERE earlier.finding_id = finding_attachments.finding_id
          AND (earlier.added_at, earlier.name) < (finding_attachments.added_at, finding_attachments.name)
      );
    `)
  },
}

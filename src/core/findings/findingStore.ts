import type { Finding } from '../../shared/model/finding'
import type { Db } from '../db/types'
import { notifyMaterialized } from '../materializeHooks'
import { mergeRecord } from '../sync/merge'
import type { KnownHistory } from '../sync/kinds'
import type { Change } from '../sync/op'
import type { OpStore } from '../sync/opStore'
import { FINDING_KIND } from './findingOps'
import { buildFinding, claimRows, dateRange, documentIdFor } from './materialize'

/** The columns of `findings` that a rebuild rewrites (all but `id` and `created_at`). */
const FINDING_COLUMNS = [
  'document_id',
  'repository_id',
  'title',
  'doc_date',
  'date_start',
  'date_end',
  'original_language',
  'doc_type',
  'confidence',
  'deleted',
  'conflict_count',
  'updated_at',
  'data',
]

/**
 * Keeps the `findings` tables equal to what the op log says: every local change or imported op
 * goes through `apply`/`materialize`, which recompute the finding from all of its ops.
 */
export function createFindingStore(db: Db, ops: OpStore) {
  const paragraphSection = db.prepare<[string], { section_slug: string }>('SELECT section_slug FROM essay_paragraphs WHERE id = ?')
  const insertDocument = db.prepare('INSERT OR IGNORE INTO documents (id, repository_id, reference_key) VALUES (?, ?, ?)')
  const findingExists = db.prepare<[string], unknown>('SELECT 1 FROM findings WHERE id = ?')
  const insertFinding = db.prepare(
    `INSERT INTO findings (id, created_at, ${FINDING_COLUMNS.join(', ')})
     VALUES (@id, @created_at, ${FINDING_COLUMNS.map((column) => `@${column}`).join(', ')})`,
  )
  const updateFinding = db.prepare(`UPDATE findings SET ${FINDING_COLUMNS.map((column) => `${column} = @${column}`).join(', ')} WHERE id = @id`)
  const clear = [
    ...['finding_tags', 'finding_claims', 'finding_links', 'finding_attachments'].map((table) =>
      db.prepare(`DELETE FROM ${table} WHERE finding_id = ?`),
    ),
    db.prepare("DELETE FROM conflicts WHERE record_kind = 'finding' AND record_id = ?"),
  ]
  const insertTag = db.prepare('INSERT OR IGNORE INTO finding_tags (finding_id, tag) VALUES (?, ?)')
  const insertClaim = db.prepare(
    'INSERT INTO finding_claims (finding_id, section_slug, paragraph_id, stance, passage) VALUES (?, ?, ?, ?, ?)',
  )
  const insertLink = db.prepare('INSERT OR IGNORE INTO finding_links (finding_id, target_kind, target_id) VALUES (?, ?, ?)')
  // Only files this library holds are linked; a colleague's photo whose bytes never arrived stays
  // listed in the finding (and can arrive with a later file) without breaking the foreign key.
  const linkAttachment = db.prepare(
    `INSERT OR IGNORE INTO finding_attachments (finding_id, sha256, name, added_at, position)
     SELECT ?, sha256, ?, ?, ? FROM attachments WHERE sha256 = ?`,
  )
  const insertConflict = db.prepare("INSERT INTO conflicts (id, record_kind, record_id, detail) VALUES (?, 'finding', ?, ?)")

  function writeRows(finding: Finding): void {
    insertDocument.run(finding.document_id, finding.repository_id, finding.reference_key)
    const range = dateRange(finding.doc_date)
    const row = {
      id: finding.id,
      document_id: finding.document_id,
      repository_id: finding.repository_id,
      title: finding.title_or_description,
      doc_date: finding.doc_date,
      date_start: range.start,
      date_end: range.end,
      original_language: finding.original_language,
      doc_type: finding.doc_type,
      confidence: finding.confidence,
      deleted: finding.deleted ? 1 : 0,
      conflict_count: finding.conflicts.length,
      created_at: finding.created_at,
      updated_at: finding.updated_at,
      data: JSON.stringify(finding),
    }
    // A finding stored for the first time (most of an import) has nothing to replace: inserting it
    // costs half an upsert, and no rows of it exist yet (its child tables' foreign keys need the
    // finding, and conflicts are only ever written with it).
    if (findingExists.get(finding.id)) {
      updateFinding.run(row)
      for (const statement of clear) statement.run(finding.id)
    } else insertFinding.run(row)
    for (const tag of finding.tags) insertTag.run(finding.id, tag)
    for (const claim of claimRows(finding, (id) => paragraphSection.get(id)?.section_slug)) {
      insertClaim.run(finding.id, claim.section, claim.paragraph, claim.stance, claim.passage)
    }
    for (const entity of finding.entities) insertLink.run(finding.id, 'entity', entity)
    for (const event of finding.events) insertLink.run(finding.id, 'event', event)
    finding.attachments.forEach((file, page) => linkAttachment.run(finding.id, file.name, finding.updated_at, page, file.sha256))
    finding.conflicts.forEach((conflict, i) => {
      const key = conflict.kind === 'field' ? conflict.field : `edit_vs_delete-${i}`
      insertConflict.run(`finding/${finding.id}/${key}`, finding.id, JSON.stringify(conflict))
    })
  }

  /** Recomputes one finding from its ops (or the history and merge the caller holds) and stores it; undefined if it has no ops. */
  function materialize(id: string, known?: KnownHistory): Finding | undefined {
    const history = known?.ops ?? ops.opsOf(FINDING_KIND, id)
    if (history.length === 0) return undefined
    const finding = buildFinding(id, known?.merged ?? mergeRecord(history), history)
    writeRows(finding)
    notifyMaterialized(db, 'finding', id)
    return finding
  }

  return {
    materialize,
    /** Records local changes to a finding and stores the result. Run inside a transaction. */
    apply(id: string, changes: readonly Change[]): Finding {
      for (const change of changes) ops.append(FINDING_KIND, id, change)
      const finding = materialize(id)
      if (!finding) throw new Error(`finding ${id} has no history`)
      return finding
    },
    documentIdFor,
  }
}

export type FindingStore = ReturnType<typeof createFindingStore>

import type { DraftRecord } from '../../shared/model/draft'
import type { Clock } from '../clock'
import type { Db } from '../db/types'

/**
 * The entry form's autosave. Each save is its own committed transaction (WAL, synchronous
 * FULL), so a killed process loses at most what was typed since the last save.
 */
export function createDrafts(db: Db, clock: Clock) {
  const upsert = db.prepare(
    `INSERT INTO drafts (id, finding_id, form, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET finding_id = excluded.finding_id, form = excluded.form, updated_at = excluded.updated_at`,
  )
  const selectAll = db.prepare<[], { id: string; finding_id: string | null; form: string; updated_at: string }>(
    'SELECT * FROM drafts ORDER BY updated_at DESC',
  )
  const remove = db.prepare('DELETE FROM drafts WHERE id = ?')

  return {
    save(draft: Omit<DraftRecord, 'updated_at'>) {
      const updated_at = clock.now().toISOString()
      upsert.run(draft.id, draft.finding_id ?? null, JSON.stringify(draft.form), updated_at)
      return { id: draft.id, updated_at }
    },
    list(): DraftRecord[] {
      return selectAll.all().map((row) => ({
        id: row.id,
        ...(row.finding_id ? { finding_id: row.finding_id } : {}),
        form: JSON.parse(row.form) as Record<string, unknown>,
        updated_at: row.updated_at,
      }))
    },
    discard(id: string) {
      remove.run(id)
      return {}
    },
  }
}

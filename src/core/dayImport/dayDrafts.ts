import { randomUUID } from 'node:crypto'
import { AppError } from '../../shared/api/errors'
import type { ImportCreateInput } from '../../shared/model/dayImport'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import { createDrafts } from '../findings/drafts'
import type { ImportStore } from './importStore'

/**
 * Makes one draft finding per confirmed document, in the entry form's own shape, so the editor
 * opens it like any autosaved draft: the pages in order (`attachments`, the finding's ordered
 * page list), repository and reference where they were read, the copy marked as the historian's
 * own photograph, viewed on the day the pages were taken. The session is then finished.
 */
export function createDayDrafts(db: Db, clock: Clock, store: ImportStore, input: ImportCreateInput) {
  const pages = new Map(store.session(input.session_id).pages.map((page) => [page.sha256, page]))
  const used = new Set<string>()
  input.documents.forEach((document, d) => {
    document.pages.forEach((sha256, p) => {
      if (!pages.has(sha256)) throw new AppError('input.invalid', `Document ${d + 1}, page ${p + 1} is not a page of this import`, `documents.${d}.pages.${p}`)
      if (used.has(sha256)) throw new AppError('input.invalid', `Document ${d + 1}, page ${p + 1} is already a page of another document`, `documents.${d}.pages.${p}`)
      used.add(sha256)
    })
  })
  const drafts = createDrafts(db, clock)
  return db.transaction(() => {
    const made = input.documents.map((document) => {
      const first = pages.get(document.pages[0]!)!
      const form: Record<string, unknown> = {
        attachments: document.pages.map((sha256) => ({ sha256, name: pages.get(sha256)!.name })),
        copy_type: 'own_photograph',
        ...(first.captured_at ? { viewed_on: first.captured_at.slice(0, 10) } : {}),
        ...(document.repository_id ? { repository_id: document.repository_id } : {}),
        ...(document.reference ? { reference_raw: document.reference } : {}),
      }
      const id = `draft-day-${randomUUID()}`
      drafts.save({ id, form })
      return { id, pages: document.pages.length }
    })
    store.discard(input.session_id)
    return { drafts: made }
  })()
}

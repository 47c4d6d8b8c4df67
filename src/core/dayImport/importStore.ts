import { AppError } from '../../shared/api/errors'
import type { ImportPage, ImportSession, SkippedFile } from '../../shared/model/dayImport'
import type { Db } from '../db/types'

interface PageRow {
  sha256: string
  name: string
  captured_at: string | null
  captured_from: ImportPage['captured_from']
  width: number
  height: number
  hash: string
  sharpness: number
  reference: string | null
  repository_id: string | null
  header_text: string | null
  seq: number
  thumbnail: Buffer | null
}

export type NewPage = Omit<PageRow, 'seq' | 'thumbnail' | 'reference' | 'repository_id' | 'header_text'>

const dataUrl = (thumbnail: Buffer | null) => (thumbnail ? `data:image/jpeg;base64,${thumbnail.toString('base64')}` : '')

/** Pages in the order the review shows them: by capture time (unknown last), then arrival. */
const ORDER = "ORDER BY p.captured_at IS NULL, replace(replace(p.captured_at, 'T', ' '), 'Z', ''), p.seq"

/** The import sessions' rows: what was learnt of each page, and the files that were skipped. */
export function createImportStore(db: Db) {
  const insertSession = db.prepare('INSERT INTO import_sessions (id, created_at, label) VALUES (?, ?, ?)')
  const selectSession = db.prepare<[string], { id: string; created_at: string; label: string }>('SELECT * FROM import_sessions WHERE id = ?')
  const nextSeq = db.prepare<[string], { n: number }>('SELECT coalesce(max(seq) + 1, 0) AS n FROM import_pages WHERE session_id = ?')
  const insertPage = db.prepare(
    `INSERT INTO import_pages (session_id, sha256, name, captured_at, captured_from, width, height, hash, sharpness, seq)
     VALUES (@session_id, @sha256, @name, @captured_at, @captured_from, @width, @height, @hash, @sharpness, @seq)
     ON CONFLICT (session_id, sha256) DO NOTHING`,
  )
  const selectPages = db.prepare<[string], PageRow>(
    `SELECT p.*, a.thumbnail FROM import_pages p JOIN attachments a ON a.sha256 = p.sha256 WHERE p.session_id = ? ${ORDER}`,
  )
  const insertSkipped = db.prepare('INSERT INTO import_skipped (session_id, name, reason) VALUES (?, ?, ?)')
  const selectSkipped = db.prepare<[string], SkippedFile>('SELECT name, reason FROM import_skipped WHERE session_id = ? ORDER BY rowid')
  const updateReference = db.prepare('UPDATE import_pages SET reference = ?, repository_id = ?, header_text = ? WHERE session_id = ? AND sha256 = ?')
  const selectSessions = db.prepare<[], { id: string }>('SELECT id FROM import_sessions ORDER BY created_at DESC, id DESC')
  const deleteSession = db.prepare('DELETE FROM import_sessions WHERE id = ?')
  const selectHeaders = db.prepare<[string], { sha256: string; header_text: string }>(
    'SELECT sha256, header_text FROM import_pages WHERE session_id = ? AND header_text IS NOT NULL',
  )

  function toPage(row: PageRow, position: number): ImportPage {
    const { seq: _seq, thumbnail, header_text, ...page } = row
    return { ...page, thumbnail: dataUrl(thumbnail), header_read: header_text !== null, position }
  }

  function requireSession(id: string) {
    const session = selectSession.get(id)
    if (!session) throw new AppError('record.not_found', `No import ${id}; it may have been finished or discarded`, 'session_id')
    return session
  }

  return {
    create(id: string, createdAt: string, label: string): void {
      insertSession.run(id, createdAt, label)
    },
    requireSession,
    /** Adds a page once per session; returns it as the review shows it. */
    addPage(sessionId: string, page: NewPage): void {
      insertPage.run({ ...page, session_id: sessionId, seq: nextSeq.get(sessionId)!.n })
    },
    skip(sessionId: string, file: SkippedFile): void {
      insertSkipped.run(sessionId, file.name, file.reason)
    },
    pages(sessionId: string): ImportPage[] {
      return selectPages.all(sessionId).map(toPage)
    },
    session(id: string): ImportSession {
      const session = requireSession(id)
      return { ...session, pages: this.pages(id), skipped: selectSkipped.all(id) }
    },
    /** What OCR read at the top of each page read so far, by page hash. */
    headers(sessionId: string): Map<string, string> {
      return new Map(selectHeaders.all(sessionId).map((row) => [row.sha256, row.header_text]))
    },
    sessions(): string[] {
      return selectSessions.all().map((row) => row.id)
    },
    setReference(sessionId: string, sha256: string, found: { reference: string | null; repository_id: string | null; header_text: string }): void {
      updateReference.run(found.reference, found.repository_id, found.header_text, sessionId, sha256)
    },
    discard(id: string): boolean {
      return deleteSession.run(id).changes > 0
    },
  }
}

export type ImportStore = ReturnType<typeof createImportStore>

import { createHash, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../shared/api/errors'
import { fileKind, polyglotProblem } from '../../shared/model/fileChecks'
import {
  isSafeThumbnail,
  MAX_ATTACHMENT_BYTES,
  sniffAttachmentType,
  type AttachmentAddInput,
  type AttachmentInfo,
  type AttachmentMime,
  type AttachmentStoreInput,
  type RemovedAttachment,
  type StoredFile,
} from '../../shared/model/attachment'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import type { RemovedPage } from '../findings/pageOrder'
import { decodeHlc } from '../sync/hlc'
import { makeMissingThumbnails, shownAsJpeg } from './thumbnails'

/** Folder under the data directory that holds attachment files. */
export const ATTACHMENTS_FOLDER = 'attachments'

interface FileRow {
  sha256: string
  mime: AttachmentMime
  bytes: number
  created_at: string
  thumbnail: Buffer | null
}

/** Where a file with this digest lives: `attachments/ab/ab12…`. */
export function attachmentPath(dataDir: string, sha256: string): string {
  return join(dataDir, ATTACHMENTS_FOLDER, sha256.slice(0, 2), sha256)
}

/** Writes through a temporary name, so a crash never leaves half a file under the final digest. */
function writeOnce(path: string, bytes: Uint8Array): void {
  if (existsSync(path)) return
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 })
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, bytes, { mode: 0o600 })
  renameSync(temporary, path)
}

/**
 * Puts a file's bytes in place ahead of `storeAttachmentFile` (which then finds them there), off
 * the calling thread: the import writes hundreds of photos, each a few megabytes, and a
 * synchronous write blocked the thread that answers the window for each one.
 */
export async function placeAttachmentFile(dataDir: string, bytes: Uint8Array): Promise<void> {
  const path = attachmentPath(dataDir, createHash('sha256').update(bytes).digest('hex'))
  if (existsSync(path)) return
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 })
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`
  await writeFile(temporary, bytes, { mode: 0o600 })
  await rename(temporary, path)
}

/** Records a stored file's type and size (idempotent); its bytes live under `attachmentPath`. */
export function recordAttachment(db: Db, file: { sha256: string; mime: AttachmentMime; bytes: number }, createdAt: string, thumbnail: Buffer | null = null): void {
  db.prepare(
    'INSERT INTO attachments (sha256, mime, bytes, created_at, thumbnail) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET thumbnail = coalesce(attachments.thumbnail, excluded.thumbnail)',
  ).run(file.sha256, file.mime, file.bytes, createdAt, thumbnail)
}

/**
 * Where the files of a sync file wait until the import commits: written as they are read (so a
 * large file never holds them all in memory), moved into place after the commit, and removed
 * if the import fails. Leftovers of a crash are removed at the next start.
 */
export function createAttachmentStaging(dataDir: string) {
  const dir = join(dataDir, ATTACHMENTS_FOLDER, `${STAGING_PREFIX}${process.pid}-${Date.now()}`)
  const staged = (sha256: string) => join(dir, sha256)
  return {
    put(sha256: string, bytes: Uint8Array): void {
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      writeFileSync(staged(sha256), bytes, { mode: 0o600 })
    },
    /** Moves the staged files into place (after the import committed). */
    publish(): void {
      if (!existsSync(dir)) return
      for (const sha256 of readdirSync(dir)) {
        const path = attachmentPath(dataDir, sha256)
        mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 })
        if (!existsSync(path)) renameSync(staged(sha256), path)
      }
      rmSync(dir, { recursive: true, force: true })
    },
    discard(): void {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export type AttachmentStaging = ReturnType<typeof createAttachmentStaging>

const STAGING_PREFIX = '.incoming-'

/** A scratch file of an import beside the staged attachments (removed with them after a crash). */
export function stagingFile(dataDir: string, name: string): string {
  const folder = join(dataDir, ATTACHMENTS_FOLDER)
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  return join(folder, `${STAGING_PREFIX}${process.pid}-${Date.now()}-${name}`)
}

/** Removes staging folders a crashed import left behind. */
export function removeStaleStaging(dataDir: string): void {
  const folder = join(dataDir, ATTACHMENTS_FOLDER)
  if (!existsSync(folder)) return
  for (const name of readdirSync(folder)) if (name.startsWith(STAGING_PREFIX)) rmSync(join(folder, name), { recursive: true, force: true })
}

/** How the store links files to findings: through the findings' op log, so links sync. */
export interface AttachmentLinks {
  attach(findingId: string, sha256: string, name: string): void
  detach(findingId: string, sha256: string): boolean
  removedPages(findingId: string): RemovedPage[]
}

/**
 * Stores a file's bytes under its digest and records what it is; idempotent. Used for uploads
 * and for attachments arriving in a sync file.
 */
export function storeAttachmentFile(db: Db, dataDir: string, bytes: Buffer, createdAt: string, thumbnail: Buffer | null = null) {
  const type = sniffAttachmentType(bytes)
  if (!type.ok) return type
  const polyglot = polyglotProblem(bytes, fileKind(bytes)!)
  if (polyglot) return { ok: false as const, message: polyglot }
  if (thumbnail && !isSafeThumbnail(thumbnail)) thumbnail = null
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  writeOnce(attachmentPath(dataDir, sha256), bytes)
  recordAttachment(db, { sha256, mime: type.mime, bytes: bytes.length }, createdAt, thumbnail)
  return { ok: true as const, sha256, mime: type.mime }
}

const described = (row: FileRow): StoredFile => ({
  ...row,
  thumbnail: row.thumbnail ? `data:image/jpeg;base64,${row.thumbnail.toString('base64')}` : null,
})

/**
 * Photos and scans of documents, content-addressed in the data directory and linked to findings.
 * Files are never deleted when unlinked: a link can come back by sync or undo, and a file is
 * only ever stored once.
 */
export function createAttachmentStore(db: Db, dataDir: string, clock: Clock, links: AttachmentLinks) {
  const findingExists = db.prepare<[string], unknown>('SELECT 1 FROM findings WHERE id = ?')
  const selectInfo = db.prepare<[string], FileRow & { name: string }>(
    `SELECT a.sha256, l.name, a.mime, a.bytes, a.created_at, a.thumbnail
     FROM finding_attachments l JOIN attachments a ON a.sha256 = l.sha256
     WHERE l.finding_id = ? ORDER BY l.position`,
  )
  const selectFile = db.prepare<[string], FileRow>('SELECT sha256, mime, bytes, created_at, thumbnail FROM attachments WHERE sha256 = ?')

  function list(findingId: string): AttachmentInfo[] {
    return selectInfo.all(findingId).map((row) => ({ ...described(row), name: row.name }))
  }

  /** Checks and stores one upload; `link` runs in the same transaction once the file is stored. */
  function storeUpload(method: string, input: AttachmentStoreInput, link?: (sha256: string) => void): AttachmentInfo {
    const bytes = Buffer.from(input.data_base64, 'base64')
    if (bytes.length === 0) throw new AppError('input.invalid', `${method}: data_base64: the file is empty`, 'data_base64')
    if (bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError('input.too_large', `${method}: data_base64: the file is larger than the limit of 10 MB`, 'data_base64')
    }
    const thumbnail = input.thumbnail_base64 ? Buffer.from(input.thumbnail_base64, 'base64') : null
    const stored = db.transaction(() => {
      const file = storeAttachmentFile(db, dataDir, bytes, clock.now().toISOString(), thumbnail)
      if (file.ok) link?.(file.sha256)
      return file
    })()
    if (!stored.ok) throw new AppError('attachment.unsupported_type', `${method}: "${input.name}" ${stored.message}`, 'data_base64')
    return { ...described(selectFile.get(stored.sha256)!), name: input.name }
  }

  function add({ finding_id, ...upload }: AttachmentAddInput): AttachmentInfo {
    if (!findingExists.get(finding_id)) {
      throw new AppError('record.not_found', `No finding with id ${finding_id}; save the finding first`, 'finding_id')
    }
    return storeUpload('attachments.add', upload, (sha256) => links.attach(finding_id, sha256, upload.name))
  }

  async function get(sha256: string, shown = false): Promise<{ mime: string; data_url: string }> {
    const row = selectFile.get(sha256)
    const path = attachmentPath(dataDir, sha256)
    if (!row || !existsSync(path)) throw new AppError('record.not_found', `No attachment ${sha256}`, 'sha256')
    const [mime, bytes] = shown && row.mime === 'image/tiff' ? ['image/jpeg', await shownAsJpeg(path)] : [row.mime, readFileSync(path)]
    return { mime, data_url: `data:${mime};base64,${bytes.toString('base64')}` }
  }

  /** Detaches the file from the finding (an op that syncs); the file itself is kept. */
  function remove(findingId: string, sha256: string): { removed: boolean } {
    return { removed: db.transaction(() => links.detach(findingId, sha256))() }
  }

  /** The stored files with these hashes, each with a thumbnail where one can be drawn (made now if it was missing). */
  async function files(shas: readonly string[]): Promise<StoredFile[]> {
    const rows = shas.flatMap((sha) => selectFile.all(sha))
    const made = await makeMissingThumbnails(
      db,
      rows.filter((row) => !row.thumbnail && existsSync(attachmentPath(dataDir, row.sha256))).map((row) => ({ ...row, path: attachmentPath(dataDir, row.sha256) })),
    )
    return rows.map((row) => described({ ...row, thumbnail: row.thumbnail ?? made.get(row.sha256) ?? null }))
  }

  /** Removed pages whose files are still here (a colleague's page whose bytes never came is left out). */
  function removed(findingId: string): RemovedAttachment[] {
    if (!findingExists.get(findingId)) throw new AppError('record.not_found', `No finding with id ${findingId}`, 'finding_id')
    return links.removedPages(findingId).flatMap((page) => {
      const row = selectFile.get(page.sha256)
      if (!row) return []
      return [{ ...described(row), name: page.name, removed_at: new Date(decodeHlc(page.removedHlc).wall).toISOString() }]
    })
  }

  return {
    add,
    list,
    get,
    remove,
    removed,
    store: (input: AttachmentStoreInput) => storeUpload('attachments.store', input),
    files,
  }
}

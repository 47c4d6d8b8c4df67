import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { FolderBackup } from '../../shared/api/contract/backup'
import { AppError, type RefusalReason } from '../../shared/api/errors'
import { attachmentPath } from '../attachments/attachmentStore'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import { referencedAttachments, writeVerified } from './backup'
import { verifyLibraryFile } from './restore'

/** The files of a folder backup: the library, its manifest, and the attachment files under `attachments/`. */
export const FOLDER_LIBRARY = 'library.sqlite'
export const FOLDER_MANIFEST = 'backup.json'
const FORMAT = 'reading-room-workbench-backup'

interface FolderManifest {
  format: typeof FORMAT
  version: 1
  created_at: string
  findings: number
  /** Every attachment file the library references that the backup holds, with its size. */
  attachments: { sha256: string; bytes: number }[]
  /** Referenced attachment files the library folder itself lacked when the backup was taken. */
  missing: string[]
}

const sha256Of = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')
const copyPath = (folder: string, sha: string): string => join(folder, 'attachments', sha.slice(0, 2), sha)

/** How many findings (not in the Trash) a library file holds. */
export function countFindings(db: Database.Database | Db): number {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'findings'").get()
  return hasTable ? (db.prepare('SELECT count(*) AS n FROM findings WHERE deleted = 0').get() as { n: number }).n : 0
}

/**
 * Backs the library up into a new folder inside `parent` (an external drive, say), photos and
 * other attachment files included: the library is copied and checked (`quick_check`), each
 * attachment file is copied and read back against its SHA-256, and the manifest is written
 * last. Everything goes to a `.partial` folder renamed only when complete, so a full disk or a
 * pulled drive leaves no folder that looks like a backup.
 */
export function backupToFolder(db: Db, dataDir: string, parent: string, clock: Clock): FolderBackup {
  const where = resolve(parent)
  if (!existsSync(where) || !statSync(where).isDirectory()) {
    throw new AppError('input.invalid', `There is no folder ${where} to back up to. Connect the drive or choose another folder.`, 'folder')
  }
  const created = clock.now().toISOString()
  const target = join(where, `workbench-backup-${created.replace(/[:.]/g, '-')}`)
  const partial = `${target}.partial`
  rmSync(partial, { recursive: true, force: true })
  try {
    mkdirSync(partial, { mode: 0o700 })
    writeVerified(db, join(partial, FOLDER_LIBRARY))
    const attachments: FolderManifest['attachments'] = []
    const missing: string[] = []
    for (const sha of referencedAttachments(db)) {
      const source = attachmentPath(dataDir, sha)
      if (!existsSync(source)) {
        missing.push(sha)
        continue
      }
      const copy = copyPath(partial, sha)
      mkdirSync(join(copy, '..'), { recursive: true, mode: 0o700 })
      copyFileSync(source, copy)
      if (sha256Of(copy) !== sha) throw new Error(`the copy of attachment ${sha} does not read back as written`)
      attachments.push({ sha256: sha, bytes: statSync(copy).size })
    }
    const manifest: FolderManifest = { format: FORMAT, version: 1, created_at: created, findings: countFindings(db), attachments, missing }
    writeFileSync(join(partial, FOLDER_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`, { mode: 0o600 })
    renameSync(partial, target)
    const bytes = attachments.reduce((n, a) => n + a.bytes, statSync(join(target, FOLDER_LIBRARY)).size)
    return { path: target, created_at: created, findings: manifest.findings, attachments: attachments.length, missing_attachments: missing.length, bytes }
  } catch (error) {
    rmSync(partial, { recursive: true, force: true })
    if (error instanceof AppError) throw error
    throw new AppError('db.full', `The backup to ${where} failed (${(error as Error).message}); nothing was left there. Is the drive full or disconnected?`, 'folder')
  }
}

/** A folder backup checked whole: its library opens, and every attachment file is there and intact. */
export interface CheckedFolderBackup {
  databaseFile: string
  manifest: FolderManifest
}

/**
 * Checks a folder backup before anything is restored from it: the manifest, the library file
 * (integrity, schema version), and every attachment file the library references (present, its
 * SHA-256 right). Any problem refuses the whole backup.
 */
export function checkFolderBackup(folder: string, nativeBinding?: string): CheckedFolderBackup {
  const refuse = (why: string, reason: RefusalReason, sha = '') =>
    new AppError('backup.invalid', `Cannot restore from ${folder}: ${why}. Nothing was changed.`, 'folder', { reason, values: { file: folder, sha: sha.slice(0, 12) } })
  let manifest: FolderManifest
  try {
    manifest = JSON.parse(readFileSync(join(folder, FOLDER_MANIFEST), 'utf8')) as FolderManifest
  } catch {
    throw refuse('it is not a complete Reading Room Workbench backup (its backup.json is missing or unreadable)', 'backup.incomplete')
  }
  if (manifest?.format !== FORMAT || !Array.isArray(manifest.attachments)) throw refuse('its backup.json is not a backup manifest', 'backup.incomplete')
  const databaseFile = join(folder, FOLDER_LIBRARY)
  if (!existsSync(databaseFile)) throw refuse('the library file is missing', 'backup.libraryMissing')
  const referenced = verifyLibraryFile(databaseFile, nativeBinding, folder)
  const held = new Set(manifest.attachments.map((a) => a.sha256))
  const missing = new Set(Array.isArray(manifest.missing) ? manifest.missing : [])
  for (const sha of referenced) {
    if (missing.has(sha)) continue
    const copy = copyPath(folder, sha)
    if (!held.has(sha) || !existsSync(copy)) throw refuse(`the attachment file ${sha.slice(0, 12)}… is missing`, 'backup.attachmentMissing', sha)
    if (sha256Of(copy) !== sha) throw refuse(`the attachment file ${sha.slice(0, 12)}… is damaged`, 'backup.attachmentDamaged', sha)
  }
  return { databaseFile, manifest }
}

/** Copies a checked backup's attachment files into the library folder (content-addressed: existing ones stay). */
export function bringAttachmentsHome(folder: string, checked: CheckedFolderBackup, dataDir: string): void {
  for (const { sha256 } of checked.manifest.attachments) {
    const home = attachmentPath(dataDir, sha256)
    if (existsSync(home)) continue
    mkdirSync(join(home, '..'), { recursive: true, mode: 0o700 })
    const temporary = `${home}.${process.pid}.tmp`
    copyFileSync(copyPath(folder, sha256), temporary)
    renameSync(temporary, home)
  }
}

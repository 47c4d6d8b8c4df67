import Database from 'better-sqlite3'
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { RestoreResult } from '../../shared/api/contract/backup'
import { AppError, type RefusalReason } from '../../shared/api/errors'
import type { Clock } from '../clock'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { readDeviceFile, rememberIssued } from '../device/deviceFile'
import { adoptRestoredFile } from '../identity'
import { backupCreatedAt, backupDatabase, backupName, backupsFolder, missingAttachmentFiles, referencedAttachments } from './backup'
import { bringAttachmentsHome, checkFolderBackup, countFindings } from './folderBackup'

export interface RestoreOptions {
  dataDir: string
  /** The library file the restored database is written to (dataDir/library.sqlite). */
  databaseFile: string
  /** The backup (or any library file) to restore. */
  source: string
  clock: Clock
  nativeBinding?: string
}

/**
 * Replaces the library with `source`. The caller must have closed every connection to it.
 * Order matters for "never loses data": the source is copied and checked first (a bad file
 * changes nothing), then the current library is backed up as `pre-restore`, then the checked
 * copy is fsynced and renamed over the library, so a crash leaves either the old or the new file.
 */
export function restoreLibrary(options: RestoreOptions): RestoreResult {
  if (!existsSync(options.source)) {
    throw new AppError('backup.invalid', `There is no backup file ${options.source}`, 'file', { reason: 'backup.noFile', values: { file: options.source } })
  }
  const staged = `${options.databaseFile}.restoring-${process.pid}.tmp`
  copyFileSync(options.source, staged)
  chmodSync(staged, 0o600)
  let attachments: string[]
  let findings: number
  try {
    attachments = verifyLibraryFile(staged, options.nativeBinding, options.source)
    findings = countFindingsIn(staged, options.nativeBinding)
  } catch (error) {
    rmSync(staged, { force: true })
    throw error
  }
  const preRestore = existsSync(options.databaseFile) ? backupCurrent(options) : null
  adoptAsThisLibrary(staged, options)
  fsyncFile(staged)
  // A WAL left beside the old file would be replayed into the new one: remove it before the swap.
  for (const suffix of ['-wal', '-shm']) rmSync(`${options.databaseFile}${suffix}`, { force: true })
  renameSync(staged, options.databaseFile)
  fsyncFolder(options.dataDir)
  return {
    restored: options.source,
    pre_restore: preRestore,
    missing_attachments: missingAttachmentFiles(options.dataDir, attachments),
    summary: { backup_created_at: backupCreatedAt(options.source), findings, attachments: attachments.length },
  }
}

/**
 * Replaces the library with a folder backup (`backupToFolder`): the whole backup is checked
 * first (library, manifest, every attachment file by its hash), so a damaged or partial one
 * changes nothing; then its attachment files join the library's and the library is restored.
 */
export function restoreFromFolder(options: Omit<RestoreOptions, 'source'> & { folder: string }): RestoreResult {
  const checked = checkFolderBackup(options.folder, options.nativeBinding)
  bringAttachmentsHome(options.folder, checked, options.dataDir)
  const result = restoreLibrary({ ...options, source: checked.databaseFile })
  return {
    ...result,
    restored: options.folder,
    summary: { ...result.summary!, backup_created_at: checked.manifest.created_at },
  }
}

function countFindingsIn(file: string, nativeBinding?: string): number {
  const db = new Database(file, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) })
  try {
    return countFindings(db)
  } finally {
    db.close()
  }
}

/**
 * Checks that `file` is a library this version can open: SQLite's integrity check passes and
 * its schema is not newer than this app's. Returns the attachment hashes it references.
 * Errors name `shownAs` (the file the user chose, not a staged copy of it).
 */
export function verifyLibraryFile(file: string, nativeBinding?: string, shownAs = file): string[] {
  let db: Database.Database | undefined
  try {
    db = new Database(file, nativeBinding ? { nativeBinding } : {})
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).filter((r) => r.integrity_check !== 'ok')
    if (problems.length > 0) throw invalid(shownAs, `it is damaged (${problems[0]!.integrity_check})`, 'backup.damaged')
    const version = db.pragma('user_version', { simple: true }) as number
    if (version === 0) throw invalid(shownAs, 'it is not a Reading Room Workbench library', 'backup.notLibrary')
    if (version > LATEST_SCHEMA_VERSION) {
      throw invalid(shownAs, `it was written by a newer version of the app (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION})`, 'backup.newer')
    }
    return referencedAttachments(db)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw invalid(shownAs, `SQLite cannot read it (${(error as Error).message})`, 'backup.unreadable')
  } finally {
    db?.close()
  }
}

function invalid(file: string, why: string, reason: RefusalReason): AppError {
  return new AppError('backup.invalid', `Cannot restore ${file}: ${why}. Nothing was changed.`, 'file', { reason, values: { file } })
}

/**
 * The restored file becomes this library again, with a new device epoch and a clock floor past
 * every stamp the replaced library issued (remembered in device.json too): colleagues then
 * resend what the restore lost, and no new change reuses a stamp they hold (docs/reliability.md).
 */
function adoptAsThisLibrary(staged: string, options: RestoreOptions): void {
  const current = currentDevice(options)
  if (!current) return
  rememberIssued(options.dataDir, current.deviceId, current.issued, current.epoch)
  const remembered = readDeviceFile(options.dataDir)
  const db = new Database(staged, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    adoptRestoredFile(db, staged, { deviceId: current.deviceId, epoch: remembered?.epoch ?? current.epoch, issued: remembered?.issued })
    db.pragma('journal_mode = DELETE')
  } finally {
    db.close()
  }
}

/** The device id, epoch and latest own stamp of the library about to be replaced, if it can be read. */
function currentDevice(options: RestoreOptions): { deviceId: string; epoch: number; issued?: string } | undefined {
  if (!existsSync(options.databaseFile)) return undefined
  let db: Database.Database | undefined
  try {
    db = new Database(options.databaseFile, { readonly: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
    const meta = (key: string) => db!.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value
    const deviceId = meta('device_id')
    if (!deviceId) return undefined
    const issued = db.prepare<[string], { hlc: string | null }>('SELECT max(hlc) AS hlc FROM ops WHERE device = ?').get(deviceId)?.hlc ?? undefined
    return { deviceId, epoch: Number(meta('device_epoch') ?? 0), ...(issued ? { issued } : {}) }
  } catch {
    // A damaged library: device.json still remembers what it issued.
    const remembered = readDeviceFile(options.dataDir)
    return remembered && { deviceId: remembered.deviceId, epoch: remembered.epoch, ...(remembered.issued ? { issued: remembered.issued } : {}) }
  } finally {
    db?.close()
  }
}

/**
 * Backs up the library about to be replaced. A damaged library cannot be vacuumed, so its raw
 * bytes are kept instead: even a broken file may hold something worth rescuing.
 */
function backupCurrent(options: RestoreOptions): string {
  let db: Database.Database | undefined
  try {
    db = new Database(options.databaseFile, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    return backupDatabase(db, options.dataDir, 'pre-restore', options.clock)
  } catch {
    mkdirSync(backupsFolder(options.dataDir), { recursive: true, mode: 0o700 })
    const copy = join(backupsFolder(options.dataDir), backupName('pre-restore', options.clock.now()))
    copyFileSync(options.databaseFile, `${copy}.partial`)
    chmodSync(`${copy}.partial`, 0o600)
    renameSync(`${copy}.partial`, copy)
    return copy
  } finally {
    db?.close()
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync; NTFS journals renames. */
function fsyncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // Best effort: see above.
  }
}

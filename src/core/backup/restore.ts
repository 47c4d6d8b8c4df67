import Database from 'better-sqlite3'
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { RestoreResult } from '../../shared/api/contract/backup'
import { AppError } from '../../shared/api/errors'
import type { Clock } from '../clock'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { backupDatabase, backupName, backupsFolder, missingAttachmentFiles, referencedAttachments } from './backup'

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
    throw new AppError('backup.invalid', `There is no backup file ${options.source}`, 'file')
  }
  const staged = `${options.databaseFile}.restoring-${process.pid}.tmp`
  copyFileSync(options.source, staged)
  let attachments: string[]
  try {
    attachments = verifyLibraryFile(staged, options.nativeBinding, options.source)
  } catch (error) {
    rmSync(staged, { force: true })
    throw error
  }
  const preRestore = existsSync(options.databaseFile) ? backupCurrent(options) : null
  fsyncFile(staged)
  // A WAL left beside the old file would be replayed into the new one: remove it before the swap.
  for (const suffix of ['-wal', '-shm']) rmSync(`${options.databaseFile}${suffix}`, { force: true })
  renameSync(staged, options.databaseFile)
  fsyncFolder(options.dataDir)
  return {
    restored: options.source,
    pre_restore: preRestore,
    missing_attachments: missingAttachmentFiles(options.dataDir, attachments),
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
    if (problems.length > 0) throw invalid(shownAs, `it is damaged (${problems[0]!.integrity_check})`)
    const version = db.pragma('user_version', { simple: true }) as number
    if (version === 0) throw invalid(shownAs, 'it is not a Reading Room Workbench library')
    if (version > LATEST_SCHEMA_VERSION) {
      throw invalid(shownAs, `it was written by a newer version of the app (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION})`)
    }
    return referencedAttachments(db)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw invalid(shownAs, `SQLite cannot read it (${(error as Error).message})`)
  } finally {
    db?.close()
  }
}

function invalid(file: string, why: string): AppError {
  return new AppError('backup.invalid', `Cannot restore ${file}: ${why}. Nothing was changed.`, 'file')
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
    mkdirSync(backupsFolder(options.dataDir), { recursive: true })
    const copy = join(backupsFolder(options.dataDir), backupName('pre-restore', options.clock.now()))
    copyFileSync(options.databaseFile, copy)
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

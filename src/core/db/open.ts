import Database from 'better-sqlite3'
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError } from '../../shared/api/errors'
import { backupDatabase } from '../backup/backup'
import { systemClock, type Clock } from '../clock'
import { ensurePrivateDatabase, ensurePrivateFolder } from '../privateFiles'
import { futureVersion, migrate } from './migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations'
import type { Db } from './types'

export interface OpenOptions {
  /**
   * Path of a better-sqlite3 addon built for another ABI. The Electron shell passes its
   * Electron-ABI copy here; Node hosts leave it unset and use node_modules' build.
   */
  nativeBinding?: string
  /** Stamps the pre-migration backup's name. */
  clock?: Clock
  /** Libraries up to this size get a full `quick_check` at every open (tests lower it). */
  quickCheckMaxBytes?: number
}

/** About a second of `quick_check` on a laptop; a 100,000-finding library (1 GB) takes 2.5-5.5 s. */
export const QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024

/**
 * Opens (creating if needed) a library database in WAL mode and brings its schema up to date.
 * Before migrating a library that already has a schema, it backs the library up (reason
 * `pre-migration`, in the `backups` folder beside the file).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  refuseNewerVersion(file, options)
  assertWritable(file)
  ensurePrivateDatabase(file)
  const db = openFile(file, options)
  try {
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // Migrate (or refuse a newer schema) before switching to WAL: the switch rewrites the
    // file header, and a refused library must stay byte-for-byte as it was.
    migrate(db, MIGRATIONS, {
      beforeChange: (from) => {
        if (from > 0) backupDatabase(db, dirname(file), 'pre-migration', options.clock ?? systemClock)
      },
    })
    db.pragma('journal_mode = WAL')
    // FULL survives power loss as well as crashes, which a laptop on battery needs.
    db.pragma('synchronous = FULL')
    // 64 MB of page cache (the default is 2 MB): an import writes a dozen tables and their indexes
    // in one transaction, and pages pushed out of a small cache are written and read again.
    db.pragma('cache_size = -65536')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** The library folder: created private, or made private if an older version left it open to others. */
export function prepareLibraryFolder(dataDir: string): void {
  ensurePrivateFolder(dataDir)
}

/**
 * A library written by a newer version is refused before a read-write connection exists: closing
 * one would checkpoint its WAL into the file, changing a library the message says was left alone.
 */
function refuseNewerVersion(file: string, options: OpenOptions): void {
  if (!existsSync(file) || statSync(file).size === 0) return
  let version: number
  let peek: Db | undefined
  try {
    peek = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
    version = peek.pragma('user_version', { simple: true }) as number
  } catch {
    return // unreadable: openFile says so in its own words
  } finally {
    peek?.close()
  }
  if (version > LATEST_SCHEMA_VERSION) throw futureVersion(version, LATEST_SCHEMA_VERSION)
}

/** A folder or file this account cannot write to is said plainly: it is not damage, and no backup helps. */
function assertWritable(file: string): void {
  const blocked = [dirname(file), file].find((path) => {
    if (!existsSync(path)) return false
    try {
      accessSync(path, constants.W_OK)
      return false
    } catch {
      return true
    }
  })
  if (blocked === undefined) return
  throw new AppError(
    'db.read_only',
    `The library at ${dirname(file)} cannot be written to: ${blocked === file ? 'its database file' : 'its folder'} is read-only, or this account has no permission to write there. Give write access (or choose another folder with --data-dir) and open it again. Nothing was changed.`,
  )
}

function openFile(file: string, options: OpenOptions): Db {
  let db: Db | undefined
  try {
    const uncleanShutdown = existsSync(`${file}-wal`)
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    assertReadable(db, file, uncleanShutdown, options.quickCheckMaxBytes ?? QUICK_CHECK_MAX_BYTES)
    return db
  } catch (error) {
    db?.close()
    throw new AppError('db.unreadable', `Cannot open the library database ${file}: ${(error as Error).message}`)
  }
}

/**
 * Catches a damaged file at open rather than at the first query that hits it. Reading the
 * schema parses the header (an overwritten header fails here); a file shorter than its pages
 * is truncated. `quick_check` reads every page, so it runs when that is cheap (a library of up
 * to `maxBytes`) or when the last session did not close cleanly (its WAL is still there).
 */
function assertReadable(db: Db, file: string, uncleanShutdown: boolean, maxBytes: number): void {
  db.pragma('schema_version')
  const bytes = statSync(file).size
  const pages = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number)
  if (!uncleanShutdown && pages > bytes) throw new Error(`it is truncated (${bytes} bytes of ${pages})`)
  if (!uncleanShutdown && bytes > maxBytes) return
  const problems = (db.pragma('quick_check') as { quick_check: string }[]).filter((row) => row.quick_check !== 'ok')
  if (problems.length > 0) throw new Error(`it is damaged (${problems[0]!.quick_check})`)
}

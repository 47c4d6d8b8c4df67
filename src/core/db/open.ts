import Database from 'better-sqlite3'
import { dirname } from 'node:path'
import { AppError } from '../../shared/api/errors'
import { backupDatabase } from '../backup/backup'
import { systemClock, type Clock } from '../clock'
import { migrate } from './migrate'
import { MIGRATIONS } from './migrations'
import type { Db } from './types'

export interface OpenOptions {
  /**
   * Path of a better-sqlite3 addon built for another ABI. The Electron shell passes its
   * Electron-ABI copy here; Node hosts leave it unset and use node_modules' build.
   */
  nativeBinding?: string
  /** Stamps the pre-migration backup's name. */
  clock?: Clock
}

/**
 * Opens (creating if needed) a library database in WAL mode and brings its schema up to date.
 * Before migrating a library that already has a schema, it backs the library up (reason
 * `pre-migration`, in the `backups` folder beside the file).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
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
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

function openFile(file: string, options: OpenOptions): Db {
  let db: Db | undefined
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    // quick_check reads every page (without the index cross-checks of integrity_check), so a
    // truncated or overwritten file is caught here rather than by the first query that hits it.
    const problems = (db.pragma('quick_check') as { quick_check: string }[]).filter((row) => row.quick_check !== 'ok')
    if (problems.length > 0) throw new Error(`it is damaged (${problems[0]!.quick_check})`)
    return db
  } catch (error) {
    db?.close()
    throw new AppError('db.unreadable', `Cannot open the library database ${file}: ${(error as Error).message}`)
  }
}

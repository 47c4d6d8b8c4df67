import Database from 'better-sqlite3'
import { AppError } from '../../shared/api/errors'
import { migrate } from './migrate'
import { MIGRATIONS } from './migrations'
import type { Db } from './types'

export interface OpenOptions {
  /**
   * Path of a better-sqlite3 addon built for another ABI. The Electron shell passes its
   * Electron-ABI copy here; Node hosts leave it unset and use node_modules' build.
   */
  nativeBinding?: string
}

/** Opens (creating if needed) a library database in WAL mode and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = openFile(file, options)
  try {
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // Migrate (or refuse a newer schema) before switching to WAL: the switch rewrites the
    // file header, and a refused library must stay byte-for-byte as it was.
    migrate(db, MIGRATIONS)
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
  try {
    const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    // Reading the schema forces SQLite to parse the header, so a damaged file fails here.
    db.pragma('user_version')
    return db
  } catch (error) {
    throw new AppError(
      'db.unreadable',
      `Cannot open the library database ${file}: ${(error as Error).message}`,
    )
  }
}

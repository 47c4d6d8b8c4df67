import type BetterSqlite3 from 'better-sqlite3'

/** An open library database. Every write goes through `db.transaction`. */
export type Db = BetterSqlite3.Database

/** One numbered schema step. Versions go up in tens so a later fix can slot in between. */
export interface Migration {
  version: number
  name: string
  up: (db: Db) => void
}

import type { Db } from './types'

interface ForeignKeyProblem {
  table: string
  rowid: number | null
  parent: string
  fkid: number
}

/** SQLite's own integrity check plus the foreign-key check, as human-readable problems. */
export function checkLibrary(db: Db): string[] {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
    .map((row) => row.integrity_check)
    .filter((line) => line !== 'ok')
    .map((line) => `integrity: ${line}`)
  const foreignKeys = (db.pragma('foreign_key_check') as ForeignKeyProblem[]).map(
    (row) => `foreign key: ${row.table} row ${row.rowid ?? '?'} points to a missing ${row.parent} row`,
  )
  return [...integrity, ...foreignKeys]
}

import { attachmentPath } from '../attachments/attachmentStore'
import { missingAttachmentFiles, referencedAttachments } from '../backup/backup'
import type { Db } from './types'

interface ForeignKeyProblem {
  table: string
  rowid: number | null
  parent: string
  fkid: number
}

/**
 * SQLite's own integrity check, the foreign-key check and, given the library folder, every
 * attachment whose file is missing (a backup restores records, not files: files are kept by hash).
 */
export function checkLibrary(db: Db, dataDir?: string): string[] {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
    .map((row) => row.integrity_check)
    .filter((line) => line !== 'ok')
    .map((line) => `integrity: ${line}`)
  const foreignKeys = (db.pragma('foreign_key_check') as ForeignKeyProblem[]).map(
    (row) => `foreign key: ${row.table} row ${row.rowid ?? '?'} points to a missing ${row.parent} row`,
  )
  return [...integrity, ...foreignKeys, ...(dataDir === undefined ? [] : attachmentProblems(db, dataDir))]
}

function attachmentProblems(db: Db, dataDir: string): string[] {
  return missingAttachmentFiles(dataDir, referencedAttachments(db)).map(
    (sha) => `attachment: the file of ${sha} is missing (expected at ${attachmentPath(dataDir, sha)})`,
  )
}

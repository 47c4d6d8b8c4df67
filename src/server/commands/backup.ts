import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { BackupInfo, FolderBackup, RestoreResult } from '../../shared/api/contract/backup'
import { restoreFromFolder, restoreLibrary } from '../../core/backup/restore'
import { backupDatabase, listBackups } from '../../core/backup/backup'
import { systemClock } from '../../core/clock'
import { DATABASE_FILE } from '../../core/createApi'
import { isAppError } from '../../shared/api/errors'
import { ApiFailure, call, UsageError, withCore, type Command } from './command'
import { restoreCommand as trashRestoreCommand } from './findings'
import { printRows } from './listing'

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup [--out FILE | --to FOLDER]',
  summary: 'Back the library up now (into its backups folder, to FILE, or with its photos into a new folder inside FOLDER)',
  options: { out: { type: 'string' }, to: { type: 'string' } },
  run: ({ dataDir, flags }) =>
    withCore(dataDir, async (core) => {
      if (typeof flags.to === 'string') {
        const made = await call<FolderBackup>(core, 'backup.toFolder', { folder: resolve(flags.to) })
        process.stdout.write(`backed up ${made.findings} findings and ${made.attachments} photos and files to ${made.path}\n`)
        if (made.missing_attachments > 0) process.stderr.write(`${made.missing_attachments} attachment files were missing from the library folder and are not in the backup\n`)
        return 0
      }
      if (typeof flags.out === 'string') {
        const file = backupDatabase(core.db, dataDir, 'manual', systemClock, resolve(flags.out))
        process.stdout.write(`backed up to ${file}\n`)
        return 0
      }
      const info = await call<BackupInfo>(core, 'backup.create', {})
      process.stdout.write(`backed up to ${info.path}\n`)
      return 0
    }),
}

export const backupsCommand: Command = {
  name: 'backups',
  usage: 'backups [--json]',
  summary: 'List the backups in the library folder, newest first (reason, time, size, path)',
  // Reads the folder only, so it works when the library itself cannot be opened.
  async run({ dataDir, flags }) {
    printRows(listBackups(dataDir), flags.json === true, [
      { heading: 'time', cell: (b) => b.created_at },
      { heading: 'reason', cell: (b) => b.reason },
      { heading: 'bytes', cell: (b) => String(b.bytes) },
      { heading: 'path', cell: (b) => b.path },
    ])
    return 0
  },
}

/**
 * `restore FILE` replaces the library with a backup; `restore ID...` (the older meaning) brings
 * findings back from the Trash. A finding id is never the name of an existing file.
 */
export const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore FILE | FOLDER   |   restore ID [ID...]',
  summary: 'Replace the library with a backup FILE or a backup FOLDER made by `backup --to` (backing up the current one first), or restore findings from the Trash',
  async run(context) {
    const [first] = context.args
    const folder = context.args.length === 1 && first !== undefined && isFolder(first)
    if (!folder && (context.args.length !== 1 || !first || !isFile(first))) return trashRestoreCommand.run(context)
    const result = restoreFile(context.dataDir, resolve(first!), folder)
    process.stdout.write(`restored ${result.restored}\n`)
    if (result.summary) {
      const { backup_created_at: when, findings, attachments } = result.summary
      process.stdout.write(`the library now holds ${findings} findings and ${attachments} photos and files${when ? ` as of ${when}` : ''}\n`)
    }
    if (result.pre_restore) process.stdout.write(`the library as it was is kept in ${result.pre_restore}\n`)
    for (const sha of result.missing_attachments) process.stderr.write(`missing attachment file: ${sha}\n`)
    return 0
  },
}

/** The library's file is replaced directly: a damaged library cannot be opened to restore it. */
function restoreFile(dataDir: string, source: string, folder: boolean): RestoreResult {
  const target = { dataDir, databaseFile: join(dataDir, DATABASE_FILE), clock: systemClock }
  try {
    return folder ? restoreFromFolder({ ...target, folder: source }) : restoreLibrary({ ...target, source })
  } catch (error) {
    if (isAppError(error)) throw new ApiFailure(error.toJSON())
    throw error
  }
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory()
}

function isFile(path: string): boolean {
  if (!existsSync(path)) {
    if (/\.sqlite$/i.test(path)) throw new UsageError(`There is no backup file ${path}`)
    return false
  }
  return statSync(path).isFile()
}

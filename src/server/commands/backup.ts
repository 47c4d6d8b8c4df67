import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { BackupInfo, RestoreResult } from '../../shared/api/contract/backup'
import { restoreLibrary } from '../../core/backup/restore'
import { backupDatabase, listBackups } from '../../core/backup/backup'
import { systemClock } from '../../core/clock'
import { DATABASE_FILE } from '../../core/createApi'
import { isAppError } from '../../shared/api/errors'
import { ApiFailure, call, UsageError, withCore, type Command } from './command'
import { restoreCommand as trashRestoreCommand } from './findings'
import { printRows } from './listing'

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup [--out FILE]',
  summary: 'Back the library up now (into its backups folder, or to FILE)',
  options: { out: { type: 'string' } },
  run: ({ dataDir, flags }) =>
    withCore(dataDir, async (core) => {
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
  usage: 'restore FILE   |   restore ID [ID...]',
  summary: 'Replace the library with a backup FILE (backing up the current one first), or restore findings from the Trash',
  async run(context) {
    const [first] = context.args
    if (context.args.length !== 1 || !first || !isFile(first)) return trashRestoreCommand.run(context)
    const result = restoreFile(context.dataDir, resolve(first))
    process.stdout.write(`restored ${result.restored}\n`)
    if (result.pre_restore) process.stdout.write(`the library as it was is kept in ${result.pre_restore}\n`)
    for (const sha of result.missing_attachments) process.stderr.write(`missing attachment file: ${sha}\n`)
    return 0
  },
}

/** The library's file is replaced directly: a damaged library cannot be opened to restore it. */
function restoreFile(dataDir: string, source: string): RestoreResult {
  try {
    return restoreLibrary({ dataDir, databaseFile: join(dataDir, DATABASE_FILE), source, clock: systemClock })
  } catch (error) {
    if (isAppError(error)) throw new ApiFailure(error.toJSON())
    throw error
  }
}

function isFile(path: string): boolean {
  if (!existsSync(path)) {
    if (/\.sqlite$/i.test(path)) throw new UsageError(`There is no backup file ${path}`)
    return false
  }
  return statSync(path).isFile()
}

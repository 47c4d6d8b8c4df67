import { join, resolve } from 'node:path'
import { contract, type Api, type CoreApi, type Method } from '../../shared/api/contract'
import { SESSION_METHODS, type RestoreResult, type SessionMethod } from '../../shared/api/contract/backup'
import { AppError, isAppError, type ApiError } from '../../shared/api/errors'
import { createDispatcher, type Dispatch } from '../api/dispatch'
import { backupsFolder, listBackups } from '../backup/backup'
import { checkFolderBackup } from '../backup/folderBackup'
import { restoreFromFolder, restoreLibrary } from '../backup/restore'
import { systemClock } from '../clock'
import { createApi, DATABASE_FILE, type Core, type CoreOptions } from '../createApi'
import { createEventHub, type EventHub } from '../eventHub'

/**
 * What a host serves: one dispatcher and one event hub that outlive the library they front.
 * When the library opens, every call goes to it; when it cannot be opened (damaged, truncated,
 * written by a newer version), the session stays up in recovery mode, answering
 * `recovery.status` and the restore methods, so the page shows a way out instead of a crash.
 */
export interface LibrarySession {
  dispatch: Dispatch
  events: EventHub
  /** The open library, or undefined in recovery mode. */
  readonly core: Core | undefined
  /** Why the library could not be opened; undefined when it is open. */
  readonly problem: ApiError | undefined
  close(): Promise<void> | void
}

/** Opens the library in `options.dataDir`, falling back to recovery mode instead of throwing. */
export function openLibrarySession(options: CoreOptions): LibrarySession {
  const events = options.events ?? createEventHub()
  const clock = options.clock ?? systemClock
  let core: Core | undefined
  let problem: ApiError | undefined

  function open(): void {
    try {
      core = createApi({ ...options, events })
      problem = undefined
    } catch (error) {
      core = undefined
      problem = describeProblem(error)
      console.error(`[workbench] the library did not open: ${problem.message}`)
    }
  }

  /**
   * Closes the library (waiting for its search worker, which holds the index files, to stop),
   * swaps the file, and opens whatever is there now (restored or not).
   */
  async function restore(source: string, from: 'file' | 'folder' = 'file'): Promise<RestoreResult> {
    const target = { dataDir: options.dataDir, databaseFile: join(options.dataDir, DATABASE_FILE), clock, nativeBinding: options.nativeBinding }
    // A folder backup is checked whole before the library is closed: a damaged one costs nothing.
    if (from === 'folder') checkFolderBackup(source, options.nativeBinding)
    const closing = core?.close()
    core = undefined
    await closing
    try {
      return from === 'folder' ? restoreFromFolder({ ...target, folder: source }) : restoreLibrary({ ...target, source })
    } finally {
      open()
    }
  }

  async function restoreLatest(): Promise<RestoreResult> {
    const candidates = listBackups(options.dataDir)
    for (const backup of candidates) {
      try {
        return await restore(backup.path)
      } catch (error) {
        if (!(isAppError(error) && error.code === 'backup.invalid')) throw error
      }
    }
    throw new AppError(
      'backup.invalid',
      candidates.length === 0
        ? `There are no backups in ${backupsFolder(options.dataDir)} to restore`
        : `None of the ${candidates.length} backups in ${backupsFolder(options.dataDir)} is a readable library`,
    )
  }

  function requireCore(): Core {
    if (core) return core
    throw new AppError('library.unavailable', `The library could not be opened: ${problem?.message ?? 'unknown'}. Restore a backup to continue.`)
  }

  const sessionApi: Pick<Api, SessionMethod> = {
    'backup.restore': ({ name }) => restore(join(backupsFolder(options.dataDir), name)),
    'backup.restoreFolder': ({ folder }) => restore(resolve(folder), 'folder'),
    'recovery.status': () => ({ problem: problem ?? null, backups: listBackups(options.dataDir) }),
    'recovery.restoreLatest': () => restoreLatest(),
  }
  const api: Api = { ...forwardToCore(requireCore), ...sessionApi }

  open()
  return {
    dispatch: createDispatcher(api, events, options),
    events,
    get core() {
      return core
    },
    get problem() {
      return problem
    },
    close: () => core?.close(),
  }
}

/** Every core method, calling whichever library is open at the time of the call. */
function forwardToCore(requireCore: () => Core): CoreApi {
  const methods = (Object.keys(contract) as Method[]).filter((m) => !(SESSION_METHODS as readonly string[]).includes(m))
  const forwarded = methods.map((method) => [
    method,
    (input: unknown) => (requireCore().api[method as keyof CoreApi] as (input: unknown) => unknown)(input),
  ])
  return Object.fromEntries(forwarded) as CoreApi
}

function describeProblem(error: unknown): ApiError {
  if (isAppError(error)) return error.toJSON()
  return { code: 'db.unreadable', message: `The library could not be opened: ${(error as Error)?.message ?? String(error)}` }
}

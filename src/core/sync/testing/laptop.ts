import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { ApiResult } from '../../../shared/api/errors'
import type { ImportReport } from '../../../shared/model/sync'
import { backupDatabase } from '../../backup/backup'
import { restoreLibrary } from '../../backup/restore'
import type { Clock } from '../../clock'
import { DATABASE_FILE, type CoreOptions } from '../../createApi'
import { openTempLibrary, tempDir, TEST_RESOURCES_DIR, type TempLibrary } from '../../testing/tempLibrary'

export const SCENARIO_FINDINGS = JSON.parse(
  readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8'),
) as Record<string, unknown>[]

/** A laptop's wall clock: the real time shifted by `skew` milliseconds, which a test may change (set back, say). */
export interface SkewedClock extends Clock {
  skew: number
}

export function skewedClock(skew = 0): SkewedClock {
  const clock = { skew, now: () => new Date(Date.now() + clock.skew) }
  return clock
}

export interface Laptop {
  clock: SkewedClock
  dataDir: string
  readonly library: TempLibrary
  readonly deviceId: string
  call<T>(method: string, input?: unknown): Promise<T>
  exportFor(forName?: string): Promise<string>
  importFile(file: string): Promise<ImportReport>
  state(): Promise<unknown[]>
  backup(): string
  reopen(): Promise<void>
  restore(file: string): Promise<void>
  copyFolder(copyClock?: SkewedClock): Promise<Laptop>
  dispose(): Promise<void>
}

/**
 * A researcher's laptop for sync tests: a real library in a temp folder, driven through the API.
 * It can be closed and opened again, restored from a backup, or copied folder and all, as a
 * user would with the app closed.
 */
export function laptop(options: Omit<Partial<CoreOptions>, 'clock'> & { clock?: SkewedClock } = {}): Laptop {
  const clock = options.clock ?? skewedClock()
  const dataDir = options.dataDir ?? tempDir()
  const open = () => openTempLibrary({ ...options, dataDir, clock })
  let library = open()
  /** Quits as the CLI does: after the day's backup, so no two copies run at once. */
  const quit = async () => {
    await library.backgroundWork
    await library.close()
  }
  async function call<T>(method: string, input: unknown = {}): Promise<T> {
    const result = (await library.dispatch(method, input)) as ApiResult<T>
    if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`)
    return result.value
  }
  const self: Laptop = {
    clock,
    dataDir,
    get library() {
      return library
    },
    get deviceId(): string {
      return library.identity.deviceId
    },
    call,
    /** A sync file (base64) of what `forName` has not seen, or of everything. */
    exportFor: async (forName?: string) =>
      (await call<{ file_base64: string }>('sync.export', forName ? { for: forName } : {})).file_base64,
    importFile: (file: string) => call<ImportReport>('sync.import', { file_base64: file }),
    /** Every finding's user-visible state, to compare laptops. */
    async state(): Promise<unknown[]> {
      const rows = library.db.prepare('SELECT id, deleted, data FROM findings ORDER BY id').all() as { data: string }[]
      return rows.map((row) => {
        const f = JSON.parse(row.data) as Record<string, unknown>
        const { created_at: _c, updated_at: _u, ...rest } = f
        return rest
      })
    },
    /** A backup of the library as it is now (as the daily or a pre-import backup would be). */
    backup: (): string => backupDatabase(library.db, dataDir, 'manual', clock),
    /** Quits the app and starts it again. */
    async reopen(): Promise<void> {
      await quit()
      library = open()
    },
    /** Quits, restores `file` over the library (as `workbench restore FILE` does) and starts again. */
    async restore(file: string): Promise<void> {
      await quit()
      restoreLibrary({ dataDir, databaseFile: join(dataDir, DATABASE_FILE), source: file, clock })
      library = open()
    },
    /** Quits, copies the whole library folder elsewhere (README's way of moving a library), and starts both. */
    async copyFolder(copyClock: SkewedClock = skewedClock(clock.skew)): Promise<Laptop> {
      await quit()
      const copy = join(tempDir(), 'copied-library')
      cpSync(dataDir, copy, { recursive: true })
      library = open()
      return laptop({ clock: copyClock, dataDir: copy })
    },
    dispose: async () => {
      await library.backgroundWork
      await library.dispose()
    },
  }
  return self
}

export async function exchange(from: Laptop, to: Laptop, forName?: string): Promise<ImportReport> {
  return to.importFile(await from.exportFor(forName))
}

/** For a test file: opens laptops that are all disposed after each test. */
export function laptopsPerTest(): (options?: Parameters<typeof laptop>[0]) => Laptop {
  const opened: Laptop[] = []
  afterEach(() => Promise.all(opened.splice(0).map((l) => l.dispose())))
  return (options) => {
    const l = laptop(options)
    opened.push(l)
    return l
  }
}

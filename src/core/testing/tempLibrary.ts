import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createApi, type Core, type CoreOptions } from '../createApi'

/** The repository's resources folder, for tests that open a real library. */
export const TEST_RESOURCES_DIR = resolve(__dirname, '..', '..', '..', 'resources')

/**
 * A fresh, empty directory under the OS temp folder, or under `WORKBENCH_TEST_TMPDIR` when set
 * (long property tests put their libraries on a RAM disk there: real files, without the wait
 * for a shared disk's fsyncs).
 */
export function tempDir(prefix = 'workbench-test-'): string {
  return mkdtempSync(join(process.env.WORKBENCH_TEST_TMPDIR ?? tmpdir(), prefix))
}

/**
 * Opens a real library (real SQLite, real files) in a new temp directory, with output
 * validation on so every result is checked against the contract. Call `dispose()` after.
 */
export type TempLibrary = Core & { dataDir: string; dispose(): Promise<void> }

export function openTempLibrary(options: Partial<CoreOptions> = {}): TempLibrary {
  const dataDir = options.dataDir ?? tempDir()
  const core = createApi({ resourcesDir: TEST_RESOURCES_DIR, validateOutput: true, searchStart: 'onDemand', ...options, dataDir })
  return {
    ...core,
    dataDir,
    async dispose() {
      await core.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

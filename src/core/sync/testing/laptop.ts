import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ApiResult } from '../../../shared/api/errors'
import type { ImportReport } from '../../../shared/model/sync'
import type { CoreOptions } from '../../createApi'
import { openTempLibrary, TEST_RESOURCES_DIR } from '../../testing/tempLibrary'

export const SCENARIO_FINDINGS = JSON.parse(
  readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8'),
) as Record<string, unknown>[]

/** A researcher's laptop for sync tests: a real library in a temp folder, driven through the API. */
export function laptop(options: Partial<CoreOptions> = {}) {
  const library = openTempLibrary(options)
  async function call<T>(method: string, input: unknown = {}): Promise<T> {
    const result = (await library.dispatch(method, input)) as ApiResult<T>
    if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`)
    return result.value
  }
  return {
    library,
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
    dispose: () => library.dispose(),
  }
}

export type Laptop = ReturnType<typeof laptop>

export async function exchange(from: Laptop, to: Laptop, forName?: string): Promise<ImportReport> {
  return to.importFile(await from.exportFor(forName))
}

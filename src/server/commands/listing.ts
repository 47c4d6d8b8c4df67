import { createApi } from '../../core/createApi'
import type { ApiError } from '../../shared/api/errors'
import { RESOURCES_DIR } from '../appPaths'

/** A column of a readable table: its heading and how to print a row's cell. */
export interface Column<T> {
  heading: string
  cell(row: T): string
}

/**
 * Runs one read-only method through the validating dispatcher and prints its rows as JSON or as
 * a table. Bad input (a malformed date, an unknown actor) is the caller's to fix: exit 2.
 */
export async function listCommand<T>(
  dataDir: string,
  method: string,
  input: Record<string, unknown>,
  options: { json: boolean; columns: Column<T>[] },
): Promise<number> {
  const core = createApi({ dataDir, resourcesDir: RESOURCES_DIR })
  try {
    const result = await core.dispatch(method, input)
    if (!result.ok) return reportError(result.error)
    const rows = result.value as T[]
    process.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : table(rows, options.columns))
    return 0
  } finally {
    core.close()
  }
}

function reportError(error: ApiError): number {
  process.stderr.write(`workbench: ${error.message}\n`)
  return error.code === 'internal' ? 1 : 2
}

function table<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => c.cell(row)))
  const widths = columns.map((c, i) => Math.max(c.heading.length, ...cells.map((r) => [...(r[i] ?? '')].length)))
  const line = (values: string[]): string =>
    values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i] ?? 0))).join('  ').trimEnd()
  return [line(columns.map((c) => c.heading)), ...cells.map(line), `${rows.length} rows`].join('\n') + '\n'
}

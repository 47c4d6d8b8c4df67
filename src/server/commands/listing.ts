import { printJson } from './command'

/** A column of a readable table: its heading and how to print a row's cell. */
export interface Column<T> {
  heading: string
  cell(row: T): string
}

/** Prints rows as JSON or as an aligned table with a row count. */
export function printRows<T>(rows: T[], json: boolean, columns: Column<T>[]): void {
  if (json) printJson(rows)
  else process.stdout.write(table(rows, columns))
}

function table<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => c.cell(row)))
  const widths = columns.map((c, i) => Math.max(c.heading.length, ...cells.map((r) => [...(r[i] ?? '')].length)))
  const line = (values: string[]): string =>
    values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i] ?? 0))).join('  ').trimEnd()
  return [line(columns.map((c) => c.heading)), ...cells.map(line), `${rows.length} rows`].join('\n') + '\n'
}

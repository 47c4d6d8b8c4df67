/**
 * Sync import benchmark (issue 6): export N findings from one library, import the file into a
 * fresh one, and compare with plain SQLite inserts of exactly the rows the import wrote, in the
 * same run. Run: npx tsx scripts/bench/sync.ts [--sizes 10000,100000]
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createApi } from '../../src/core/createApi'
import { openDatabase } from '../../src/core/db/open'
import type { Db } from '../../src/core/db/types'
import { generateLibrary } from '../generate-library'

const ROOT = resolve(__dirname, '..', '..')
const RESOURCES = join(ROOT, 'resources')
const WORK = join(ROOT, '.bench')
/** The tables an import writes; the baseline inserts the same rows into them. */
const TABLES = ['ops', 'documents', 'findings', 'finding_tags', 'finding_claims', 'finding_links', 'seen_vector']

/**
 * The search index is built by a worker in the background, after an import has returned, and is
 * not part of what is timed; started at open it would compete for the CPU (a rebuild, then the
 * imported findings) with the import, the re-import and the baseline on a 2-core machine.
 */
const SEARCH = 'onDemand'

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await work()
  return { value, ms: performance.now() - started }
}

async function source(count: number): Promise<string> {
  const dir = join(WORK, `sync-source-${count}`)
  if (!existsSync(join(dir, 'library.sqlite'))) {
    console.log(`generating ${count.toLocaleString('en-US')} findings in ${dir} (once; reused afterwards)…`)
    await generateLibrary(dir, count, 1, () => undefined)
  }
  return dir
}

/** Copies the rows of `tables` from one database into a fresh library, timing only the inserts. */
function plainInsert(from: Db, dir: string): { ms: number; rows: number } {
  const target = openDatabase(join(dir, 'library.sqlite'))
  const data = TABLES.map((table) => ({ table, rows: from.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[] }))
  const started = performance.now()
  target.pragma('foreign_keys = OFF')
  target.transaction(() => {
    for (const { table, rows } of data) {
      if (rows.length === 0) continue
      const columns = Object.keys(rows[0]!)
      const insert = target.prepare(`INSERT OR REPLACE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
      for (const row of rows) insert.run(row)
    }
  })()
  const ms = performance.now() - started
  target.close()
  return { ms, rows: data.reduce((n, d) => n + d.rows.length, 0) }
}

async function run(count: number): Promise<string> {
  const from = createApi({ dataDir: await source(count), resourcesDir: RESOURCES, searchStart: SEARCH })
  const exported = await timed(() => from.api['sync.export']({}))
  from.close()
  const bytes = Buffer.from(exported.value.file_base64, 'base64')
  const targetDir = join(WORK, `sync-target-${count}`)
  rmSync(targetDir, { recursive: true, force: true })
  const to = createApi({ dataDir: targetDir, resourcesDir: RESOURCES, searchStart: SEARCH })
  const imported = await timed(() => to.api['sync.import']({ file_base64: exported.value.file_base64 }))
  const again = await timed(() => to.api['sync.import']({ file_base64: exported.value.file_base64 }))
  const plainDir = join(WORK, `sync-plain-${count}`)
  rmSync(plainDir, { recursive: true, force: true })
  mkdirSync(plainDir, { recursive: true })
  const plain = plainInsert(to.db, plainDir)
  to.close()
  const ratio = imported.ms / plain.ms
  console.log(
    `${count.toLocaleString('en-US')} findings: export ${seconds(exported.ms)} (${(bytes.length / 1e6).toFixed(1)} MB, ` +
      `${exported.value.changes.toLocaleString('en-US')} changes); import ${seconds(imported.ms)}; re-import ${seconds(again.ms)} ` +
      `(${again.value.newChanges} new); plain insert of the same ${plain.rows.toLocaleString('en-US')} rows ${seconds(plain.ms)}; ` +
      `ratio ${ratio.toFixed(2)}`,
  )
  return `| ${count.toLocaleString('en-US')} | ${seconds(exported.ms)} | ${(bytes.length / 1e6).toFixed(1)} MB | ${seconds(imported.ms)} | ${seconds(again.ms)} | ${plain.rows.toLocaleString('en-US')} | ${seconds(plain.ms)} | ${ratio.toFixed(2)} |`
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000' } } })
  mkdirSync(WORK, { recursive: true })
  const rows: string[] = []
  for (const size of values.sizes.split(',').map(Number)) rows.push(await run(size))
  console.log('\n| findings | export | file | import | re-import | rows written | plain insert | import / plain |')
  console.log('|---|---|---|---|---|---|---|---|')
  for (const row of rows) console.log(row)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

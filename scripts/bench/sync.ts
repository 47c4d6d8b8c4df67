/**
 * Sync import benchmark (issue 6): export N findings from one library, import the file into a
 * fresh one, and compare with plain SQLite inserts of exactly the rows the import wrote, in the
 * same run, each repeated (median). Run: npx tsx scripts/bench/sync.ts [--sizes 10000,100000] [--repeat 3]
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

/** One import into a fresh library, its re-import, and the plain insert of the rows it wrote. */
async function importOnce(count: number, file: string): Promise<{ importMs: number; againMs: number; newAgain: number; plainMs: number; rows: number }> {
  const targetDir = join(WORK, `sync-target-${count}`)
  rmSync(targetDir, { recursive: true, force: true })
  const to = createApi({ dataDir: targetDir, resourcesDir: RESOURCES, searchStart: SEARCH })
  const imported = await timed(() => to.api['sync.import']({ file_base64: file }))
  const again = await timed(() => to.api['sync.import']({ file_base64: file }))
  const plainDir = join(WORK, `sync-plain-${count}`)
  rmSync(plainDir, { recursive: true, force: true })
  mkdirSync(plainDir, { recursive: true })
  const plain = plainInsert(to.db, plainDir)
  to.close()
  return { importMs: imported.ms, againMs: again.ms, newAgain: again.value.newChanges, plainMs: plain.ms, rows: plain.rows }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * Disk and memory timings on this machine vary by a third from run to run, for the import and
 * for the plain insert alike, so each is repeated and the ratio is taken of the medians.
 */
async function run(count: number, repeat: number): Promise<string> {
  const from = createApi({ dataDir: await source(count), resourcesDir: RESOURCES, searchStart: SEARCH })
  const exported = await timed(() => from.api['sync.export']({}))
  from.close()
  const bytes = Buffer.from(exported.value.file_base64, 'base64')
  const runs = []
  for (let i = 0; i < repeat; i++) runs.push(await importOnce(count, exported.value.file_base64))
  const importMs = median(runs.map((r) => r.importMs))
  const againMs = median(runs.map((r) => r.againMs))
  const plainMs = median(runs.map((r) => r.plainMs))
  const ratio = importMs / plainMs
  const each = runs.map((r) => (r.importMs / r.plainMs).toFixed(2)).join(', ')
  const { rows } = runs[0]!
  console.log(
    `${count.toLocaleString('en-US')} findings: export ${seconds(exported.ms)} (${(bytes.length / 1e6).toFixed(1)} MB, ` +
      `${exported.value.changes.toLocaleString('en-US')} changes); median of ${repeat}: import ${seconds(importMs)}; ` +
      `re-import ${seconds(againMs)} (${runs[0]!.newAgain} new); plain insert of the same ${rows.toLocaleString('en-US')} rows ` +
      `${seconds(plainMs)}; ratio ${ratio.toFixed(2)} (each run: ${each})`,
  )
  return `| ${count.toLocaleString('en-US')} | ${seconds(exported.ms)} | ${(bytes.length / 1e6).toFixed(1)} MB | ${seconds(importMs)} | ${seconds(againMs)} | ${rows.toLocaleString('en-US')} | ${seconds(plainMs)} | ${ratio.toFixed(2)} (${each}) |`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '10000,100000' }, repeat: { type: 'string', default: '3' } },
  })
  mkdirSync(WORK, { recursive: true })
  const rows: string[] = []
  for (const size of values.sizes.split(',').map(Number)) rows.push(await run(size, Number(values.repeat)))
  console.log('\n| findings | export | file | import (median) | re-import | rows written | plain insert (median) | import / plain (each run) |')
  console.log('|---|---|---|---|---|---|---|---|')
  for (const row of rows) console.log(row)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

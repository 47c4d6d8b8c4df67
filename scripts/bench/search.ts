/**
 * Search benchmark: our engine (MiniSearch alone, and MiniSearch + FTS5 for long text) against
 * SQLite FTS5 with the unicode61 and trigram tokenizers, on the same generated corpus in one run.
 *
 *   NODE_OPTIONS=--max-old-space-size=12000 npx tsx --expose-gc scripts/bench/search.ts \
 *     [--sizes 10000,100000] [--mini-max 10000] [--only fts5,ours,mini]
 *
 * (The corpus, its folded copies for the brute-force truth and four indexes share one process:
 * at 100k the default heap limit is too small.)
 *
 * --mini-max: largest corpus on which MiniSearch-only is run (it needs ~1 GB at 100k).
 */
import Database from 'better-sqlite3'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { aliasesFromEntities } from '../../src/core/search/aliases'
import { SearchEngine } from '../../src/core/search/engine'
import { fieldText } from '../../src/core/search/snippet'
import { TEXT_FIELDS, type SearchDoc } from '../../src/core/search/types'
import { generateCorpus, namePools } from './searchCorpus'
import { foldDoc, makeQueries, truth, typingQueries, type BenchQuery, type QueryKind } from './searchQueries'

interface Searcher {
  name: string
  search: (q: string, limit: number, prefix: boolean) => string[]
}

interface Row {
  size: number
  name: string
  buildMs: number
  loadMs?: number
  savedMb?: number
  heapMb: number
  rssMb: number
  diskMb?: number
  p50: number
  p95: number
  p99: number
  typeP95: number
  recall: Partial<Record<QueryKind, number>>
}

const args = process.argv.slice(2)
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback
}
const SIZES = arg('--sizes', '10000,100000').split(',').map(Number)
const MINI_MAX = Number(arg('--mini-max', '10000'))
/** Which runs to make: fts5 (both baselines), ours (MiniSearch + FTS5), mini (MiniSearch only). */
const ONLY = new Set(arg('--only', 'fts5,ours,mini').split(','))
const gc = (): void => (globalThis as { gc?: () => void }).gc?.()
const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10

function memory(): { heap: number; rss: number } {
  gc()
  gc()
  const m = process.memoryUsage()
  return { heap: m.heapUsed + m.external + m.arrayBuffers, rss: m.rss }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100
}

function timeQueries(s: Searcher, queries: BenchQuery[]): number[] {
  return queries.map((q) => {
    const t = performance.now()
    s.search(q.text, 20, q.kind === 'prefix')
    return performance.now() - t
  })
}

function recallOf(s: Searcher, queries: BenchQuery[], truths: Map<BenchQuery, Set<string>>): Row['recall'] {
  const sums = new Map<QueryKind, { hit: number; n: number }>()
  for (const q of queries) {
    const found = new Set(s.search(q.text, Infinity, q.kind === 'prefix'))
    const acc = sums.get(q.kind) ?? { hit: 0, n: 0 }
    if (q.kind === 'typo') {
      acc.hit += found.has(q.target!) ? 1 : 0
      acc.n += 1
    } else {
      const t = truths.get(q)!
      if (t.size === 0) continue
      acc.hit += [...t].filter((id) => found.has(id)).length / t.size
      acc.n += 1
    }
    sums.set(q.kind, acc)
  }
  return Object.fromEntries([...sums].map(([k, v]) => [k, Math.round((v.hit / v.n) * 1000) / 1000]))
}

function measure(size: number, s: Searcher, queries: BenchQuery[], truths: Map<BenchQuery, Set<string>>): Omit<Row, 'size' | 'name' | 'buildMs' | 'heapMb' | 'rssMb'> {
  timeQueries(s, queries.slice(0, 20)) // warm-up
  const times = timeQueries(s, queries)
  const typing = typingQueries().map((q) => {
    const t = performance.now()
    s.search(q, 10, true)
    return performance.now() - t
  })
  process.stdout.write(`  ${s.name}: measured latency at ${size}\n`)
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), typeP95: percentile(typing, 95), recall: recallOf(s, queries, truths) }
}

function ourEngine(name: string, engine: SearchEngine): Searcher {
  return { name, search: (q, limit) => engine.search(q, { limit, snippets: Number.isFinite(limit) }).hits.map((h) => h.id) }
}

function runOurs(size: number, docs: SearchDoc[], withFts: boolean, aliases: ReturnType<typeof aliasesFromEntities>, ctx: Ctx): Row {
  const name = withFts ? 'ours: MiniSearch + FTS5' : 'ours: MiniSearch only'
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'))
  const dbFile = join(dir, 'search.sqlite')
  const open = (): Database.Database => {
    const db = new Database(dbFile)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    return db
  }
  const before = memory()
  const t0 = performance.now()
  const engine = new SearchEngine({ aliases, ...(withFts ? { fts: open() } : {}) })
  for (let i = 0; i < docs.length; i += 1000) engine.add(docs.slice(i, i + 1000))
  const buildMs = performance.now() - t0
  const after = memory()
  const json = JSON.stringify(engine)
  const t1 = performance.now()
  const loaded = SearchEngine.load(json, { aliases, ...(withFts ? { fts: open() } : {}) })
  const loadMs = performance.now() - t1
  const row: Row = {
    size, name, buildMs, loadMs, savedMb: mb(Buffer.byteLength(json)),
    heapMb: mb(after.heap - before.heap), rssMb: mb(after.rss - before.rss),
    ...(withFts ? { diskMb: mb(statSync(dbFile).size + walSize(dbFile)) } : {}),
    ...measure(size, ourEngine(name, loaded), ctx.queries, ctx.truths),
  }
  rmSync(dir, { recursive: true, force: true })
  return row
}

function walSize(file: string): number {
  try {
    return statSync(`${file}-wal`).size
  } catch {
    return 0
  }
}

function runFts(size: number, docs: SearchDoc[], tokenizer: 'unicode61' | 'trigram', ctx: Ctx): Row {
  const dir = mkdtempSync(join(tmpdir(), 'bench-fts-'))
  const file = join(dir, 'fts.sqlite')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  const before = memory()
  const t0 = performance.now()
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize='${tokenizer === 'trigram' ? 'trigram' : 'unicode61 remove_diacritics 2'}')`)
  const insert = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)')
  db.transaction(() => docs.forEach((d, i) => insert.run(i + 1, TEXT_FIELDS.map((f) => fieldText(d, f)).join('\n'))))()
  const buildMs = performance.now() - t0
  const after = memory()
  const ids = docs.map((d) => d.id)
  const match = db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT ?').pluck()
  const like = db.prepare('SELECT rowid FROM t WHERE body LIKE ? LIMIT ?').pluck()
  const name = `FTS5 ${tokenizer}`
  const searcher: Searcher = {
    name,
    search: (q, limit, prefix) => {
      const lim = Number.isFinite(limit) ? limit : -1
      try {
        if (tokenizer === 'trigram') {
          const rows = [...q].length < 3 ? like.all(`%${q}%`, lim) : match.all(`"${q.replaceAll('"', '""')}"`, lim)
          return (rows as number[]).map((r) => ids[r - 1]!)
        }
        const terms = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
        if (terms.length === 0) return []
        const expr = terms.map((t, i) => `"${t}"${prefix || i === terms.length - 1 ? '*' : ''}`).join(' ')
        return (match.all(expr, lim) as number[]).map((r) => ids[r - 1]!)
      } catch {
        return []
      }
    },
  }
  const row: Row = { size, name, buildMs, heapMb: mb(after.heap - before.heap), rssMb: mb(after.rss - before.rss), diskMb: mb(statSync(file).size + walSize(file)), ...measure(size, searcher, ctx.queries, ctx.truths) }
  db.close()
  rmSync(dir, { recursive: true, force: true })
  return row
}

interface Ctx {
  queries: BenchQuery[]
  truths: Map<BenchQuery, Set<string>>
}

/** Brute-force answers; the folded copies of the corpus are dropped once they are computed. */
function truthsOf(queries: BenchQuery[], docs: SearchDoc[]): Map<BenchQuery, Set<string>> {
  const folded = docs.map(foldDoc)
  return new Map(queries.map((q) => [q, truth(q, folded)]))
}

function main(): void {
  const entities = JSON.parse(readFileSync(join(__dirname, '..', '..', 'resources', 'seed', 'entities.json'), 'utf8'))
  const aliases = aliasesFromEntities(entities)
  const rows: Row[] = []
  for (const size of SIZES) {
    // Entity links are left out on purpose: name recall must come from text and alias processing.
    const docs = generateCorpus(size, 42, namePools(aliases)).map(({ entities: _links, ...d }) => d)
    const queries = makeQueries(docs, aliases, 7)
    const ctx = { queries, truths: truthsOf(queries, docs) }
    process.stdout.write(`corpus ${size}: ${docs.length} findings, ${queries.length} queries\n`)
    const runs = [
      ...(ONLY.has('fts5') ? [() => runFts(size, docs, 'unicode61', ctx), () => runFts(size, docs, 'trigram', ctx)] : []),
      ...(ONLY.has('ours') ? [() => runOurs(size, docs, true, aliases, ctx)] : []),
      ...(ONLY.has('mini') && size <= MINI_MAX ? [() => runOurs(size, docs, false, aliases, ctx)] : []),
    ]
    for (const run of runs) {
      rows.push(run())
      process.stdout.write(`  ${JSON.stringify(rows[rows.length - 1])}\n`)
    }
  }
  printTable(rows)
}

function printTable(rows: Row[]): void {
  const kinds: QueryKind[] = ['word', 'phrase', 'prefix', 'typo', 'zh', 'ko', 'name']
  const f = (n: number | undefined): string => (n === undefined ? '-' : String(Math.round(n * 10) / 10))
  console.log('\n| size | index | build s | load ms | saved MB | heap MB | RSS MB | disk MB | p50 ms | p95 ms | p99 ms | type p95 ms | p95 / FTS5 unicode61 | ' + kinds.map((k) => `recall ${k}`).join(' | ') + ' |')
  console.log('|' + ' --- |'.repeat(13 + kinds.length))
  for (const r of rows) {
    const base = rows.find((b) => b.size === r.size && b.name === 'FTS5 unicode61') ?? r
    console.log(
      `| ${r.size} | ${r.name} | ${f(r.buildMs / 1000)} | ${f(r.loadMs)} | ${f(r.savedMb)} | ${f(r.heapMb)} | ${f(r.rssMb)} | ${f(r.diskMb)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.typeP95} | ${f(r.p95 / base.p95)} | ` +
        kinds.map((k) => f(r.recall[k])).join(' | ') + ' |',
    )
  }
}

main()

/**
 * Search benchmark: our engine against SQLite FTS5 (unicode61 and trigram tokenizers) on a corpus
 * and query set the benchmark generates itself (searchCorpus.ts, searchQueries.ts, benchNames.ts),
 * apart from the engine's test corpus and name table. Every index answers with ranked pages and
 * snippets, so latencies compare like with like; quality is judged by the benchmark's own rules.
 * FTS5 unicode61 runs twice: as the baseline (a page only) and with a count of every
 * match beside each page, which ours gives and a search box that says how many it found needs.
 * All indexes are built first and then timed in turns (see latencies).
 *
 *   npm run bench:search -- [--sizes 10000,100000] [--repeat 3] [--only fts5,ours]
 *
 * Per kind of query: recall (every match counted), first-page recall of the findings that hold
 * the query exactly as typed, and precision on CJK runs of three characters or more.
 */
import { performance } from 'node:perf_hooks'
import { fts5, ourEngine, type Searcher } from './searchers'
import { generateCorpus } from './searchCorpus'
import { exactly, KINDS, makeQueries, plainDoc, truth, type BenchQuery, type QueryKind } from './searchQueries'

const args = process.argv.slice(2)
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback
}
const SIZES = arg('--sizes', '10000,100000').split(',').map(Number)
const REPEAT = Number(arg('--repeat', '3'))
const ONLY = new Set(arg('--only', 'fts5,ours').split(','))
const PAGE = 20

interface Answers {
  truth: Set<string>
  exact: Set<string>
}

interface Row {
  size: number
  name: string
  buildS: number
  loadMs?: number
  diskMb: number
  p50: number
  p95: number
  p99: number
  /** Per run of the query set, for the spread. */
  runs: { p50: number; p95: number }[]
  /**
   * The same percentiles of CPU time (this process, all threads): on a machine other jobs load,
   * wall time includes the wait for a core, CPU time much less so.
   */
  cpuP50: number
  cpuP95: number
  recall: Partial<Record<QueryKind, number>>
  firstPage: Partial<Record<QueryKind, number>>
  precision?: number
  slowest: string[]
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

function mean(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length
}

function quality(s: Searcher, queries: BenchQuery[], answers: Map<BenchQuery, Answers>): Pick<Row, 'recall' | 'firstPage' | 'precision'> {
  const recall: Record<string, number[]> = {}
  const firstPage: Record<string, number[]> = {}
  const precision: number[] = []
  for (const q of queries) {
    const { truth: expected, exact } = answers.get(q)!
    const found = new Set(s.search(q.text, Infinity))
    const page = new Set(s.search(q.text, PAGE))
    const hit = q.kind === 'typo' ? (found.has(q.target!) ? 1 : 0) : [...expected].filter((id) => found.has(id)).length / expected.size
    ;(recall[q.kind] ??= []).push(hit)
    if (exact.size > 0) (firstPage[q.kind] ??= []).push([...exact].filter((id) => page.has(id)).length / Math.min(PAGE, exact.size))
    if (q.phrase && found.size > 0) precision.push([...found].filter((id) => expected.has(id)).length / found.size)
  }
  const per = (m: Record<string, number[]>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, round(mean(v), 3)]))
  return { recall: per(recall), firstPage: per(firstPage), ...(precision.length ? { precision: round(mean(precision), 3) } : {}) }
}

type Latency = Pick<Row, 'p50' | 'p95' | 'p99' | 'runs' | 'slowest' | 'cpuP50' | 'cpuP95'>

/** One timed search: wall and CPU milliseconds. */
function timed(s: Searcher, query: string): [number, number] {
  const c = process.cpuUsage()
  const t = performance.now()
  s.search(query, PAGE)
  const wall = performance.now() - t
  const used = process.cpuUsage(c)
  return [wall, (used.user + used.system) / 1000]
}

/**
 * Latencies of every searcher, measured in turns: each round asks every searcher the whole query
 * set, one searcher after another (in an order that rotates). A round takes a few seconds, so a
 * slow spell of this shared machine, which can last tens of seconds and double every time, falls
 * on all of them alike; within its turn a searcher runs alone, as it would for a user.
 */
function latencies(searchers: Searcher[], queries: BenchQuery[]): Latency[] {
  // One untimed pass each: the code is compiled and the query's pages read, as after a few searches in the app.
  for (const s of searchers) queries.forEach((q) => s.search(q.text, PAGE))
  const wall = searchers.map(() => [] as number[][])
  const cpu = searchers.map(() => [] as number[][])
  for (let r = 0; r < REPEAT; r++) {
    for (let j = 0; j < searchers.length; j++) {
      const k = (r + j) % searchers.length
      const times = queries.map((q) => timed(searchers[k]!, q.text))
      wall[k]!.push(times.map(([w]) => w))
      cpu[k]!.push(times.map(([, c]) => c))
    }
  }
  return searchers.map((_, k) => summarize(wall[k]!, cpu[k]!, queries))
}

function summarize(runs: number[][], cpu: number[][], queries: BenchQuery[]): Latency {
  const perQuery = queries.map((_, i) => median(runs.map((run) => run[i]!)))
  const slowest = queries.map((q, i) => ({ q, ms: perQuery[i]! })).sort((a, b) => b.ms - a.ms).slice(0, 5)
  return {
    p50: round(median(runs.map((run) => percentile(run, 50)))),
    p95: round(median(runs.map((run) => percentile(run, 95)))),
    p99: round(median(runs.map((run) => percentile(run, 99)))),
    runs: runs.map((run) => ({ p50: round(percentile(run, 50)), p95: round(percentile(run, 95)) })),
    cpuP50: round(median(cpu.map((run) => percentile(run, 50)))),
    cpuP95: round(median(cpu.map((run) => percentile(run, 95)))),
    slowest: slowest.map((x) => `${x.q.kind} ${JSON.stringify(x.q.text)} ${round(x.ms, 1)} ms`),
  }
}

/** Every searcher built, judged and timed together, then closed. */
function measure(size: number, searchers: Searcher[], queries: BenchQuery[], answers: Map<BenchQuery, Answers>): Row[] {
  globalThis.gc?.()
  const timings = latencies(searchers, queries)
  const rows = searchers.map((s, k): Row => ({
    size,
    name: s.name,
    buildS: round(s.buildMs / 1000, 1),
    ...(s.loadMs !== undefined ? { loadMs: round(s.loadMs, 0) } : {}),
    diskMb: round(s.diskBytes / 1e6, 1),
    ...timings[k]!,
    ...quality(s, queries, answers),
  }))
  searchers.forEach((s) => s.close())
  return rows
}

function main(): void {
  const rows: Row[] = []
  for (const size of SIZES) {
    const docs = generateCorpus(size, 2026)
    const queries = makeQueries(docs, 13)
    const plain = docs.map(plainDoc)
    const answers = new Map(queries.map((q) => [q, { truth: truth(q, plain), exact: exactly(q, plain) }]))
    process.stdout.write(`corpus ${size}: ${docs.length} findings, ${queries.length} queries\n`)
    const runs = [
      ...(ONLY.has('fts5') ? [() => fts5(docs, 'unicode61'), () => fts5(docs, 'unicode61', true), () => fts5(docs, 'trigram')] : []),
      ...(ONLY.has('ours') ? [() => ourEngine(docs)] : []),
    ]
    for (const row of measure(size, runs.map((build) => build()), queries, answers)) {
      rows.push(row)
      process.stdout.write(`  ${JSON.stringify(row)}\n`)
    }
  }
  printTables(rows)
}

function printTables(rows: Row[]): void {
  const f = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '-' : String(n))
  const base = (r: Row, name: string) => rows.find((b) => b.size === r.size && b.name === name)
  console.log('\n| size | index | build s | load ms | disk MB | disk / trigram | p50 ms | p95 ms | p99 ms | p50 / unicode61 | p50 / unicode61 per run | p95 / unicode61 | p95 per run | CPU p50 ms | CPU p95 ms | CPU p50 / unicode61 | CPU p50 / unicode61 + count |')
  console.log('|' + ' --- |'.repeat(17))
  for (const r of rows) {
    const uni = base(r, 'FTS5 unicode61')
    const counted = base(r, 'FTS5 unicode61 + count')
    const tri = base(r, 'FTS5 trigram')
    console.log(
      `| ${r.size} | ${r.name} | ${r.buildS} | ${f(r.loadMs)} | ${r.diskMb} | ${tri ? f(round(r.diskMb / tri.diskMb)) : '-'} | ${r.p50} | ${r.p95} | ${r.p99} | ` +
        `${uni ? f(round(r.p50 / uni.p50)) : '-'} | ${uni ? r.runs.map((x, i) => f(round(x.p50 / uni.runs[i]!.p50))).join(', ') : '-'} | ` +
        `${uni ? f(round(r.p95 / uni.p95)) : '-'} | ${r.runs.map((x) => x.p95).join(', ')} | ` +
        `${r.cpuP50} | ${r.cpuP95} | ${uni ? f(round(r.cpuP50 / uni.cpuP50)) : '-'} | ${counted ? f(round(r.cpuP50 / counted.cpuP50)) : '-'} |`,
    )
  }
  console.log('\n| size | index | ' + KINDS.map((k) => `recall ${k}`).join(' | ') + ' | ' + KINDS.map((k) => `first page ${k}`).join(' | ') + ' | CJK phrase precision |')
  console.log('|' + ' --- |'.repeat(3 + 2 * KINDS.length))
  for (const r of rows) console.log(`| ${r.size} | ${r.name} | ${KINDS.map((k) => f(r.recall[k])).join(' | ')} | ${KINDS.map((k) => f(r.firstPage[k])).join(' | ')} | ${f(r.precision)} |`)
  for (const r of rows) console.log(`slowest, ${r.name} at ${r.size}: ${r.slowest.join('; ')}`)
}

main()

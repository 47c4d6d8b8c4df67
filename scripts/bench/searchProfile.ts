/**
 * Where a query's time goes: builds our engine over the benchmark corpus once (kept in
 * .bench/search-profile-N), then runs the query set under the V8 CPU profiler and prints the
 * functions with the most self time, and the slowest queries.
 *
 *   node --import tsx scripts/bench/searchProfile.ts [--size 10000] [--repeat 5] [--out file.cpuprofile]
 */
import Database from 'better-sqlite3'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { aliasesFromEntities } from '../../src/core/search/aliases'
import { SearchEngine } from '../../src/core/search/engine'
import { listedNames } from '../../src/core/search/names/listedNames'
import { generateCorpus } from './searchCorpus'
import { makeQueries } from './searchQueries'

const args = process.argv.slice(2)
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback
}
const SIZE = Number(arg('--size', '10000'))
const REPEAT = Number(arg('--repeat', '5'))
const OUT = arg('--out', '')
const ROOT = join(__dirname, '..', '..')
const RESOURCES = join(ROOT, 'resources')

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))))
}

async function main(): Promise<void> {
  const dir = join(ROOT, '.bench', `search-profile-${SIZE}`)
  const aliases = [...aliasesFromEntities(JSON.parse(readFileSync(join(RESOURCES, 'seed', 'entities.json'), 'utf8'))), ...listedNames(RESOURCES)]
  const docs = generateCorpus(SIZE, 2026)
  const queries = makeQueries(docs, 13)
  const file = join(dir, 'search.sqlite')
  const saved = join(dir, 'index.json')
  let engine: SearchEngine
  try {
    engine = SearchEngine.load(readFileSync(saved, 'utf8'), { aliases, fts: new Database(file) })
  } catch {
    mkdirSync(dir, { recursive: true })
    if (existsSync(file)) for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) writeFileSync(f, '')
    engine = new SearchEngine({ aliases, fts: new Database(file) })
    for (let i = 0; i < docs.length; i += 1000) engine.add(docs.slice(i, i + 1000))
    writeFileSync(saved, JSON.stringify(engine))
  }
  queries.forEach((q) => engine.search(q.text, { limit: 20 }))
  const session = new Session()
  session.connect()
  await post(session, 'Profiler.enable')
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 })
  await post(session, 'Profiler.start')
  const times = queries.map(() => [] as number[])
  for (let r = 0; r < REPEAT; r++) {
    queries.forEach((q, i) => {
      const t = performance.now()
      engine.search(q.text, { limit: 20 })
      times[i]!.push(performance.now() - t)
    })
  }
  const { profile } = await post<{ profile: { nodes: ProfileNode[]; samples: number[] } }>(session, 'Profiler.stop')
  if (OUT) writeFileSync(OUT, JSON.stringify(profile))
  const self = new Map<string, number>()
  const total = profile.samples.length
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  for (const id of profile.samples) {
    const n = byId.get(id)!
    const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + 1)
  }
  console.log(`${total} samples; top self time:`)
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
  const med = times.map((t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)]!)
  const sorted = [...med].sort((a, b) => a - b)
  console.log(`p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(2)} ms`)
  const slow = queries.map((q, i) => ({ q, ms: med[i]! })).sort((a, b) => b.ms - a.ms).slice(0, 15)
  for (const s of slow) console.log(`${s.ms.toFixed(2).padStart(8)} ms  ${s.q.kind} ${JSON.stringify(s.q.text)}`)
}

void main()

import Database from 'better-sqlite3'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { aliasesFromEntities } from '../../src/core/search/aliases'
import { listedNames } from '../../src/core/search/names/listedNames'
import { SearchEngine } from '../../src/core/search/engine'
import { TEXT_FIELDS, type SearchDoc } from '../../src/core/search/types'

/**
 * The indexes the benchmark compares, each giving ranked pages with snippets: our engine, and
 * SQLite FTS5 with the unicode61 and trigram tokenizers (ORDER BY rank, snippet()).
 */
export interface Searcher {
  name: string
  /** A ranked page of ids, snippets made (limit Infinity: every match, no snippets). */
  search(query: string, limit: number): string[]
  /** Bytes on disk (the WAL checkpointed first). */
  diskBytes: number
  buildMs: number
  loadMs?: number
  close(): void
}

function openDb(file: string): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  return db
}

function sizeOf(db: Database.Database, file: string, extra = 0): number {
  db.pragma('wal_checkpoint(TRUNCATE)')
  return statSync(file).size + extra
}

const RESOURCES = join(__dirname, '..', '..', 'resources')

/** The names the app ships: its entities' and its list of names that are not entities. */
function shippedNames() {
  const entities = aliasesFromEntities(JSON.parse(readFileSync(join(RESOURCES, 'seed', 'entities.json'), 'utf8')))
  return [...entities, ...listedNames(RESOURCES)]
}

/** Our engine: MiniSearch for the small records, FTS5 over our folded terms for findings. */
export function ourEngine(docs: readonly SearchDoc[]): Searcher {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ours-'))
  const file = join(dir, 'search.sqlite')
  const aliases = shippedNames()
  const t0 = performance.now()
  const built = new SearchEngine({ aliases, fts: openDb(file) })
  for (let i = 0; i < docs.length; i += 1000) built.add(docs.slice(i, i + 1000))
  // As the app does after a rebuild (searchService): the findings' index merged into one b-tree.
  while (built.tidy(1));
  const buildMs = performance.now() - t0
  const json = JSON.stringify(built)
  writeFileSync(join(dir, 'index.json'), json)
  const db = openDb(file)
  const diskBytes = sizeOf(db, file, Buffer.byteLength(json))
  const t1 = performance.now()
  const engine = SearchEngine.load(json, { aliases, fts: db })
  const loadMs = performance.now() - t1
  return {
    name: 'ours',
    buildMs,
    loadMs,
    diskBytes,
    search: (q, limit) => engine.search(q, { limit, snippets: Number.isFinite(limit) }).hits.map((h) => h.id),
    close: () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * FTS5 with a stock tokenizer over the same text; the query's words AND-ed, the last as a prefix.
 * With `counted`, each page also counts every match, as a search box that says how many it found
 * must (ours counts too): the like-for-like baseline for our latency.
 */
export function fts5(docs: readonly SearchDoc[], tokenizer: 'unicode61' | 'trigram', counted = false): Searcher {
  const dir = mkdtempSync(join(tmpdir(), 'bench-fts-'))
  const file = join(dir, 'fts.sqlite')
  const db = openDb(file)
  const t0 = performance.now()
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize='${tokenizer === 'trigram' ? 'trigram' : 'unicode61 remove_diacritics 2'}')`)
  const insert = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)')
  db.transaction(() => docs.forEach((d, i) => insert.run(i + 1, TEXT_FIELDS.map((f) => [d[f]].flat().join(' ')).join('\n'))))()
  // Merged into one b-tree after the bulk load, as ours is: like with like.
  db.exec(`INSERT INTO t(t) VALUES('optimize')`)
  const buildMs = performance.now() - t0
  const ids = docs.map((d) => d.id)
  const page = db.prepare(`SELECT rowid, snippet(t, 0, '[', ']', '…', 24) FROM t WHERE t MATCH ? ORDER BY rank LIMIT ?`).raw()
  const all = db.prepare('SELECT rowid FROM t WHERE t MATCH ?').pluck()
  const like = db.prepare('SELECT rowid FROM t WHERE body LIKE ? LIMIT ?').pluck()
  const count = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck()
  const expression = (q: string): string | undefined => {
    if (tokenizer === 'trigram') return [...q].length < 3 ? undefined : `"${q.replaceAll('"', '""')}"`
    const terms = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    return terms.length === 0 ? undefined : terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ')
  }
  return {
    name: `FTS5 ${tokenizer}${counted ? ' + count' : ''}`,
    buildMs,
    diskBytes: sizeOf(db, file),
    search: (q, limit) => {
      const match = expression(q)
      const lim = Number.isFinite(limit) ? limit : -1
      try {
        if (!match) return (like.all(`%${q}%`, lim) as number[]).map((r) => ids[r - 1]!)
        if (counted && Number.isFinite(limit)) count.get(match)
        const rows = Number.isFinite(limit) ? (page.all(match, lim) as [number, string][]).map((r) => r[0]) : (all.all(match) as number[])
        return rows.map((r) => ids[r - 1]!)
      } catch {
        return []
      }
    },
    close: () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

import type Database from 'better-sqlite3'
import { termsOf, type IndexedDoc } from './indexedDoc'
import { ASCII_ONLY } from './text/fold'
import { COLUMN_WEIGHTS, DEFAULT_LIMITS, TopLists, type DocStats, type ListLimits } from './topLists'
import { LONG_FIELDS, TEXT_FIELDS, type SearchDoc } from './types'

/**
 * A finding's text fields as stored: JSON, kept as text when it is plain ASCII and as UTF-16
 * otherwise. Reading UTF-8 into a string cost Cyrillic and CJK rows 9 µs each, twice what copying
 * UTF-16 costs (and CJK takes a third less room); ASCII reads fastest as it is.
 */
export type StoredText = string | Uint8Array

/** A ranked match: document id and bm25 score (higher is better). */
export interface FtsRow {
  id: string
  score: number
  /** The finding's stored text fields, when asked for with the ranking (for snippets). */
  raw?: StoredText
}

/** How much bm25 ranks whole, and the candidate lists for larger sets (tests use small ones). */
export interface RankLimits extends ListLimits {
  /** At most this many matches are ranked whole; larger sets are ranked through the candidate lists. */
  rankAll: number
}

export const DEFAULT_RANK_LIMITS: RankLimits = { ...DEFAULT_LIMITS, rankAll: DEFAULT_LIMITS.listFrom }

/** A MATCH expression that is one quoted term, in parentheses or not. */
const SINGLE_TERM = /^\(*"((?:[^"]|"")*)"\)*$/

const SHORT_FIELDS = TEXT_FIELDS.filter((f) => !LONG_FIELDS.includes(f))
const BM25 = `-bm25(search_fts, ${COLUMN_WEIGHTS.join(', ')})`

/**
 * The findings side of the engine: SQLite FTS5 over our own folded terms. Each document's text is
 * tokenized by our tokenizer (bigrams, folding) and stored as space-separated terms, so FTS5's
 * unicode61 tokenizer only splits on the spaces; both sides of a search therefore fold alike.
 * Lives in a database the caller supplies (a derived cache, best a file of its own such as
 * `search.sqlite` in the data directory), so 100,000 long transcriptions need not sit in memory;
 * the original text is kept beside the terms for snippets.
 */
export class FtsStore {
  private readonly statements = new Map<string, Database.Statement>()
  private readonly lists: TopLists
  /** Findings indexed, kept by add/remove/clear. */
  private docCount: number

  constructor(
    private readonly db: Database.Database,
    optionsHash: string,
    private readonly limits: RankLimits = DEFAULT_RANK_LIMITS,
  ) {
    const stored = tableExists(db, 'search_meta') ? (db.prepare(`SELECT value FROM search_meta WHERE key = 'options'`).pluck().get() as string | undefined) : undefined
    // The tables are a cache: built by other rules, they are dropped and the caller rebuilds.
    if (stored !== optionsHash) dropTables(db)
    db.exec(`
      CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE IF NOT EXISTS search_doc (
        rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, raw ANY NOT NULL, head_len INTEGER NOT NULL, body_len INTEGER NOT NULL
      ) STRICT;
      CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
        head, body, content='', contentless_delete=1, prefix='2 3', tokenize="unicode61 remove_diacritics 0 tokenchars '@-'"
      );
    `)
    db.prepare(`INSERT OR REPLACE INTO search_meta (key, value) VALUES ('options', ?)`).run(optionsHash)
    this.lists = new TopLists(db, limits)
    this.docCount = db.prepare('SELECT count(*) FROM search_doc').pluck().get() as number
  }

  /** Indexes documents (replacing earlier versions) in one transaction. */
  add(docs: readonly IndexedDoc[]): void {
    const insertDoc = this.statement('INSERT INTO search_doc (id, raw, head_len, body_len) VALUES (?, ?, ?, ?)')
    const insertFts = this.statement('INSERT INTO search_fts (rowid, head, body) VALUES (?, ?, ?)')
    this.db.transaction(() => {
      this.removeRows(docs.map((d) => d.doc.id))
      const stats: DocStats[] = []
      for (const indexed of docs) {
        const { doc } = indexed
        const head = `${termsOf(indexed, SHORT_FIELDS)} ${indexed.entities}`.trim()
        const body = termsOf(indexed, LONG_FIELDS)
        const text = Object.fromEntries(TEXT_FIELDS.filter((f) => doc[f] !== undefined).map((f) => [f, doc[f]]))
        const counts = [frequencies(head), frequencies(body)] as DocStats['tf']
        const lengths: DocStats['lengths'] = [sum(counts[0]), sum(counts[1])]
        const rowid = Number(insertDoc.run(doc.id, storedText(JSON.stringify(text)), lengths[0], lengths[1]).lastInsertRowid)
        insertFts.run(rowid, head, body)
        stats.push({ rowid, tf: counts, lengths })
        this.docCount++
      }
      this.lists.added(stats)
    })()
  }

  remove(ids: readonly string[]): void {
    this.db.transaction(() => this.removeRows(ids))()
  }

  clear(): void {
    this.db.exec('DELETE FROM search_fts; DELETE FROM search_doc;')
    this.lists.clear()
    this.docCount = 0
  }

  /** The text fields of a finding, for snippets: from `raw` when the ranking read it already. */
  text(id: string, raw?: StoredText): Partial<SearchDoc> {
    raw ??= this.statement('SELECT raw FROM search_doc WHERE id = ?').pluck().get(id) as StoredText | undefined
    return raw === undefined ? {} : (JSON.parse(typeof raw === 'string' ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf16le')) as Partial<SearchDoc>)
  }

  /** The stored texts of several findings, by id. */
  texts(ids: readonly string[]): Map<string, StoredText> {
    const sql = 'SELECT id, raw FROM search_doc WHERE id IN (SELECT value FROM json_each(?))'
    const rows = this.statement(sql).raw().all(JSON.stringify(ids)) as [string, StoredText][]
    return new Map(rows)
  }

  /** How many findings are indexed. */
  size(): number {
    return this.docCount
  }

  /** How many findings match an FTS5 expression (counting reads no positions: cheap). */
  count(match: string): number {
    return this.statement('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck().get(match) as number
  }

  /** How many b-trees (segments) the index is kept in: each lookup seeks in every one. */
  segments(): number {
    return this.statement('SELECT count(DISTINCT segid) FROM search_fts_idx').pluck().get() as number
  }

  /**
   * Merges up to `pages` pages of the index toward a single b-tree ('merge' with a negative count
   * merges across levels, as 'optimize' does, but in steps). True while more than one remains.
   */
  tidy(pages: number): boolean {
    this.statement(`INSERT INTO search_fts(search_fts, rank) VALUES('merge', ?)`).run(-pages)
    return this.segments() > 1
  }

  /** Ids of every match, unranked (to apply facet filters before ranking). */
  matching(match: string): { rowid: number; id: string }[] {
    const sql = 'SELECT f.rowid AS rowid, d.id AS id FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid WHERE search_fts MATCH ?'
    return this.statement(sql).all(match) as { rowid: number; id: string }[]
  }

  /**
   * Matches [from, to) in bm25 order, of `count` matches in all. Up to `rankAll` matches are ranked
   * whole. Past that, a single term's candidate list is its bm25 order already; any other query
   * is ranked by bm25 over the union of its `terms`' candidate lists (the findings where those
   * terms weigh most). A page past the candidates ranks everything.
   */
  ranked(match: string, count: number, from: number, to: number, terms: readonly string[]): FtsRow[] {
    if (to <= from || count === 0) return []
    if (count <= this.limits.rankAll) return this.rankAll(match, from, to)
    const single = SINGLE_TERM.exec(match)?.[1]?.replaceAll('""', '"')
    const listed = single !== undefined ? this.lists.ordered(single) : undefined
    const first = listed ? this.byRowid(listed.slice(0, to)) : this.rankCandidates(match, terms)
    if (!first) return this.rankAll(match, from, to)
    if (to <= first.length) return first.slice(from, to)
    const seen = new Set(first.map((r) => r.id))
    const rest = this.rankAll(match, 0, to + first.length).filter((r) => !seen.has(r.id))
    return [...first, ...rest].slice(from, to)
  }

  /** Up to this many matches are ranked whole (beyond, through the candidate lists). */
  rankAllLimit(): number {
    return this.limits.rankAll
  }

  /**
   * Matches [from, to) in bm25 order, every match ranked (for sets within rankAllLimit), with
   * their texts when `withText`.
   */
  rankWhole(match: string, from: number, to: number, withText = false): FtsRow[] {
    return to <= from ? [] : this.rankAll(match, from, to, withText)
  }

  /** The given findings (by rowid) that match, in bm25 order. */
  rankAmong(match: string, rowids: readonly number[]): FtsRow[] {
    // `+rowid`: FTS5 streams its matches once and SQLite keeps the listed ones. A plain `rowid IN`
    // would start a new FTS5 query, with bm25's full scan of every term, for each rowid.
    const sql =
      `SELECT d.id AS id, r.score AS score FROM (SELECT rowid, ${BM25} AS score FROM search_fts ` +
      'WHERE search_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))) r JOIN search_doc d ON d.rowid = r.rowid ORDER BY r.score DESC'
    return this.statement(sql).all(match, JSON.stringify(rowids)) as FtsRow[]
  }

  /** bm25 order over the candidate lists of the query's terms; undefined when none has a list. */
  private rankCandidates(match: string, terms: readonly string[]): FtsRow[] | undefined {
    const candidates = this.lists.candidates(terms)
    return candidates ? this.rankAmong(match, candidates) : undefined
  }

  /** A single term's list in its order (its score is the cheap score: bm25 without the term's constant idf). */
  private byRowid(list: readonly { rowid: number; weight: number }[]): FtsRow[] {
    const find = this.statement('SELECT id FROM search_doc WHERE rowid = ?').pluck()
    return list.flatMap(({ rowid, weight }) => {
      const id = find.get(rowid) as string | undefined
      return id ? [{ id, score: weight }] : []
    })
  }

  private rankAll(match: string, from: number, to: number, withText = false): FtsRow[] {
    // Ordered by the weighted score itself: FTS5's `ORDER BY rank` sorted by unweighted bm25 (the page
    // was picked by one score and ordered by another) and through a sorter of its own, slower than
    // SQLite's top-N sort (a third of the ranking's CPU on the benchmark's queries).
    const inner = `SELECT rowid, ${BM25} AS score FROM search_fts WHERE search_fts MATCH ? ORDER BY score DESC LIMIT ? OFFSET ?`
    // The outer ORDER BY too: SQLite may flatten the subquery and drop its order.
    const sql = `SELECT d.id AS id, r.score AS score${withText ? ', d.raw AS raw' : ''} FROM (${inner}) r JOIN search_doc d ON d.rowid = r.rowid ORDER BY r.score DESC`
    return this.statement(sql).all(match, Number.isFinite(to) ? to - from : -1, from) as FtsRow[]
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }

  private removeRows(ids: readonly string[]): void {
    const find = this.statement('SELECT rowid, head_len, body_len FROM search_doc WHERE id = ?')
    const gone: { rowid: number; lengths: [number, number] }[] = []
    for (const id of ids) {
      const row = find.get(id) as { rowid: number; head_len: number; body_len: number } | undefined
      if (!row) continue
      this.statement('DELETE FROM search_fts WHERE rowid = ?').run(row.rowid)
      this.statement('DELETE FROM search_doc WHERE rowid = ?').run(row.rowid)
      gone.push({ rowid: row.rowid, lengths: [row.head_len, row.body_len] })
      this.docCount--
    }
    this.lists.removed(gone)
  }
}

function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = ?`).get(name) !== undefined
}

function dropTables(db: Database.Database): void {
  db.exec(`
    DROP TABLE IF EXISTS search_vocab; DROP TABLE IF EXISTS search_vocab_rows; DROP TABLE IF EXISTS search_fts;
    DROP TABLE IF EXISTS search_doc; DROP TABLE IF EXISTS search_top; DROP TABLE IF EXISTS search_meta;
  `)
}

function frequencies(terms: string): Map<string, number> {
  const out = new Map<string, number>()
  if (terms) for (const t of terms.split(' ')) out.set(t, (out.get(t) ?? 0) + 1)
  return out
}

function sum(counts: Map<string, number>): number {
  let n = 0
  for (const v of counts.values()) n += v
  return n
}

/** Plain ASCII JSON as text, anything else as UTF-16 (see StoredText). */
function storedText(json: string): StoredText {
  return ASCII_ONLY.test(json) ? json : Buffer.from(json, 'utf16le')
}

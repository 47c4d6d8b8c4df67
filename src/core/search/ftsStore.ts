import type Database from 'better-sqlite3'
import { SearchIndexError } from './persist'
import type { Alternative, Clause, QueryPlan, QueryTerm } from './query'
import { termsOf, type IndexedDoc } from './indexedDoc'
import { LONG_FIELDS, TEXT_FIELDS, type SearchDoc } from './types'

/**
 * The findings side of the engine: SQLite FTS5 over our own folded terms. Each document's text is
 * tokenized by our tokenizer (bigrams, folding) and stored as space-separated terms, so FTS5's
 * unicode61 tokenizer only splits on the spaces; both sides of a search therefore fold alike.
 * Lives in a database the caller supplies (a derived cache, best a file of its own such as
 * `search.sqlite` in the data directory), so 100,000 long transcriptions need not sit in memory;
 * the original text is kept beside the terms for snippets.
 */
export class FtsStore {
  private readonly insertDoc
  private readonly insertFts
  private readonly findRow
  private readonly deleteFts
  private readonly deleteDoc
  private readonly readRaw

  constructor(
    private readonly db: Database.Database,
    optionsHash: string,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE IF NOT EXISTS search_doc (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, raw TEXT NOT NULL) STRICT;
      CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
        head, body, content='', contentless_delete=1, prefix='2 3', tokenize="unicode61 remove_diacritics 0 tokenchars '@-'"
      );
    `)
    const stored = db.prepare(`SELECT value FROM search_meta WHERE key = 'options'`).pluck().get() as string | undefined
    const count = db.prepare('SELECT count(*) FROM search_doc').pluck().get() as number
    if (stored !== undefined && stored !== optionsHash && count > 0) {
      throw new SearchIndexError('options', `FTS5 search tables were built with options ${stored}; expected ${optionsHash}`)
    }
    db.prepare(`INSERT OR REPLACE INTO search_meta (key, value) VALUES ('options', ?)`).run(optionsHash)
    this.insertDoc = db.prepare('INSERT INTO search_doc (id, raw) VALUES (?, ?)')
    this.insertFts = db.prepare('INSERT INTO search_fts (rowid, head, body) VALUES (?, ?, ?)')
    this.findRow = db.prepare('SELECT rowid FROM search_doc WHERE id = ?').pluck()
    this.deleteFts = db.prepare('DELETE FROM search_fts WHERE rowid = ?')
    this.deleteDoc = db.prepare('DELETE FROM search_doc WHERE rowid = ?')
    this.readRaw = db.prepare('SELECT raw FROM search_doc WHERE id = ?').pluck()
  }

  /** Indexes documents (replacing earlier versions) in one transaction. */
  add(docs: readonly IndexedDoc[]): void {
    this.db.transaction(() => {
      for (const indexed of docs) {
        const { doc } = indexed
        this.removeOne(doc.id)
        const text = Object.fromEntries(TEXT_FIELDS.filter((f) => doc[f] !== undefined).map((f) => [f, doc[f]]))
        const { lastInsertRowid } = this.insertDoc.run(doc.id, JSON.stringify(text))
        this.insertFts.run(lastInsertRowid, `${termsOf(indexed, SHORT_FIELDS)} ${indexed.entities}`, termsOf(indexed, LONG_FIELDS))
      }
    })()
  }

  remove(ids: readonly string[]): void {
    this.db.transaction(() => ids.forEach((id) => this.removeOne(id)))()
  }

  clear(): void {
    this.db.exec('DELETE FROM search_fts; DELETE FROM search_doc;')
  }

  /** The text fields of a finding, for snippets. */
  text(id: string): Partial<SearchDoc> {
    const raw = this.readRaw.get(id) as string | undefined
    return raw ? (JSON.parse(raw) as Partial<SearchDoc>) : {}
  }

  /** How many findings are indexed. */
  size(): number {
    return this.db.prepare('SELECT count(*) FROM search_doc').pluck().get() as number
  }

  /**
   * Matching document ids with a positive score (higher is better), best first, and how many
   * match in all. Column weights are on the scale of MiniSearch's field boosts so the two scores
   * can be added.
   */
  search(plan: QueryPlan, limit: number): { rows: { id: string; score: number }[]; count: number } {
    const match = toFtsQuery(plan)
    const count = this.db.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck().get(match) as number
    const paged = Number.isFinite(limit)
    // Ranking scores every match; for a word in most documents ("the") that costs far more than
    // the ranking is worth, so a page of such a search comes unranked (score 1, index order).
    const ranked = !paged || count <= MAX_RANKED
    const inner = ranked
      ? `SELECT rowid, -bm25(search_fts, 6.0, 3.0) AS score FROM search_fts WHERE search_fts MATCH ? ORDER BY rank`
      : `SELECT rowid, 1.0 AS score FROM search_fts WHERE search_fts MATCH ?`
    const sql = `SELECT d.id AS id, r.score AS score FROM (${inner}${paged ? ` LIMIT ${Math.floor(limit)}` : ''}) r JOIN search_doc d ON d.rowid = r.rowid`
    return { rows: this.db.prepare(sql).all(match) as { id: string; score: number }[], count }
  }

  private removeOne(id: string): void {
    const rowid = this.findRow.get(id) as number | undefined
    if (rowid === undefined) return
    this.deleteFts.run(rowid)
    this.deleteDoc.run(rowid)
  }
}

/** Above this many matches a page is not ranked by bm25 (see search). */
const MAX_RANKED = 20_000

const SHORT_FIELDS = TEXT_FIELDS.filter((f) => !LONG_FIELDS.includes(f))


function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`
}

function termExpr(q: QueryTerm): string {
  const exact = quote(q.term) + (q.prefix ? '*' : '')
  return q.fuzzy.length === 0 ? exact : `(${[exact, ...q.fuzzy.map(quote)].join(' OR ')})`
}

function alternativeExpr(a: Alternative): string {
  return `(${a.terms.map(termExpr).join(' AND ')})`
}

function clauseExpr(clause: Clause): string {
  const [literal, ...expansions] = clause.alternatives
  const parts = [alternativeExpr(literal!)]
  if (expansions.length > 0) {
    const expanded = `(${expansions.map(alternativeExpr).join(' OR ')})`
    parts.push(clause.exclude.length === 0 ? expanded : `(${expanded} NOT (${clause.exclude.map((t) => alternativeExpr({ terms: t })).join(' OR ')}))`)
  }
  return `(${parts.join(' OR ')})`
}

/** Compiles a plan to an FTS5 MATCH expression with the same meaning as the MiniSearch query. */
export function toFtsQuery(plan: QueryPlan): string {
  return plan.clauses.map(clauseExpr).join(' AND ')
}

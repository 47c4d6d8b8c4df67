import type Database from 'better-sqlite3'
import { SearchIndexError } from './persist'
import type { Alternative, Clause, QueryPlan, QueryTerm } from './query'
import { termsOf, type IndexedDoc } from './indexedDoc'
import { isCjkTerm } from './text/tokenize'
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
  private readonly statements = new Map<string, Database.Statement>()
  /** Findings indexed, kept by add/remove/clear so ranking decisions need no count. */
  private docCount: number

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
    this.docCount = count
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
        this.docCount++
        this.insertFts.run(lastInsertRowid, `${termsOf(indexed, SHORT_FIELDS)} ${indexed.entities}`, termsOf(indexed, LONG_FIELDS))
      }
    })()
  }

  remove(ids: readonly string[]): void {
    this.db.transaction(() => ids.forEach((id) => this.removeOne(id)))()
  }

  clear(): void {
    this.db.exec('DELETE FROM search_fts; DELETE FROM search_doc;')
    this.docCount = 0
  }

  /** The text fields of a finding, for snippets. */
  text(id: string): Partial<SearchDoc> {
    const raw = this.readRaw.get(id) as string | undefined
    return raw ? (JSON.parse(raw) as Partial<SearchDoc>) : {}
  }

  /** How many findings are indexed. */
  size(): number {
    return this.docCount
  }

  /**
   * Matching document ids with a positive score (higher is better), best first, and how many
   * match in all (`limit` 0 only counts). `exclude` drops documents that match another plan (the
   * literal words, when this plan adds other names of an entity). Column weights are on the scale
   * of MiniSearch's field boosts so the two scores can be added.
   */
  search(plan: QueryPlan, limit: number, exclude?: QueryPlan): { rows: { id: string; score: number }[]; count: number } {
    const match = exclude ? `(${toFtsQuery(plan)}) NOT (${toFtsQuery(exclude)})` : toFtsQuery(plan)
    const count = this.statement('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck().get(match) as number
    if (limit === 0 || count === 0) return { rows: [], count }
    const ranked = this.worthRanking(match, count)
    const inner = ranked
      ? `SELECT rowid, -bm25(search_fts, 6.0, 3.0) AS score FROM search_fts WHERE search_fts MATCH ? ORDER BY rank`
      : `SELECT rowid, 1.0 AS score FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC`
    const paged = Number.isFinite(limit) ? ` LIMIT ${Math.floor(limit)}` : ''
    // The outer ORDER BY too: without a LIMIT, SQLite may flatten the subquery and drop its order.
    const order = ranked ? 'r.score DESC' : 'r.rowid DESC'
    const sql = `SELECT d.id AS id, r.score AS score FROM (${inner}${paged}) r JOIN search_doc d ON d.rowid = r.rowid ORDER BY ${order}`
    return { rows: this.statement(sql).all(match) as { id: string; score: number }[], count }
  }

  /**
   * Whether bm25 ordering is worth its cost. FTS5 ranks every match, and before that scans the
   * whole posting list of every phrase to weigh it; with a long list of other names, or thousands
   * of matches, that costs more than the user waits for. Such results come newest (most recently
   * indexed) first instead. A single phrase that most findings contain is never ranked: bm25
   * clamps its weight to almost nothing, so the order would be noise.
   */
  private worthRanking(match: string, count: number): boolean {
    const phrases = match.match(PHRASE)?.length ?? 0
    if (phrases === 1 && count * 2 > this.docCount) return false
    return count <= MAX_RANKED && count * phrases <= RANK_BUDGET
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }

  private removeOne(id: string): void {
    const rowid = this.findRow.get(id) as number | undefined
    if (rowid === undefined) return
    this.deleteFts.run(rowid)
    this.deleteDoc.run(rowid)
    this.docCount--
  }
}

/** Above this many matches, or this many matches times phrases, results are not ranked (see worthRanking). */
const MAX_RANKED = 20_000
const RANK_BUDGET = 60_000
/** A phrase of an FTS5 MATCH expression: quoted strings (quotes inside doubled) joined by `+`. */
const PHRASE = /"(?:[^"]|"")*"\*?(?: \+ "(?:[^"]|"")*"\*?)*/g

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

/**
 * Another name of an entity, as one phrase when it is written in words (`"workers" + "party" +
 * "of" + "korea"`, Russian stems as prefixes): a name is its words in order, and one phrase costs
 * FTS5's ranking one posting-list scan instead of one per word. Han and Hangul names stay a conjunction of their bigrams, which already
 * overlap, because a space or a Chinese numeral in the text adds index terms between them.
 */
function nameExpr(terms: readonly QueryTerm[]): string {
  if (terms.length < 2 || terms.some((t) => isCjkTerm(t.term))) return alternativeExpr({ terms: [...terms] })
  return terms.map((t) => quote(t.term) + (t.prefix ? '*' : '')).join(' + ')
}

function clauseExpr(clause: Clause): string {
  const [literal, ...expansions] = clause.alternatives
  const parts = [alternativeExpr(literal!)]
  if (expansions.length > 0) {
    const expanded = `(${expansions.map((a) => nameExpr(a.terms)).join(' OR ')})`
    parts.push(clause.exclude.length === 0 ? expanded : `(${expanded} NOT (${clause.exclude.map(nameExpr).join(' OR ')}))`)
  }
  return `(${parts.join(' OR ')})`
}

/**
 * Compiles a plan to an FTS5 MATCH expression with the meaning of the MiniSearch query, except that
 * other names in words must appear as phrases (MiniSearch keeps no positions; on the short records
 * it holds, all the words of a name rarely appear apart).
 */
export function toFtsQuery(plan: QueryPlan): string {
  return plan.clauses.map(clauseExpr).join(' AND ')
}

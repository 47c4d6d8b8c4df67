import type Database from 'better-sqlite3'

/**
 * Candidate lists for ranking common terms. FTS5's bm25 weighs every match of a query before it
 * can order them (about a microsecond each here), so a word in most of 100,000 findings costs
 * 100 ms whatever the page size. For each term in at least `listFrom` findings this keeps the
 * `listSize` findings where the term weighs most (bm25's term-frequency part with its length
 * normalisation and column weights, the cheap score), kept up to date as findings come and go.
 * A query too large to rank whole is ranked by bm25 over the union of its terms' lists, and a
 * page past them falls back to ranking everything (FtsStore.ranked).
 */
export interface ListLimits {
  /** A term gets a list once this many findings hold it. */
  listFrom: number
  /** Findings kept per list. */
  listSize: number
}

export const DEFAULT_LIMITS: ListLimits = { listFrom: 2000, listSize: 1000 }

/** bm25's parameters and the column weights FtsStore ranks with (head: short fields; body: long ones). */
export const COLUMN_WEIGHTS = [6, 3] as const
const K1 = 1.2
const B = 0.75

/** One indexed finding as the lists see it: term frequencies per column and column lengths. */
export interface DocStats {
  rowid: number
  tf: [Map<string, number>, Map<string, number>]
  lengths: [number, number]
}

interface List {
  rowids: number[]
  weights: number[]
}

/** Column length totals, for bm25's average lengths. */
interface Totals {
  docs: number
  lengths: [number, number]
}

export class TopLists {
  /** Terms with a list; their contents load on first use. */
  private readonly listed = new Set<string>()
  private readonly loaded = new Map<string, List>()
  private readonly changed = new Set<string>()
  private sortedTerms?: string[]
  /** Documents per term, known only while the index grows from empty in this process (a rebuild). */
  private frequencies?: Map<string, number>
  private totals: Totals
  private readonly read
  private readonly write
  private readonly drop
  private readonly saveTotals
  private readonly instances
  private readonly frequent
  /** Documents added since the lists last looked for newly common terms (when frequencies are unknown). */
  private addedSinceCheck = 0

  constructor(
    private readonly db: Database.Database,
    private readonly limits: ListLimits = DEFAULT_LIMITS,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS search_top (term TEXT PRIMARY KEY, list BLOB NOT NULL) WITHOUT ROWID;
      CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab USING fts5vocab(search_fts, instance);
      CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab_rows USING fts5vocab(search_fts, row);
    `)
    for (const term of db.prepare('SELECT term FROM search_top').pluck().all() as string[]) this.listed.add(term)
    const saved = db.prepare(`SELECT value FROM search_meta WHERE key = 'totals'`).pluck().get() as string | undefined
    this.totals = saved ? (JSON.parse(saved) as Totals) : { docs: 0, lengths: [0, 0] }
    if (this.totals.docs === 0) this.frequencies = new Map()
    this.read = db.prepare('SELECT list FROM search_top WHERE term = ?').pluck()
    this.write = db.prepare('INSERT OR REPLACE INTO search_top (term, list) VALUES (?, ?)')
    this.drop = db.prepare('DELETE FROM search_top WHERE term = ?')
    this.saveTotals = db.prepare(`INSERT OR REPLACE INTO search_meta (key, value) VALUES ('totals', ?)`)
    this.instances = db.prepare(
      `SELECT v.doc AS rowid, v.col AS col, count(*) AS tf, d.head_len AS head, d.body_len AS body
       FROM search_vocab v JOIN search_doc d ON d.rowid = v.doc WHERE v.term = ? GROUP BY v.doc, v.col`,
    )
    this.frequent = db.prepare('SELECT term FROM search_vocab_rows WHERE doc >= ?').pluck()
  }

  /** Offers newly indexed documents to the lists (inside the caller's transaction, after the FTS5 rows). */
  added(docs: readonly DocStats[]): void {
    for (const d of docs) {
      this.totals.docs++
      this.totals.lengths = [this.totals.lengths[0] + d.lengths[0], this.totals.lengths[1] + d.lengths[1]]
    }
    const created = new Set<string>()
    for (const d of docs) {
      for (const term of new Set([...d.tf[0].keys(), ...d.tf[1].keys()])) {
        if (created.has(term)) continue
        if (this.listed.has(term)) this.offer(term, d.rowid, this.weight(d, term))
        else if (this.frequencies) {
          const n = (this.frequencies.get(term) ?? 0) + 1
          this.frequencies.set(term, n)
          if (n >= this.limits.listFrom) {
            this.build(term)
            created.add(term)
          }
        }
      }
    }
    if (!this.frequencies) this.checkForCommonTerms(docs.length)
    this.flush()
  }

  /**
   * After a load the per-term document counts are unknown, so once enough documents have arrived
   * (an import, not a day's typing) the index is asked which terms have become common.
   */
  private checkForCommonTerms(added: number): void {
    this.addedSinceCheck += added
    if (this.addedSinceCheck < Math.max(1000, this.totals.docs / 20)) return
    this.addedSinceCheck = 0
    for (const term of this.frequent.all(this.limits.listFrom) as string[]) if (!this.listed.has(term)) this.build(term)
  }

  /** Forgets removed documents (their rowids and column lengths). */
  removed(docs: readonly { rowid: number; lengths: [number, number] }[]): void {
    if (docs.length === 0) return
    const gone = new Set(docs.map((d) => d.rowid))
    for (const d of docs) {
      this.totals.docs--
      this.totals.lengths = [this.totals.lengths[0] - d.lengths[0], this.totals.lengths[1] - d.lengths[1]]
    }
    for (const term of this.listed) {
      const list = this.list(term)
      const keep = list.rowids.map((r, i) => (gone.has(r) ? -1 : i)).filter((i) => i >= 0)
      if (keep.length === list.rowids.length) continue
      this.loaded.set(term, { rowids: keep.map((i) => list.rowids[i]!), weights: keep.map((i) => list.weights[i]!) })
      this.changed.add(term)
      // A list worn down by deletions is rebuilt from the index (the term may have become rare).
      if (keep.length < this.limits.listSize / 2) this.build(term)
    }
    this.flush()
  }

  clear(): void {
    this.db.exec('DELETE FROM search_top')
    this.listed.clear()
    this.loaded.clear()
    this.changed.clear()
    this.sortedTerms = undefined
    this.frequencies = new Map()
    this.totals = { docs: 0, lengths: [0, 0] }
    this.saveTotals.run(JSON.stringify(this.totals))
  }

  /**
   * Candidate rowids for a query's terms (`word*` for a prefix): the union of the lists of every
   * listed term, or undefined when none of the terms has a list.
   */
  candidates(terms: readonly string[]): number[] | undefined {
    const out = new Set<number>()
    let any = false
    for (const t of terms) {
      for (const term of t.endsWith('*') ? this.withPrefix(t.slice(0, -1)) : this.listed.has(t) ? [t] : []) {
        any = true
        for (const r of this.list(term).rowids) out.add(r)
      }
    }
    return any ? [...out] : undefined
  }

  /** A term's list, best first, or undefined when the term has none. */
  ordered(term: string): { rowid: number; weight: number }[] | undefined {
    if (!this.listed.has(term)) return undefined
    const list = this.list(term)
    return list.rowids.map((rowid, i) => ({ rowid, weight: list.weights[i]! }))
  }

  private withPrefix(prefix: string): string[] {
    this.sortedTerms ??= [...this.listed].sort()
    const terms = this.sortedTerms
    let lo = 0
    let hi = terms.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (terms[mid]! < prefix) lo = mid + 1
      else hi = mid
    }
    const out: string[] = []
    for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) out.push(terms[i]!)
    return out
  }

  /**
   * The cheap score: FTS5's bm25 without the term's idf (a constant per term): the frequency
   * weighted by column, saturated, against the document's length over the average length.
   */
  private weight(d: Pick<DocStats, 'tf' | 'lengths'>, term: string): number {
    const f = COLUMN_WEIGHTS[0] * (d.tf[0].get(term) ?? 0) + COLUMN_WEIGHTS[1] * (d.tf[1].get(term) ?? 0)
    const average = Math.max(1, (this.totals.lengths[0] + this.totals.lengths[1]) / Math.max(1, this.totals.docs))
    return (f * (K1 + 1)) / (f + K1 * (1 - B + (B * (d.lengths[0] + d.lengths[1])) / average))
  }

  private offer(term: string, rowid: number, weight: number): void {
    const list = this.list(term)
    if (list.rowids.length >= this.limits.listSize && weight <= list.weights[list.weights.length - 1]!) return
    let at = list.weights.findIndex((w) => w < weight)
    if (at < 0) at = list.weights.length
    list.rowids.splice(at, 0, rowid)
    list.weights.splice(at, 0, weight)
    if (list.rowids.length > this.limits.listSize) {
      list.rowids.pop()
      list.weights.pop()
    }
    this.changed.add(term)
  }

  /** (Re)builds a term's list from the index: every instance of the term, weighed per document. */
  private build(term: string): void {
    const byDoc = new Map<number, DocStats>()
    for (const row of this.instances.iterate(term) as Iterable<{ rowid: number; col: string; tf: number; head: number; body: number }>) {
      const doc = byDoc.get(row.rowid) ?? { rowid: row.rowid, tf: [new Map(), new Map()], lengths: [row.head, row.body] }
      doc.tf[row.col === 'head' ? 0 : 1].set(term, row.tf)
      byDoc.set(row.rowid, doc)
    }
    if (byDoc.size < this.limits.listFrom / 2) {
      this.forget(term)
      return
    }
    const scored = [...byDoc.values()].map((d) => ({ rowid: d.rowid, weight: this.weight(d, term) }))
    scored.sort((a, b) => b.weight - a.weight)
    const top = scored.slice(0, this.limits.listSize)
    this.loaded.set(term, { rowids: top.map((s) => s.rowid), weights: top.map((s) => s.weight) })
    this.listed.add(term)
    this.sortedTerms = undefined
    this.changed.add(term)
  }

  private forget(term: string): void {
    this.listed.delete(term)
    this.loaded.delete(term)
    this.changed.delete(term)
    this.sortedTerms = undefined
    this.drop.run(term)
  }

  private list(term: string): List {
    let list = this.loaded.get(term)
    if (!list) {
      const blob = this.read.get(term) as Buffer | undefined
      list = blob ? decode(blob) : { rowids: [], weights: [] }
      this.loaded.set(term, list)
    }
    return list
  }

  private flush(): void {
    for (const term of this.changed) this.write.run(term, encode(this.loaded.get(term)!))
    this.changed.clear()
    this.saveTotals.run(JSON.stringify(this.totals))
  }
}

/** A list as rowids (int32) then weights (float32). */
function encode(list: List): Buffer {
  const n = list.rowids.length
  const buffer = Buffer.alloc(n * 8)
  for (let i = 0; i < n; i++) {
    buffer.writeInt32LE(list.rowids[i]!, i * 4)
    buffer.writeFloatLE(list.weights[i]!, (n + i) * 4)
  }
  return buffer
}

function decode(blob: Buffer): List {
  const n = blob.length / 8
  const rowids: number[] = []
  const weights: number[] = []
  for (let i = 0; i < n; i++) {
    rowids.push(blob.readInt32LE(i * 4))
    weights.push(blob.readFloatLE((n + i) * 4))
  }
  return { rowids, weights }
}

import type Database from 'better-sqlite3'
import MiniSearch from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
import { AliasIndex, type AliasEntry } from './aliases'
import { checkDoc, passesFilters } from './filters'
import { FtsStore } from './ftsStore'
import { indexDoc, typoCandidates, type IndexedDoc } from './indexedDoc'
import { createMini, miniOptions, toMiniDoc, toMiniQuery, type MiniDoc } from './miniIndex'
import { INDEX_FORMAT_VERSION, optionsHash, parseSaved, SearchIndexError, type SavedIndex } from './persist'
import { planQuery, type QueryPlan } from './query'
import { makeSnippet, matchedAlias } from './snippet'
import { type SearchDoc, type SearchHit, type SearchOptions, type SearchResult } from './types'

export interface SearchEngineOptions {
  /** Entity names for expansion (see aliasesFromEntities); replace later with setAliases. */
  aliases?: readonly AliasEntry[]
  /**
   * A better-sqlite3 database for findings (FTS5 over our folded terms; their text stays on disk).
   * Without one, everything lives in MiniSearch, which is fine for a few thousand findings but not
   * for 100,000 (see the benchmark, scripts/bench/search.ts).
   */
  fts?: Database.Database
}

/** Typo neighbours offered per query word, nearest first. */
const MAX_FUZZY_NEIGHBOURS = 12
const DEFAULT_LIMIT = 20

/**
 * The search engine core: one MiniSearch index over essay paragraphs, events, entities and
 * findings; when given a database, findings go to FTS5 instead (same folding, same query plan).
 * Documents come from the caller; the engine keeps only what it needs for filters and snippets.
 */
export class SearchEngine {
  private mini: MiniSearch<MiniDoc>
  private readonly store = new Map<string, SearchDoc>()
  /** Words seen, for typo tolerance; it only grows until a rebuild (a stale word costs one wasted lookup). */
  private vocabulary = new SearchableMap<true>()
  private aliasIndex: AliasIndex
  private readonly fts?: FtsStore
  readonly optionsHash: string

  constructor(options: SearchEngineOptions = {}) {
    this.optionsHash = optionsHash({ longFieldsInFts: options.fts !== undefined })
    this.aliasIndex = new AliasIndex(options.aliases ?? [])
    this.mini = createMini()
    if (options.fts) this.fts = new FtsStore(options.fts, this.optionsHash)
  }

  /** Restores a saved engine; throws SearchIndexError (version, options, corrupt) so the caller rebuilds. */
  static load(json: string, options: SearchEngineOptions = {}): SearchEngine {
    const engine = new SearchEngine(options)
    const saved = parseSaved(json, engine.optionsHash)
    try {
      engine.mini = MiniSearch.loadJS(saved.mini as Parameters<typeof MiniSearch.loadJS>[0], miniOptions())
      for (const [id, doc] of saved.docs) engine.store.set(id, doc as SearchDoc)
      for (const term of saved.vocabulary) engine.vocabulary.set(term, true)
    } catch (e) {
      throw new SearchIndexError('corrupt', `Saved search index could not be read: ${(e as Error).message}`)
    }
    engine.checkFtsInSync()
    return engine
  }

  /** A saved index and the FTS5 tables are written at different times; a crash between them leaves them apart. */
  private checkFtsInSync(): void {
    if (!this.fts) return
    const findings = [...this.store.values()].filter((d) => d.type === 'finding').length
    const inFts = this.fts.size()
    if (findings !== inFts) {
      throw new SearchIndexError('corrupt', `Saved search index lists ${findings} findings but the FTS5 tables hold ${inFts}`)
    }
  }

  get size(): number {
    return this.store.size
  }

  has(id: string): boolean {
    return this.store.has(id)
  }

  /** Replaces the entity name table (seed names plus users' own aliases); applies to the next search. */
  setAliases(aliases: readonly AliasEntry[]): void {
    this.aliasIndex = new AliasIndex(aliases)
  }

  /** Indexes documents; a document whose id is already indexed is replaced. */
  add(docs: readonly SearchDoc[]): void {
    docs.forEach((doc, i) => checkDoc(doc, `docs[${i}]`))
    const toFts: IndexedDoc[] = []
    for (const doc of docs) {
      if (this.mini.has(doc.id)) this.mini.discard(doc.id)
      const indexed = indexDoc(doc)
      if (this.fts !== undefined && doc.type === 'finding') {
        toFts.push(indexed)
        this.store.set(doc.id, withoutText(doc))
      } else {
        this.store.set(doc.id, doc)
        this.mini.add(toMiniDoc(indexed))
      }
      for (const word of typoCandidates(indexed)) this.vocabulary.set(word, true)
    }
    this.fts?.add(toFts)
  }

  replace(doc: SearchDoc): void {
    this.add([doc])
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      if (this.mini.has(id)) this.mini.discard(id)
      this.store.delete(id)
    }
    this.fts?.remove(ids)
  }

  /** Forgets every document (before a rebuild). */
  clear(): void {
    this.mini = createMini()
    this.store.clear()
    this.vocabulary = new SearchableMap<true>()
    this.fts?.clear()
  }

  /** Plans the query once; exposed for tests and the benchmark. */
  plan(query: string): QueryPlan {
    return planQuery(query, this.aliasIndex, (term, distance) => this.neighbours(term, distance))
  }

  /**
   * Documents that match the words as typed rank above those found only through another name of
   * an entity (a tier, not just a weight: a short record naming `Premier Kim` must not outrank a
   * transcription that says 金日成 when the user typed 金日成). FTS5 returns only as many findings
   * as the page needs unless filters apply, and only counts the second tier when the first fills
   * the page.
   */
  search(query: string, options: SearchOptions = {}): SearchResult {
    const plan = this.plan(query)
    if (plan.clauses.length === 0) return { hits: [], total: 0 }
    const offset = options.offset ?? 0
    const limit = options.limit ?? DEFAULT_LIMIT
    const filtered = options.types !== undefined || options.filters !== undefined
    const need = filtered ? Infinity : offset + limit
    const literal = literalOnly(plan)
    const ranked: { doc: SearchDoc; score: number; tier: number }[] = []
    const seen = new Set<string>()
    let total = 0
    const tiers = literal === plan ? [{ tier: 1, plan }] : [{ tier: 1, plan: literal }, { tier: 0, plan, exclude: literal }]
    for (const [index, { tier, plan: tierPlan, exclude }] of tiers.entries()) {
      const candidates = this.candidates(tierPlan, Math.max(0, need - ranked.length), exclude)
      for (const [id, score] of [...candidates.scores].sort((x, y) => y[1] - x[1])) {
        const doc = this.store.get(id)
        if (seen.has(id) || !doc || !passesFilters(doc, options)) continue
        seen.add(id)
        ranked.push({ doc, score, tier })
      }
      // FTS5 counts each tier apart (the second excludes the first); MiniSearch's last plan holds all.
      total += candidates.ftsCount
      if (index === tiers.length - 1) total += candidates.miniCount
    }
    if (filtered || !this.fts) total = seen.size
    const page = ranked.slice(offset, offset + limit)
    if (options.snippets === false) return { hits: page.map(({ doc, score }) => ({ id: doc.id, type: doc.type, title: doc.title, score })), total }
    return { hits: page.map(({ doc, score, tier }) => this.toHit(doc, score, plan, tier === 0)), total }
  }

  /**
   * Scores by document: MiniSearch (everything but FTS-held findings) plus FTS5's best `need`
   * findings that do not match `exclude`, with how many each side matched.
   */
  private candidates(plan: QueryPlan, need: number, exclude?: QueryPlan): { scores: Map<string, number>; miniCount: number; ftsCount: number } {
    const scores = new Map<string, number>()
    const mini = this.mini.search(toMiniQuery(plan))
    for (const r of mini) scores.set(r.id as string, r.score)
    const fts = this.fts?.search(plan, need, exclude) ?? { rows: [], count: 0 }
    for (const r of fts.rows) scores.set(r.id, (scores.get(r.id) ?? 0) + r.score)
    return { scores, miniCount: mini.length, ftsCount: fts.count }
  }

  /** The saved form: MiniSearch index, filter/snippet store, vocabulary (FTS5 persists in its database). */
  toJSON(): SavedIndex {
    return {
      format: 'reading-room-search',
      version: INDEX_FORMAT_VERSION,
      optionsHash: this.optionsHash,
      mini: this.mini.toJSON(),
      docs: [...this.store],
      vocabulary: [...this.vocabulary.keys()],
    }
  }

  /** `viaAlias`: the document matched only through another name, so say which one. */
  private toHit(doc: SearchDoc, score: number, plan: QueryPlan, viaAlias: boolean): SearchHit {
    const full = this.fts && doc.type === 'finding' ? { ...doc, ...this.fts.text(doc.id) } : doc
    const hit: SearchHit = { id: doc.id, type: doc.type, title: doc.title, score }
    const snippet = makeSnippet(full, plan)
    if (snippet) hit.snippet = snippet
    const alias = viaAlias ? matchedAlias(full, plan) : undefined
    if (alias) hit.matchedAlias = alias
    return hit
  }

  private neighbours(term: string, distance: number): string[] {
    return [...this.vocabulary.fuzzyGet(term, distance)]
      .sort((a, b) => a[1][1] - b[1][1])
      .slice(0, MAX_FUZZY_NEIGHBOURS)
      .map(([key]) => key)
  }
}

/** Creates an empty engine; add documents with `add`. */
export function createSearchEngine(options: SearchEngineOptions = {}): SearchEngine {
  return new SearchEngine(options)
}

/** The plan without name expansions (the same plan when it has none). */
function literalOnly(plan: QueryPlan): QueryPlan {
  if (plan.clauses.every((c) => c.alternatives.length === 1)) return plan
  return { ...plan, clauses: plan.clauses.map((c) => ({ alternatives: c.alternatives.slice(0, 1), exclude: [] })) }
}

/** What memory keeps of a finding whose text lives in FTS5: id, type, title and facets. */
function withoutText(doc: SearchDoc): SearchDoc {
  const { summary: _s, transcription: _t, translation: _r, notes: _n, tags: _g, reference: _f, ...kept } = doc
  return doc.tags ? { ...kept, tags: doc.tags } : kept
}

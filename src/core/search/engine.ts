import type Database from 'better-sqlite3'
import MiniSearch from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
import type { AliasEntry } from './aliases'
import { checkDoc } from './filters'
import { FtsStore, type RankLimits, type StoredText } from './ftsStore'
import { indexDoc, typoCandidates, type IndexedDoc } from './indexedDoc'
import { createMini, miniOptions, toMiniDoc, type MiniDoc } from './miniIndex'
import { allowedEdits, nearKeys } from './names/distance'
import { NameIndex } from './names/nameIndex'
import { searchNotes } from './notes'
import { INDEX_FORMAT_VERSION, optionsHash, parseSaved, SearchIndexError, type SavedIndex } from './persist'
import { planQuery, TIER, type QueryPlan, type Tier } from './query'
import { runSearch } from './searchRun'
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
  /** How much FTS5 ranks whole and the candidate lists beyond (tests make them small). */
  rankLimits?: RankLimits
}

/** Pages merged per tidying step: about 0.1 s of work, so searches queued behind it wait little. */
const TIDY_PAGES = 2000

/** Typo neighbours offered per query word, nearest and most common first. */
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
  /** Words seen, with how many documents hold them, for typo tolerance and "did you mean". */
  private vocabulary = new SearchableMap<number>()
  private names: NameIndex
  private readonly fts?: FtsStore
  readonly optionsHash: string

  constructor(options: SearchEngineOptions = {}) {
    this.optionsHash = optionsHash({ longFieldsInFts: options.fts !== undefined })
    this.names = new NameIndex(options.aliases ?? [])
    this.mini = createMini()
    if (options.fts) this.fts = new FtsStore(options.fts, this.optionsHash, options.rankLimits)
  }

  /** Restores a saved engine; throws SearchIndexError (version, options, corrupt) so the caller rebuilds. */
  static load(json: string, options: SearchEngineOptions = {}): SearchEngine {
    const engine = new SearchEngine(options)
    const saved = parseSaved(json, engine.optionsHash)
    try {
      engine.mini = MiniSearch.loadJS(saved.mini as Parameters<typeof MiniSearch.loadJS>[0], miniOptions())
      for (const [id, doc] of saved.docs) engine.store.set(id, doc as SearchDoc)
      for (const [term, count] of saved.vocabulary) engine.vocabulary.set(term, count)
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
    this.names = new NameIndex(aliases)
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
      for (const word of new Set(typoCandidates(indexed))) this.vocabulary.set(word, (this.vocabulary.get(word) ?? 0) + 1)
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
    this.vocabulary = new SearchableMap<number>()
    this.fts?.clear()
  }

  /**
   * One step of merging the findings' FTS5 index into a single b-tree, when it is kept in more
   * than `over`. A rebuild leaves a dozen, and every term looked up seeks in each (at 10,000
   * findings, queries took 12% less CPU once merged). True while there is more to merge.
   */
  tidy(over: number): boolean {
    if (!this.fts || this.fts.segments() <= over) return false
    return this.fts.tidy(TIDY_PAGES)
  }

  /** Plans the query once; exposed for tests and the benchmark. */
  plan(query: string): QueryPlan {
    return planQuery(query, this.names, (term) => this.neighbours(term))
  }

  /**
   * The researcher's own findings come first, then essay paragraphs, events and entities; within
   * each, documents matching the words as typed rank above those matching the last word as a
   * prefix, then another name of an entity the query names, then a typo neighbour; bm25 orders
   * each tier. Only the page is ranked and given snippets; every match is counted.
   */
  search(query: string, options: SearchOptions = {}): SearchResult {
    const plan = this.plan(query)
    const offset = options.offset ?? 0
    const limit = options.limit ?? DEFAULT_LIMIT
    const parts = { mini: this.mini, store: this.store, documentsWith: (word: string) => this.vocabulary.get(word) ?? 0, ...(this.fts ? { fts: this.fts } : {}) }
    const run = runSearch(parts, plan, options, offset, offset + limit)
    const total = Object.values(run.counts).reduce((a, b) => a + b, 0)
    const notes = searchNotes(plan, this.names, run.bestTier, (word) => this.fartherNeighbour(word))
    const hits =
      options.snippets === false
        ? run.page.map(({ doc, score }) => ({ id: doc.id, type: doc.type, title: doc.title, score }))
        : run.page.map(({ doc, score, tier, raw }) => this.toHit(doc, score, plan, tier, raw))
    return { hits, total, counts: run.counts, notes }
  }

  /** The saved form: MiniSearch index, filter/snippet store, vocabulary (FTS5 persists in its database). */
  toJSON(): SavedIndex {
    return {
      format: 'reading-room-search',
      version: INDEX_FORMAT_VERSION,
      optionsHash: this.optionsHash,
      mini: this.mini.toJSON(),
      docs: [...this.store],
      vocabulary: [...this.vocabulary],
    }
  }

  private toHit(doc: SearchDoc, score: number, plan: QueryPlan, tier: Tier, raw?: StoredText): SearchHit {
    const full = this.fts && doc.type === 'finding' ? { ...doc, ...this.fts.text(doc.id, raw) } : doc
    const hit: SearchHit = { id: doc.id, type: doc.type, title: doc.title, score }
    const snippet = makeSnippet(full, plan, tier)
    if (snippet) hit.snippet = snippet
    const alias = tier >= TIER.names ? matchedAlias(full, plan, tier) : undefined
    if (alias) hit.matchedAlias = alias
    return hit
  }

  /** For "did you mean" only: the likeliest word one edit beyond typo distance, for a word the index lacks. */
  private fartherNeighbour(word: string): string | undefined {
    if ([...word].length < 5 || this.vocabulary.has(word)) return undefined
    return nearKeys(this.vocabulary, word, allowedEdits(word) + 1).sort((a, b) => a.distance - b.distance || b.value - a.value)[0]?.key
  }

  /** Vocabulary words within typo distance (a transposition is one edit), nearest then most common first. */
  private neighbours(term: string): string[] {
    return nearKeys(this.vocabulary, term, allowedEdits(term))
      .sort((a, b) => a.distance - b.distance || b.value - a.value)
      .slice(0, MAX_FUZZY_NEIGHBOURS)
      .map((n) => n.key)
  }
}

/** Creates an empty engine; add documents with `add`. */
export function createSearchEngine(options: SearchEngineOptions = {}): SearchEngine {
  return new SearchEngine(options)
}

/** What memory keeps of a finding whose text lives in FTS5: id, type, title and facets. */
function withoutText(doc: SearchDoc): SearchDoc {
  const { summary: _s, transcription: _t, translation: _r, notes: _n, tags: _g, reference: _f, ...kept } = doc
  return doc.tags ? { ...kept, tags: doc.tags } : kept
}

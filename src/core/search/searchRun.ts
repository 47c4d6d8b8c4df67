import type MiniSearch from 'minisearch'
import { passesFilters } from './filters'
import { planTerms, surelyEmpty, toFtsQuery } from './ftsQuery'
import type { FtsRow, FtsStore, StoredText } from './ftsStore'
import { phrasesHold, toMiniQuery, type MiniDoc } from './miniIndex'
import type { QueryPlan, Tier } from './query'
import { SEARCH_DOC_TYPES, type SearchDoc, type SearchDocType, type SearchOptions } from './types'

export interface RankedDoc {
  doc: SearchDoc
  score: number
  tier: Tier
  /** A finding's stored text, read with its ranking (see FtsStore.text). */
  raw?: StoredText
}

export interface RunResult {
  page: RankedDoc[]
  counts: Record<SearchDocType, number>
  /** The best tier anything matched at (undefined: nothing matched). */
  bestTier?: Tier
}

export interface EngineParts {
  mini: MiniSearch<MiniDoc>
  store: ReadonlyMap<string, SearchDoc>
  fts?: FtsStore
  /** How many documents hold a word, as far as the vocabulary knows (see surelyEmpty). */
  documentsWith?: (word: string) => number
}

interface TierQuery {
  tier: Tier
  match: string
  terms: string[]
  /** Surely matches nothing: a word it requires is in no document (see surelyEmpty). */
  empty: boolean
}

/**
 * Runs a plan: the researcher's own findings first (FTS5, or MiniSearch when there is no
 * database), then essay, events and entities (MiniSearch); each group ordered by tier, then by
 * score. Only the page's findings are fetched and ranked; everything is counted.
 */
export function runSearch(parts: EngineParts, plan: QueryPlan, options: SearchOptions, from: number, to: number): RunResult {
  const wanted = (type: SearchDocType) => !options.types || options.types.includes(type)
  const useFts = parts.fts !== undefined && wanted('finding')
  const miniTypes = SEARCH_DOC_TYPES.filter((t) => wanted(t) && !(t === 'finding' && parts.fts))
  const mini = miniTypes.length > 0 ? miniTiered(parts, plan, options) : []
  const miniFindings = mini.filter((r) => r.doc.type === 'finding')
  const others = mini.filter((r) => r.doc.type !== 'finding')
  const fts = useFts ? new FindingTiers(parts.fts!, tierQueries(plan, parts.documentsWith), options, parts.store) : undefined
  const findingCount = fts ? fts.total(from === 0 ? to : 0) : miniFindings.length
  const findingsTo = Math.min(to, findingCount)
  const findings = from >= findingsTo ? [] : fts ? fts.page(from, findingsTo) : miniFindings.slice(from, findingsTo)
  const page = [...findings, ...others.slice(Math.max(0, from - findingCount), Math.max(0, to - findingCount))]
  const counts = Object.fromEntries(SEARCH_DOC_TYPES.map((t) => [t, others.filter((r) => r.doc.type === t).length])) as RunResult['counts']
  counts.finding = findingCount
  const bestTier = [fts?.bestTier(), ...mini.map((r) => r.tier)].reduce<Tier | undefined>((b, t) => (t === undefined || (b !== undefined && b <= t) ? b : t), undefined)
  return { page, counts, ...(bestTier === undefined ? {} : { bestTier }) }
}

/** Every MiniSearch match, each in the first tier it matches at, best first. */
function miniTiered(parts: EngineParts, plan: QueryPlan, options: SearchOptions): RankedDoc[] {
  const found = new Map<string, RankedDoc>()
  for (const tier of plan.tiers) {
    for (const r of parts.mini.search(toMiniQuery(plan, tier))) {
      const id = r.id as string
      const doc = parts.store.get(id)
      if (found.has(id) || !doc || !passesFilters(doc, options) || !phrasesHold(doc, plan, tier)) continue
      found.set(id, { doc, score: r.score, tier })
    }
  }
  return [...found.values()].sort((a, b) => a.tier - b.tier || b.score - a.score)
}

/** One FTS5 expression per tier that adds matches (identical expressions are asked once). */
function tierQueries(plan: QueryPlan, documentsWith?: (word: string) => number): TierQuery[] {
  const out: TierQuery[] = []
  for (const tier of plan.tiers) {
    const match = toFtsQuery(plan, tier)
    if (out[out.length - 1]?.match === match) continue
    const empty = documentsWith !== undefined && surelyEmpty(plan, tier, documentsWith)
    out.push({ tier, match, terms: planTerms(plan, tier), empty })
  }
  return out
}

/**
 * The findings of one search, tier by tier: how many each tier adds (counted once) and the ranked
 * findings of a range. With facet filters every match is read, filtered, then ranked.
 */
class FindingTiers {
  /** Matches of each tier with those before it, counted when first needed. */
  private readonly cumulative: number[] = []
  private filtered?: number[][]
  /** How many match the widest tier, once counted (the first page counts it before it knows whether it can rank every match). */
  private widest?: number

  constructor(
    private readonly fts: FtsStore,
    private readonly tiers: TierQuery[],
    private readonly options: SearchOptions,
    private readonly store: ReadonlyMap<string, SearchDoc>,
  ) {}

  /**
   * The first page without counting each tier: one count of every match, then each tier ranked in
   * turn until the page is full (a tier that gives fewer rows than asked for has no more). Only
   * when every match can be ranked whole (the candidate lists need a tier's own count).
   */
  private quick?: { rows: RankedDoc[]; total: number; bestTier?: Tier }

  private quickFirstPage(to: number): NonNullable<FindingTiers['quick']> | undefined {
    if (this.quick || this.options.filters || this.cumulative.length > 0) return this.quick
    const last = this.tiers.length - 1
    const withText = this.options.snippets !== false
    // Counting computes no bm25 (a tenth of the cost of ranking). Counted inside the ranking, by a
    // window, it made SQLite sort every match instead of keeping the top rows: slower than both apart.
    const total = this.fts.count(this.tiers[last]!.match)
    this.widest = total
    if (total > this.fts.rankAllLimit()) return undefined
    const rows: RankedDoc[] = []
    let bestTier: Tier | undefined
    for (let k = 0; k <= last && rows.length < to && rows.length < total; k++) {
      const t = this.tiers[k]!
      const match = k === 0 ? t.match : `(${t.match}) NOT (${this.tiers[k - 1]!.match})`
      // Tiers hold their predecessors' matches: after empty ones there is nothing to leave out.
      // A misspelt word is in no document: its exact tier is not asked.
      const found = t.empty ? [] : this.fts.rankWhole(bestTier === undefined ? t.match : match, 0, to - rows.length, withText)
      if (found.length > 0) bestTier ??= t.tier
      for (const r of found) {
        const doc = this.store.get(r.id)
        if (doc) rows.push({ doc, score: r.score, tier: t.tier, ...(r.raw === undefined ? {} : { raw: r.raw }) })
      }
    }
    this.quick = { rows, total, ...(bestTier === undefined ? {} : { bestTier }) }
    return this.quick
  }

  /** How many tier `k` adds: counted when first asked, so a page the first tier fills counts no other. */
  private tierSize(k: number): number {
    if (this.options.filters) return this.filteredRowids()[k]!.length
    return this.upTo(k) - (k === 0 ? 0 : this.upTo(k - 1))
  }

  /** How many match tier `k` and those before it (the widest tier's count is kept from the first page's). */
  private upTo(k: number): number {
    if (k === this.tiers.length - 1 && this.widest !== undefined) return this.widest
    return (this.cumulative[k] ??= this.fts.count(this.tiers[k]!.match))
  }

  total(to = 0): number {
    const quick = to > 0 ? this.quickFirstPage(to) : this.quick
    if (quick) return quick.total
    return this.options.filters ? this.filteredRowids().reduce((n, r) => n + r.length, 0) : this.upTo(this.tiers.length - 1)
  }

  bestTier(): Tier | undefined {
    if (this.quick) return this.quick.bestTier
    const k = this.tiers.findIndex((_, i) => this.tierSize(i) > 0)
    return k < 0 ? undefined : this.tiers[k]!.tier
  }

  /** Findings [from, to) in tier, then bm25, order. */
  page(from: number, to: number): RankedDoc[] {
    if (from === 0 && this.quick) return this.quick.rows.slice(0, to)
    const rows: (FtsRow & { tier: Tier })[] = []
    for (let k = 0, start = 0; k < this.tiers.length && start < to; k++) {
      const end = start + this.tierSize(k)
      if (from < end) rows.push(...this.rankedInTier(k, Math.max(0, from - start), to - start))
      start = end
    }
    // The page's texts in one statement, not one per finding as the snippets ask for them.
    const texts = this.options.snippets === false ? undefined : this.fts.texts(rows.map((r) => r.id))
    return rows.flatMap((r) => {
      const doc = this.store.get(r.id)
      const raw = texts?.get(r.id)
      return doc ? [{ doc, score: r.score, tier: r.tier, ...(raw === undefined ? {} : { raw }) }] : []
    })
  }

  private rankedInTier(k: number, from: number, to: number): (FtsRow & { tier: Tier })[] {
    const t = this.tiers[k]!
    const rows = this.options.filters
      ? this.fts.rankAmong(t.match, this.filteredRowids()[k]!).slice(from, to)
      : this.fts.ranked(k === 0 ? t.match : `(${t.match}) NOT (${this.tiers[k - 1]!.match})`, this.tierSize(k), from, to, t.terms)
    return rows.map((r) => ({ ...r, tier: t.tier }))
  }

  /** The matches that pass the facet filters, split by the first tier that holds them. */
  private filteredRowids(): number[][] {
    if (this.filtered) return this.filtered
    const kept = this.fts.matching(this.tiers.at(-1)!.match).filter((m) => {
      const doc = this.store.get(m.id)
      return doc !== undefined && passesFilters(doc, this.options)
    })
    const placed = new Set<number>()
    this.filtered = this.tiers.map((query, k) => {
      const inTier = k === this.tiers.length - 1 ? undefined : new Set(this.fts.matching(query.match).map((m) => m.rowid))
      const rowids = kept.filter((m) => !placed.has(m.rowid) && (!inTier || inTier.has(m.rowid))).map((m) => m.rowid)
      rowids.forEach((r) => placed.add(r))
      return rowids
    })
    return this.filtered
  }
}

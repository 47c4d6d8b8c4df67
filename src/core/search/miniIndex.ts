import MiniSearch, { type Options, type Query } from 'minisearch'
import { gramForms, satisfied, termAt, type Alternative, type Gram, type Clause, type QueryPlan, type QueryTerm, type Tier } from './query'
import type { IndexedDoc } from './indexedDoc'
import { expansionsAt } from './repeats'
import { fieldText } from './snippet'
import { foldText } from './text/fold'
import { foldHangulLoosely } from './text/korean'
import { TEXT_FIELDS, type SearchDoc, type TextField } from './types'

/** Per-field weights: a word in a title says more about a document than one in a transcription. */
export const FIELD_BOOSTS: Record<TextField | 'entities', number> = {
  entities: 1,
  title: 3,
  reference: 2,
  tags: 2,
  summary: 2,
  notes: 1.5,
  transcription: 1,
  translation: 1,
}

/** Expansion through another entity name scores below the literal words the user typed. */
const EXPANSION_WEIGHT = 0.5
/** A typo neighbour scores below the exact word. */
const FUZZY_WEIGHT = 0.45

/** What MiniSearch stores per document; our own store keeps the rest. */
export interface MiniDoc {
  id: string
  [field: string]: string
}

/** MiniSearch options: our tokenizer when indexing; terms arrive pre-tokenized when searching. */
export function miniOptions(): Options<MiniDoc> {
  return {
    idField: 'id',
    fields: [...TEXT_FIELDS, 'entities'],
    storeFields: [],
    // Documents arrive as pre-folded, space-separated terms (indexDoc): tokenized once for every store.
    tokenize: (text) => (text ? text.split(' ') : []),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term, boost: { ...FIELD_BOOSTS } },
  }
}

export function createMini(): MiniSearch<MiniDoc> {
  return new MiniSearch<MiniDoc>(miniOptions())
}

/** The fields MiniSearch indexes for a document. */
export function toMiniDoc(indexed: IndexedDoc): MiniDoc {
  const out: MiniDoc = { id: indexed.doc.id }
  for (const f of TEXT_FIELDS) {
    const terms = indexed.terms[f]
    if (terms) out[f] = terms
  }
  if (indexed.entities) out.entities = indexed.entities
  return out
}

/** Field boosts by weight: a query builds one per term, from a handful of weights. */
const boosts = new Map<number, Record<string, number>>()

function scaledBoost(factor: number): Record<string, number> {
  let boost = boosts.get(factor)
  if (!boost) boosts.set(factor, (boost = Object.fromEntries(Object.entries(FIELD_BOOSTS).map(([k, v]) => [k, v * factor]))))
  return boost
}

function termQuery(q: QueryTerm, weight: number, tier: Tier): Query {
  const { prefix, fuzzy } = termAt(q, tier)
  const boost = scaledBoost(weight)
  const single = (g: Gram): Query => ({ combineWith: 'OR', queries: gramForms(g, tier), prefix, boost })
  // MiniSearch keeps no positions: a phrase's grams must all be there (the engine checks their order).
  const exact: Query = q.grams ? { combineWith: 'AND', queries: q.grams.map(single) } : single(q)
  if (fuzzy.length === 0) return exact
  return { combineWith: 'OR', queries: [exact, { combineWith: 'OR', queries: fuzzy, prefix: false, boost: scaledBoost(weight * FUZZY_WEIGHT) }] }
}

function alternativeQuery(a: Pick<Alternative, 'terms' | 'expansion'>, tier: Tier): Query {
  const weight = a.expansion ? EXPANSION_WEIGHT : 1
  return { combineWith: 'AND', queries: a.terms.map((t) => termQuery(t, weight, tier)) }
}

function clauseQuery(clause: Clause, tier: Tier): Query {
  const parts: Query[] = [alternativeQuery(clause.alternatives[0]!, tier)]
  const expansions = expansionsAt(clause, tier)
  if (expansions.length > 0) {
    const expanded: Query = { combineWith: 'OR', queries: expansions.map((a) => alternativeQuery(a, tier)) }
    parts.push(
      clause.exclude.length === 0
        ? expanded
        : {
            combineWith: 'AND_NOT',
            queries: [expanded, { combineWith: 'OR', queries: clause.exclude.map((ex) => alternativeQuery({ terms: ex }, tier)) }],
          },
    )
  }
  return { combineWith: 'OR', queries: parts }
}

/** Compiles a plan at a tier to one MiniSearch query: clauses AND-ed, alternatives OR-ed. */
export function toMiniQuery(plan: QueryPlan, tier: Tier): Query {
  return { combineWith: 'AND', queries: plan.clauses.filter((c) => !satisfied(c, tier)).map((c) => clauseQuery(c, tier)) }
}

/**
 * MiniSearch keeps no positions, so a record it finds through a CJK run is checked for the run
 * itself: some alternative of every clause must hold its runs in order (folded, spaces ignored,
 * Korean initial sounds folded everywhere, which can only say yes more often).
 */
export function phrasesHold(doc: SearchDoc, plan: QueryPlan, tier: Tier): boolean {
  const runs = (a: Alternative): string[] => a.terms.filter((t) => t.grams).map((t) => looseCompact(t.term))
  if (!plan.clauses.some((c) => c.alternatives.some((a) => runs(a).length > 0))) return true
  const text = looseCompact(TEXT_FIELDS.map((f) => fieldText(doc, f)).join('\n'))
  return plan.clauses.every((c) => c.alternatives.some((a) => a.tier <= tier && runs(a).every((run) => text.includes(run))))
}

function looseCompact(text: string): string {
  return foldHangulLoosely(foldText(text)).replace(/\s+/g, '')
}

import MiniSearch, { type Options, type Query } from 'minisearch'
import { type Alternative, type Clause, type QueryPlan, type QueryTerm } from './query'
import type { IndexedDoc } from './indexedDoc'
import { TEXT_FIELDS, type TextField } from './types'

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

function scaledBoost(factor: number): Record<string, number> {
  return Object.fromEntries(Object.entries(FIELD_BOOSTS).map(([k, v]) => [k, v * factor]))
}

function termQuery(q: QueryTerm, weight: number): Query {
  const exact: Query = { queries: [q.term], prefix: q.prefix, boost: scaledBoost(weight) }
  if (q.fuzzy.length === 0) return exact
  return { combineWith: 'OR', queries: [exact, { combineWith: 'OR', queries: q.fuzzy, prefix: false, boost: scaledBoost(weight * FUZZY_WEIGHT) }] }
}

function alternativeQuery(a: Alternative): Query {
  const weight = a.expansion ? EXPANSION_WEIGHT : 1
  return { combineWith: 'AND', queries: a.terms.map((t) => termQuery(t, weight)) }
}

function clauseQuery(clause: Clause): Query {
  const [literal, ...expansions] = clause.alternatives
  const parts: Query[] = [alternativeQuery(literal!)]
  if (expansions.length > 0) {
    const expanded: Query = { combineWith: 'OR', queries: expansions.map(alternativeQuery) }
    parts.push(
      clause.exclude.length === 0
        ? expanded
        : {
            combineWith: 'AND_NOT',
            queries: [expanded, { combineWith: 'OR', queries: clause.exclude.map((ex) => alternativeQuery({ terms: ex })) }],
          },
    )
  }
  return { combineWith: 'OR', queries: parts }
}

/** Compiles a plan to one MiniSearch query: clauses AND-ed, alternatives OR-ed. */
export function toMiniQuery(plan: QueryPlan): Query {
  return { combineWith: 'AND', queries: plan.clauses.map(clauseQuery) }
}

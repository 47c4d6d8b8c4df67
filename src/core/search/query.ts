import type { AliasIndex } from './aliases'
import { isCyrillicWord, russianStem } from './text/russian'
import { tokenize, type Token } from './text/tokenize'

/** One term to look up: exact, as a prefix, or as any of its typo neighbours from the vocabulary. */
export interface QueryTerm {
  term: string
  prefix: boolean
  /** Vocabulary terms within typo distance (without `term` itself); empty when fuzzy does not apply. */
  fuzzy: string[]
}

/** A way to satisfy a clause: all its terms must match. */
export interface Alternative {
  terms: QueryTerm[]
  /** Set when this alternative is another name of an entity the query named, or a link to it. */
  expansion?: { entityId: string; form: string }
}

/** A part of the query that must match; any alternative will do. */
export interface Clause {
  alternatives: Alternative[]
  /** Names of confusable entities: expansion hits that contain one of these are dropped. */
  exclude: QueryTerm[][]
}

export interface QueryPlan {
  clauses: Clause[]
  /** The query text the user typed, for matchedAlias reporting. */
  text: string
}

/** Finds typo neighbours of a word in the index's vocabulary. */
export type FuzzyLookup = (term: string, distance: number) => string[]

/** Words this short or shorter get no typo tolerance: too many neighbours, too little signal. */
const MIN_FUZZY_LENGTH = 5
const MIN_PREFIX_LENGTH = 2

/**
 * Turns typed text into clauses: each entity name found in it becomes one clause whose
 * alternatives are the literal words and every other name of the entity; every other term is a
 * clause of its own. The last word of a query still being typed is matched as a prefix.
 */
export function planQuery(text: string, aliases: AliasIndex, fuzzy: FuzzyLookup): QueryPlan {
  const tokens = tokenize(text, { query: true })
  const typing = !/\s$/.test(text)
  const toTerm = (t: Token, i: number): QueryTerm => literalTerm(t, typing && i === tokens.length - 1, fuzzy)
  const matches = aliases.match(tokens.map((t) => t.term))
  const clauses: Clause[] = []
  const covered: { start: number; end: number }[] = []
  for (const m of matches) {
    const span = tokens.slice(m.from, m.to)
    covered.push({ start: span[0]!.start, end: span[span.length - 1]!.end })
    const literal = span.map((t, k) => toTerm(t, m.from + k))
    const literalKey = literal.map((t) => t.term).join(' ')
    const expansions = m.variants
      .map((v) => ({ terms: tokenize(v.form, { query: true }).map(nameTerm), expansion: v }))
      .filter((a) => a.terms.length > 0 && a.terms.map((t) => t.term).join(' ') !== literalKey)
    const links = m.entityIds.map((id) => ({ terms: [{ term: entityTerm(id), prefix: false, fuzzy: [] }], expansion: { entityId: id, form: LINK_FORM } }))
    clauses.push({
      alternatives: [{ terms: literal }, ...dedupe(expansions), ...links],
      exclude: m.exclude.map((form) => tokenize(form, { query: true }).map(nameTerm)),
    })
  }
  tokens.forEach((t, i) => {
    if (covered.some((c) => t.start < c.end && t.end > c.start)) return
    clauses.push({ alternatives: [{ terms: [toTerm(t, i)] }], exclude: [] })
  })
  return { clauses, text }
}

/** The matchedAlias form reported when a document matched because it is linked to the entity. */
export const LINK_FORM = '(linked entity)'

/** The indexed term that marks a document linked to an entity; `@` never occurs in a text term. */
export function entityTerm(entityId: string): string {
  return `@${entityId}`
}

function literalTerm(token: Token, last: boolean, fuzzy: FuzzyLookup): QueryTerm {
  const isWord = token.kind === 'word' && !/\d/.test(token.term)
  const lone = token.kind === 'cjk' && token.term.length === 1
  const prefix = lone || (isWord && last && token.term.length >= MIN_PREFIX_LENGTH)
  const length = token.term.length
  const distance = !isWord || length < MIN_FUZZY_LENGTH ? 0 : length < 8 ? 1 : 2
  const neighbours = distance ? fuzzy(token.term, distance).filter((t) => t !== token.term) : []
  return { term: token.term, prefix, fuzzy: neighbours }
}

/** A word of another name: exact, except a Russian word, whose stem meets every case form. */
function nameTerm(token: Token): QueryTerm {
  const stem = russianStem(token.term)
  return { term: stem, prefix: isCyrillicWord(token.term), fuzzy: [] }
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const seen = new Set<string>()
  return alternatives.filter((a) => {
    const key = a.terms.map((t) => t.term).join(' ')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

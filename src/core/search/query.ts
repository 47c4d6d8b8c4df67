import type { NameIndex, NameMatch } from './names/nameIndex'
import { spacedPhrase, termsOfTokens, TIER, type QueryTerm, type Tier } from './queryTerms'
import { wordStartForms } from './text/korean'
import { isCyrillicWord, russianStem } from './text/russian'
import { tokenize, type Token } from './text/tokenize'

export { gramForms, TIER, termAt, type Gram, type QueryTerm, type Tier } from './queryTerms'

/** A way to satisfy a clause: all its terms must match. */
export interface Alternative {
  terms: QueryTerm[]
  /** The first tier that counts it: 0 for the typed words, `names` or `typos` for other names. */
  tier: Tier
  /** Set when this alternative is another name of an entity the query named, or a link to it. */
  expansion?: { entityId: string; form: string }
}

/** A part of the query that must match; any alternative will do. The first is the typed words. */
export interface Clause {
  alternatives: Alternative[]
  /** Names of confusable entities: expansion hits that contain one of these are dropped. */
  exclude: QueryTerm[][]
}

/** What the query's words were taken to mean, for people to read ("also searched as", "did you mean"). */
export interface PlanNames {
  /** Stretches of the query searched also as another entity's names (the typed text and the entity). */
  expanded: { typed: string; entityId: string }[]
  /** Stretches that are part of several names and so were searched as typed only. */
  ambiguous: { typed: string; entityIds: string[] }[]
  /** Stretches that nearly spell a name: [start, end) in the query text and the name as written. */
  nearly: { start: number; end: number; name: string; entityId: string }[]
}

export interface QueryPlan {
  clauses: Clause[]
  /** The query text the user typed, for matchedAlias reporting. */
  text: string
  /** The tiers at which the query means something different, in order (always starting with exact). */
  tiers: Tier[]
  names: PlanNames
  /** The words typed: [start, end) in the query text, folded, with their typo neighbours nearest first. */
  words: { start: number; end: number; term: string; neighbours: string[] }[]
}

/** Finds typo neighbours of a word in the index's vocabulary, nearest and most common first. */
export type FuzzyLookup = (term: string) => string[]

/**
 * Turns typed text into clauses: each entity name found in it becomes one clause whose
 * alternatives are the literal words and every other name of the entity; every other term is a
 * clause of its own. The last word of a query still being typed is matched as a prefix.
 */
export function planQuery(text: string, names: NameIndex, fuzzy: FuzzyLookup): QueryPlan {
  const tokens = tokenize(text, { query: true })
  const typing = !/\s$/.test(text)
  const literal = (from: number, to: number) => termsOfTokens(tokens.slice(from, to), typing && to === tokens.length, fuzzy)
  const clauses: Clause[] = []
  const plan: QueryPlan = { clauses, text, tiers: [], names: { expanded: [], ambiguous: [], nearly: [] }, words: [] }
  let at = 0
  /** The words up to `to` that name no one, one clause each. */
  const plain = (to: number) => {
    if (to > at) for (const term of literal(at, to)) clauses.push({ alternatives: [{ terms: [term], tier: TIER.exact }], exclude: [] })
    at = to
  }
  for (const m of names.match(tokens.map((t) => t.term))) {
    plain(m.from)
    const typed = text.slice(tokens[m.from]!.start, tokens[m.to - 1]!.end)
    if (m.kind === 'ambiguous') {
      plan.names.ambiguous.push({ typed, entityIds: m.entityIds })
      plain(m.to)
      continue
    }
    at = m.to
    clauses.push(nameClause(m, literal(m.from, m.to), names))
    if (m.kind === 'typo') plan.names.nearly.push({ start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end, name: m.suggestion!, entityId: m.entityIds[0]! })
    else for (const entityId of m.entityIds) plan.names.expanded.push({ typed, entityId })
  }
  plain(tokens.length)
  if (tokens.some((t) => t.kind === 'cjk')) clauses.push(...inOrderClauses(tokens, clauses))
  plan.words = wordsOf(tokens, clauses)
  plan.tiers = tiersOf(clauses)
  return plan
}

/** A named entity's clause: the typed words, then its other names and the records linked to it. */
function nameClause(m: NameMatch, literal: QueryTerm[], names: NameIndex): Clause {
  const tier = m.kind === 'typo' ? TIER.typos : TIER.names
  const literalKey = keyOf(literal)
  const expansions: Alternative[] = m.variants
    .map((v) => ({ terms: nameTerms(v.form), tier, expansion: v }))
    .filter((a) => a.terms.length > 0 && keyOf(a.terms) !== literalKey)
  const links: Alternative[] = m.entityIds
    .filter((id) => !names.entry(id)?.listed)
    .map((id) => ({ terms: [{ term: entityTerm(id), prefix: false, fuzzy: [] }], tier, expansion: { entityId: id, form: LINK_FORM } }))
  return {
    alternatives: [{ terms: literal, tier: TIER.exact }, ...dedupe(expansions), ...links],
    exclude: m.exclude.map(nameTerms),
  }
}

/**
 * A Han or Hangul fragment the other clauses take apart, because a name stands inside it (`동
 * 조선을`, 조선 naming the DPRK) or because Korean words were typed with spaces (`제의 조선`): they
 * find its parts anywhere; this clause asks, at the exact tier only, for the whole fragment as one
 * phrase, bridged across the spaces as the index bridges them. From the prefix tier on it asks
 * nothing (an alternative without terms), so the parts apart follow the fragment.
 */
function inOrderClauses(tokens: readonly Token[], clauses: readonly Clause[]): Clause[] {
  const cjk = tokens.filter((t) => t.kind === 'cjk')
  const groups: QueryTerm[][] = []
  for (const t of termsOfTokens(cjk, false, () => [])) {
    if (t.afterSpace && groups.length > 0) groups[groups.length - 1]!.push(t)
    else groups.push([t])
  }
  const asked = new Set(clauses.flatMap((c) => c.alternatives[0]!.terms.map((t) => t.term)))
  return groups.flatMap((group) => {
    const phrase = group.length > 1 ? spacedPhrase(group, wordStartForms) : group[0]
    if (!phrase?.grams || asked.has(phrase.term)) return []
    return [{ alternatives: [{ terms: [phrase], tier: TIER.exact }, { terms: [], tier: TIER.prefix }], exclude: [] }]
  })
}

/** A clause with an alternative of no terms asks nothing at this tier (see inOrderClauses). */
export function satisfied(clause: Clause, tier: Tier): boolean {
  return clause.alternatives.some((a) => a.tier <= tier && a.terms.length === 0)
}

/** The tiers at which the plan matches more than at the tier before. */
function tiersOf(clauses: readonly Clause[]): Tier[] {
  const terms = clauses.flatMap((c) => c.alternatives.flatMap((a) => a.terms))
  const tiers: Tier[] = [TIER.exact]
  const loose = terms.some((t) => t.loose || t.grams?.some((g) => g.loose))
  if (loose || terms.some((t) => t.typing) || clauses.some((c) => c.alternatives.some((a) => a.tier === TIER.prefix))) tiers.push(TIER.prefix)
  if (clauses.some((c) => c.alternatives.some((a) => a.tier === TIER.names))) tiers.push(TIER.names)
  if (terms.some((t) => t.fuzzy.length > 0) || clauses.some((c) => c.alternatives.some((a) => a.tier === TIER.typos))) tiers.push(TIER.typos)
  return tiers
}

/** The query's words with where they stand in the typed text and their typo neighbours. */
function wordsOf(tokens: readonly Token[], clauses: readonly Clause[]): QueryPlan['words'] {
  const neighbours = new Map(clauses.flatMap((c) => c.alternatives[0]!.terms).map((t) => [t.term, t.fuzzy]))
  return tokens.filter((t) => t.kind === 'word').map((t) => ({ start: t.start, end: t.end, term: t.term, neighbours: neighbours.get(t.term) ?? [] }))
}

/** The matchedAlias form reported when a document matched because it is linked to the entity. */
export const LINK_FORM = '(linked entity)'

/** The indexed term that marks a document linked to an entity; `@` never occurs in a text term. */
export function entityTerm(entityId: string): string {
  return `@${entityId}`
}

/** The terms of another name: exact, except a Russian word, whose stem meets every case form. */
export function nameTerms(form: string): QueryTerm[] {
  return termsOfTokens(tokenize(form, { query: true }), false, () => []).map((t) =>
    isCyrillicWord(t.term) ? { ...t, term: russianStem(t.term), prefix: true } : t,
  )
}

function keyOf(terms: readonly QueryTerm[]): string {
  return terms.map((t) => t.term).join(' ')
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const seen = new Set<string>()
  return alternatives.filter((a) => {
    const key = keyOf(a.terms)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

import { startsWordInside } from './text/korean'
import type { Token } from './text/tokenize'

/**
 * Tiers of a match, best first: the words exactly as typed; the last word as a prefix (still
 * being typed); another name of an entity the query names; a typo neighbour of a word or a name.
 * A document ranks in the first tier it matches, and by bm25 within it.
 */
export const TIER = { exact: 0, prefix: 1, names: 2, typos: 3 } as const
export type Tier = (typeof TIER)[keyof typeof TIER]

/** One bigram of a CJK phrase, with its word-start forms when the Korean initial-sound rule applies. */
export interface Gram {
  term: string
  wordStart?: string[]
  /** Forms that match from the prefix tier on (spacing the query did not ask for; see Token.looseForms). */
  loose?: string[]
  /** `term` itself is among the loose forms (Token.spacedAsTyped). */
  looseTerm?: true
}

/** The forms of a gram (or single-gram term) looked up at a tier. */
export function gramForms(g: Gram, tier: Tier): string[] {
  if (tier >= TIER.prefix) return [...new Set([g.term, ...(g.wordStart ?? []), ...(g.loose ?? [])])]
  return g.looseTerm ? (g.wordStart ?? []) : [g.term, ...(g.wordStart ?? [])]
}

function gramOf(t: Token): Gram {
  return {
    term: t.term,
    ...(t.wordStart ? { wordStart: t.wordStart } : {}),
    ...(t.looseForms ? { loose: t.looseForms } : {}),
    ...(t.spacedAsTyped ? { looseTerm: true as const } : {}),
  }
}

/** One term to look up: exact, as a prefix, or as any of its typo neighbours from the vocabulary. */
export interface QueryTerm {
  /** A folded word, a CJK gram, or (with `grams`) a whole CJK run. */
  term: string
  /** Matched as a prefix at every tier (a lone CJK character, a Russian stem of another name). */
  prefix: boolean
  /** The last word of a query still being typed: a prefix from the prefix tier on. */
  typing?: true
  /** Vocabulary terms within typo distance (without `term` itself): the typo tier. */
  fuzzy: string[]
  /** A Hangul gram as the index writes it where a word starts inside it; any form matches. */
  wordStart?: string[]
  loose?: string[]
  looseTerm?: true
  /** A Hangul word the query separates from the Hangul before it by a space only (see planQuery). */
  afterSpace?: true
  /**
   * A CJK run of three or more characters: its overlapping bigrams, matched as a phrase (全部撤出
   * must not match 全部…撤离…撤出).
   */
  grams?: Gram[]
}

const MIN_PREFIX_LENGTH = 2

/**
 * The terms of a stretch of query tokens: words (the last one as a prefix while typing, with its
 * typo neighbours), single CJK grams, and CJK runs as phrases of their bigrams.
 */
export function termsOfTokens(tokens: readonly Token[], lastIsPrefix: boolean, fuzzy: (term: string) => string[]): QueryTerm[] {
  const out: QueryTerm[] = []
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i]!
    if (token.kind !== 'cjk') {
      out.push(wordTerm(token, lastIsPrefix && i === tokens.length - 1, fuzzy))
      i++
      continue
    }
    let j = i + 1
    while (j < tokens.length && tokens[j]!.kind === 'cjk' && tokens[j]!.start < tokens[j - 1]!.end) j++
    const term = j - i === 1 ? gramTerm(token) : phraseTerm(tokens.slice(i, j))
    out.push(token.afterSpace ? { ...term, afterSpace: true } : term)
    i = j
  }
  return out
}

function wordTerm(token: Token, last: boolean, fuzzy: (term: string) => string[]): QueryTerm {
  const isWord = token.kind === 'word' && !/\d/.test(token.term)
  const typing = isWord && last && token.term.length >= MIN_PREFIX_LENGTH
  return { term: token.term, prefix: false, ...(typing ? { typing: true } : {}), fuzzy: isWord ? fuzzy(token.term).filter((t) => t !== token.term) : [] }
}

/** How a term is looked up at a tier: as a prefix from the prefix tier, with typo neighbours in the last. */
export function termAt(q: QueryTerm, tier: Tier): { prefix: boolean; fuzzy: string[] } {
  return { prefix: q.prefix || (q.typing === true && tier >= TIER.prefix), fuzzy: tier >= TIER.typos ? q.fuzzy : [] }
}


/** A bigram, or a lone character matched as a prefix (it is the start of the bigrams that hold it). */
function gramTerm(token: Token): QueryTerm {
  const lone = [...token.term].length === 1
  return { ...gramOf(token), prefix: lone, fuzzy: [] }
}

function phraseTerm(run: readonly Token[]): QueryTerm {
  return phraseOfGrams(run.map(gramOf))
}

function phraseOfGrams(grams: Gram[]): QueryTerm {
  const term = grams.map((g, k) => (k === 0 ? g.term : [...g.term].slice(1).join(''))).join('')
  return { term, prefix: false, fuzzy: [], grams }
}

/**
 * Hangul words typed with spaces between them as one phrase, bridged across each space as the
 * index bridges them (`제의 조선` -> 제의 + 의조 + 조선): the text holds the words in this order,
 * spaced or not. Undefined unless every term is a Hangul bigram or phrase.
 */
export function spacedPhrase(terms: readonly QueryTerm[], bridge: (gram: string) => string[]): QueryTerm | undefined {
  const grams: Gram[] = []
  for (const [k, t] of terms.entries()) {
    const own = t.grams ?? (t.prefix ? [] : [t as Gram])
    if (own.length === 0) return undefined
    if (k > 0) {
      const gram = [...terms[k - 1]!.term].at(-1)! + [...t.term][0]!
      // The query has a space here: the text spaced there is as typed (부ㅤ이 for 정부 이론 and 정부 리론).
      const spaced = bridge(gram).filter(startsWordInside)
      grams.push(spaced.length > 0 ? { term: gram, wordStart: spaced, looseTerm: true } : { term: gram })
    }
    grams.push(...own)
  }
  return phraseOfGrams(grams)
}

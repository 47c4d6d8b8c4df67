import type { Token } from './text/tokenize'

/**
 * Tiers of a match, best first: the words exactly as typed; the last word as a prefix (still
 * being typed); another name of an entity the query names; a typo neighbour of a word or a name.
 * A document ranks in the first tier it matches, and by bm25 within it.
 */
export const TIER = { exact: 0, prefix: 1, names: 2, typos: 3 } as const
export type Tier = (typeof TIER)[keyof typeof TIER]

/** One bigram of a CJK phrase, with its word-start form when the Korean initial-sound rule applies. */
export interface Gram {
  term: string
  wordStart?: string
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
  /** A Hangul gram as the index writes it at a word start; either form matches. */
  wordStart?: string
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
    out.push(j - i === 1 ? gramTerm(token) : phraseTerm(tokens.slice(i, j)))
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
  return { term: token.term, prefix: lone, fuzzy: [], ...(token.wordStart ? { wordStart: token.wordStart } : {}) }
}

function phraseTerm(run: readonly Token[]): QueryTerm {
  const grams = run.map((t): Gram => (t.wordStart ? { term: t.term, wordStart: t.wordStart } : { term: t.term }))
  const term = grams.map((g, k) => (k === 0 ? g.term : [...g.term].slice(1).join(''))).join('')
  return { term, prefix: false, fuzzy: [], grams }
}

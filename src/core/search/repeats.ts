import { termAt, type Alternative, type Clause, type QueryTerm, type Tier } from './query'
import { isCjkTerm } from './text/tokenize'

/** The other names a clause is searched by at a tier, without those its other alternatives already match. */
export function expansionsAt(clause: Clause, tier: Tier): Alternative[] {
  const [literal, ...others] = clause.alternatives as [Alternative, ...Alternative[]]
  return withoutRepeats([literal, ...others.filter((a) => a.tier <= tier)], tier).filter((a) => a !== literal)
}

/** A word term looked up in one form only, without typo neighbours: what one word of an alternative can be compared by. */
function plainWord(t: QueryTerm, tier: Tier): { term: string; prefix: boolean } | undefined {
  if (t.grams || isCjkTerm(t.term) || t.wordStart || t.loose) return undefined
  const { prefix, fuzzy } = termAt(t, tier)
  return fuzzy.length > 0 ? undefined : { term: t.term, prefix }
}

/**
 * Alternatives that another one of a single word already matches: `leonid + brezhnev` beside
 * `brezhnev`, `den + siaopin` beside `siaopin`. A name's distinctive part is searched beside its
 * full forms, so half of a name clause can be such repeats. They match nothing more, yet FTS5
 * reads each of them for every count and ranking, MiniSearch looks each up, and scores counted
 * the same mention twice.
 */
function withoutRepeats(alternatives: readonly Alternative[], tier: Tier): Alternative[] {
  const words = alternatives.map((a) => (a.terms.length === 1 && !isCjkTerm(a.terms[0]!.term) ? { term: a.terms[0]!.term, prefix: termAt(a.terms[0]!, tier).prefix } : undefined))
  const repeats = (x: Alternative, i: number) =>
    words.some((c, j) => {
      const same = c !== undefined && words[i]?.term === c.term && words[i]?.prefix === c.prefix
      // Of two alternatives that are the same word, the first stays.
      if (!c || j === i || (same && j > i)) return false
      return x.terms.some((t) => {
        const w = plainWord(t, tier)
        return w !== undefined && (c.prefix ? w.term.startsWith(c.term) : !w.prefix && w.term === c.term)
      })
    })
  return alternatives.filter((x, i) => !repeats(x, i))
}

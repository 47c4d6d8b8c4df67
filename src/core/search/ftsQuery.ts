import { gramForms, satisfied, termAt, type Clause, type Gram, type QueryPlan, type QueryTerm, type Tier } from './query'
import { expansionsAt } from './repeats'
import { isCjkTerm } from './text/tokenize'

/**
 * Compiles a query plan at a tier to an FTS5 MATCH expression with the meaning of the MiniSearch
 * query, plus positions: CJK runs and other names written in words must appear as phrases.
 */
export function toFtsQuery(plan: QueryPlan, tier: Tier): string {
  const asked = plan.clauses.filter((c) => !satisfied(c, tier))
  const implied = impliedByPhrases(asked, tier)
  return asked.filter((c) => !implied.has(c)).map((c) => clauseExpr(c, tier)).join(' AND ')
}

/**
 * Clauses that a phrase of the same expression already requires: `조선에` asks for 조선 (a name)
 * and for the fragment 조선에 as one phrase, which holds 조선. Asked again, the gram would count
 * twice in bm25, and a text that names 조선 often would outrank one that holds the fragment as
 * typed (at 100,000 findings the benchmark's Korean first page rose from 0.948 to 0.957).
 */
function impliedByPhrases(clauses: readonly Clause[], tier: Tier): Set<Clause> {
  const only = (c: Clause) => {
    const applicable = c.alternatives.filter((a) => a.tier <= tier)
    return applicable.length === 1 ? applicable[0]!.terms : undefined
  }
  const formsKey = (g: Gram) => gramForms(g, tier).sort().join(' ')
  const phraseGrams = new Set(clauses.flatMap((c) => (only(c) ?? []).flatMap((t) => (t.grams ?? []).map(formsKey))))
  const impliedTerm = (t: QueryTerm) => !t.grams && !termAt(t, tier).prefix && termAt(t, tier).fuzzy.length === 0 && phraseGrams.has(formsKey(t))
  return new Set(
    clauses.filter((c) => {
      const terms = only(c)
      return terms !== undefined && terms.length > 0 && terms.every(impliedTerm)
    }),
  )
}

/** Every term string a plan looks up at a tier (prefix terms with a trailing `*`): what candidate lists are kept for. */
export function planTerms(plan: QueryPlan, tier: Tier): string[] {
  const out = new Set<string>()
  for (const clause of plan.clauses) {
    for (const a of clause.alternatives.filter((x) => x.tier <= tier)) {
      for (const q of a.terms) {
        const { prefix, fuzzy } = termAt(q, tier)
        const grams = q.grams ?? [q]
        for (const g of grams) for (const t of gramForms(g, tier)) out.add(prefix ? `${t}*` : t)
        fuzzy.forEach((f) => out.add(f))
      }
    }
  }
  return [...out]
}

function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`
}

/** A term or, with word-start forms (Korean), any of them. */
function gramExpr(g: Gram, star: string, tier: Tier): string {
  const forms = gramForms(g, tier)
  return forms.length > 1 ? `(${forms.map((f) => quote(f) + star).join(' OR ')})` : quote(forms[0]!) + star
}

/** At most this many phrases spell out the word-start choices of one CJK run; beyond, its grams are AND-ed. */
const MAX_PHRASES = 8

/**
 * A CJK run as a phrase of its bigrams. A gram that may start a word in the text (Korean) has two
 * forms, and FTS5 has no OR inside a phrase, so each combination is a phrase of its own.
 */
function phraseExpr(grams: readonly Gram[], tier: Tier): string {
  let phrases: string[][] = [[]]
  for (const g of grams) {
    const forms = gramForms(g, tier)
    phrases = phrases.flatMap((p) => forms.map((f) => [...p, quote(f)]))
    if (phrases.length > MAX_PHRASES) return `(${grams.map((x) => gramExpr(x, '', tier)).join(' AND ')})`
  }
  return phrases.length === 1 ? phrases[0]!.join(' + ') : `(${phrases.map((p) => p.join(' + ')).join(' OR ')})`
}

function termExpr(q: QueryTerm, tier: Tier): string {
  const { prefix, fuzzy } = termAt(q, tier)
  const exact = q.grams ? phraseExpr(q.grams, tier) : gramExpr(q, prefix ? '*' : '', tier)
  return fuzzy.length === 0 ? exact : `(${[exact, ...fuzzy.map(quote)].join(' OR ')})`
}

function alternativeExpr(terms: readonly QueryTerm[], tier: Tier): string {
  return `(${terms.map((t) => termExpr(t, tier)).join(' AND ')})`
}

/**
 * Another name of an entity, as one phrase when it is written in words (`"workers" + "party" +
 * "of" + "korea"`, Russian stems as prefixes): a name is its words in order. Han and Hangul
 * names are phrases of their bigrams already.
 */
function nameExpr(terms: readonly QueryTerm[], tier: Tier): string {
  if (terms.length < 2 || terms.some((t) => isCjkTerm(t.term))) return alternativeExpr(terms, tier)
  return terms.map((t) => quote(t.term) + (t.prefix ? '*' : '')).join(' + ')
}

function clauseExpr(clause: Clause, tier: Tier): string {
  const parts = [alternativeExpr(clause.alternatives[0]!.terms, tier)]
  const expansions = expansionsAt(clause, tier)
  if (expansions.length > 0) {
    const expanded = `(${expansions.map((a) => nameExpr(a.terms, tier)).join(' OR ')})`
    parts.push(clause.exclude.length === 0 ? expanded : `(${expanded} NOT (${clause.exclude.map((e) => nameExpr(e, tier)).join(' OR ')}))`)
  }
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`
}

/** The shortest word the vocabulary keeps (see typoCandidates): shorter ones may be in a document it does not list. */
const VOCABULARY_MIN = 4

/**
 * Whether a plan at a tier surely matches nothing: some clause has no alternative whose words
 * could all be found. A word counts as missing only when looked up exactly (no prefix, no typo
 * neighbours), of a kind the vocabulary keeps (four letters or more, no digits, not CJK), and in
 * no document it has seen. The vocabulary is never pruned, so it errs only towards asking FTS5.
 */
export function surelyEmpty(plan: QueryPlan, tier: Tier, documentsWith: (word: string) => number): boolean {
  const missing = (t: QueryTerm) => {
    const { prefix, fuzzy } = termAt(t, tier)
    if (prefix || fuzzy.length > 0 || t.grams || isCjkTerm(t.term) || t.term.length < VOCABULARY_MIN || /[\d@]/.test(t.term)) return false
    return documentsWith(t.term) === 0
  }
  return plan.clauses
    .filter((c) => !satisfied(c, tier))
    .some((c) => c.alternatives.every((a) => a.tier > tier || a.terms.some(missing)))
}

import { entityTerm, gramForms, termAt, type QueryPlan, type QueryTerm, type Tier } from './query'
import { foldText, isAlphabetic, isAttached, isSurrogate } from './text/fold'
import { foldHangulLoosely, WORD_START } from './text/korean'
import { isCjkTerm, tokenize } from './text/tokenize'
import { TEXT_FIELDS, type Range, type SearchDoc, type SearchHit, type TextField } from './types'

const BEFORE = 60
const LENGTH = 220

/** The text of one field of a document, tags joined by spaces. */
export function fieldText(doc: Partial<SearchDoc>, field: TextField): string {
  const value = doc[field]
  return Array.isArray(value) ? value.join(' ') : (value ?? '')
}

/** Every term a plan looks up at a tier, with how: grams of runs and word-start forms included. */
function termsAtTier(plan: QueryPlan, tier: Tier): { term: string; prefix: boolean }[] {
  const out: { term: string; prefix: boolean }[] = []
  for (const c of plan.clauses) {
    for (const a of c.alternatives.filter((x) => x.tier <= tier)) {
      for (const q of a.terms) {
        const { prefix, fuzzy } = termAt(q, tier)
        for (const g of q.grams ?? [q]) for (const t of gramForms(g, tier)) out.push({ term: t, prefix })
        for (const f of fuzzy) out.push({ term: f, prefix: false })
      }
    }
  }
  return out
}

/** A test for indexed terms against the terms of a plan at a tier: a set lookup, plus the few prefixes. */
function planMatcher(terms: readonly { term: string; prefix: boolean }[]): (term: string) => boolean {
  const exact = new Set(terms.map((t) => t.term))
  const prefixes = terms.filter((t) => t.prefix).map((t) => t.term)
  return (term) => exact.has(term) || startsWithAny(term, prefixes)
}

/** Called for every token of a snippet's window: a loop, not a closure made per call. */
function startsWithAny(term: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (term.startsWith(p)) return true
  return false
}

/** A Han, Kana or Hangul character, or anything above them (see isCjkTerm). */
const CJK_FROM = /[\u2e80-\uffff]/

/**
 * A cheap test that a piece of folded text may hold a match: every term looked up as a substring, Han and Hangul grams with the spaces removed (the index bridges them) and Korean
 * initial sounds folded everywhere. It may say yes wrongly (`the` in `there`), never no wrongly,
 * except for terms with digits, which the tokenizer builds differently (`98с` = `98c`, 八一六 =
 * `816`): with any of those it always says yes.
 */
function chunkFilter(terms: readonly { term: string }[]): (text: string) => boolean {
  const needles = terms.map((t) => t.term)
  if (needles.some((n) => /\d/.test(n))) return () => true
  const words = needles.filter((n) => !isCjkTerm(n) && !n.startsWith('@'))
  const grams = [...new Set(needles.filter(isCjkTerm).map((g) => foldHangulLoosely(g.replaceAll(WORD_START, ''))))]
  return (folded) => {
    if (words.some((w) => folded.includes(w))) return true
    // Grams are Han, Kana or Hangul: text with none of those (English notes) cannot hold one.
    if (grams.length === 0 || !CJK_FROM.test(folded)) return false
    const compact = foldHangulLoosely(folded.replace(/\s+/g, ''))
    return grams.some((g) => compact.includes(g))
  }
}

/** What a plan at a tier looks for in a text, made once per search and tier, not once per hit. */
interface Matcher {
  isMatch: (term: string) => boolean
  /** Whether folded text may hold a match (never no wrongly). */
  mayMatch: (folded: string) => boolean
  /** Terms as the raw text may spell them, and whether they may be a word's start only. */
  needles: { term: string; prefix: boolean }[]
}

const matchers = new WeakMap<QueryPlan, Map<Tier, Matcher>>()

function matcherFor(plan: QueryPlan, tier: Tier): Matcher {
  let byTier = matchers.get(plan)
  if (!byTier) matchers.set(plan, (byTier = new Map()))
  let m = byTier.get(tier)
  if (!m) {
    const terms = termsAtTier(plan, tier)
    const needles = new Map<string, boolean>()
    for (const t of terms) if (!t.term.includes(WORD_START) && !t.term.startsWith('@')) needles.set(t.term, (needles.get(t.term) ?? false) || t.prefix)
    m = { isMatch: planMatcher(terms), mayMatch: chunkFilter(terms), needles: [...needles].map(([term, prefix]) => ({ term, prefix })) }
    byTier.set(tier, m)
  }
  return m
}

/** ASCII without the apostrophes and backticks that folding drops (`don't` is indexed `dont`). */
const PLAIN_ASCII = /^[^'`\u0080-\uffff]*$/

/** Text is scanned for the first match in chunks of about this size, so a long transcription whose
 * first match is near the top is not tokenized to the end. */
const CHUNK = 600

/**
 * Cuts a plain-text snippet around the first match in the first field (by TEXT_FIELDS order) that
 * has one, with the matched spans of the original text as ranges (overlapping bigrams merge, so
 * `로동계급` is one range).
 */
export function makeSnippet(doc: Partial<SearchDoc>, plan: QueryPlan, tier: Tier): SearchHit['snippet'] {
  const matcher = matcherFor(plan, tier)
  const matches = (text: string, offset: number): Range[] => {
    const out: Range[] = []
    for (const t of tokenize(text)) if (matcher.isMatch(t.term)) out.push([t.start + offset, t.end + offset])
    return out
  }
  for (const field of TEXT_FIELDS) {
    const text = fieldText(doc, field)
    if (!text) continue
    const seen = seenInHead(text, matcher.needles, matches) ?? firstInField(text, matcher, matches)
    if (seen === undefined) continue
    const [start, end] = windowAround(text, seen.first)
    // The shortcut tokenized this very window already when the match sat where it looked.
    const ranges = seen.ranges?.map(([a, b]): Range => [Math.max(0, a - start), Math.min(end, b) - start])
    return { field, text: text.slice(start, end), highlights: mergeRanges(ranges ?? matches(text.slice(start, end), 0)) }
  }
  return undefined
}

/** Plain ASCII is its own folded form once lower-cased. */
const foldField = (text: string): string => (PLAIN_ASCII.test(text) ? text.toLowerCase() : foldText(text))

/**
 * A long field's head: where most first matches lie, looked at before the whole field is folded.
 * At 250 characters snippets were 10% faster than at 800 (the benchmark's Russian and Korean).
 */
const HEAD = 250

/**
 * The shortcut on a long field's head alone, folded offset for offset. What it finds is what the
 * shortcut on the whole field finds (its places in the head come first, in the same order); when
 * it finds nothing the whole field is read.
 */
function seenInHead(text: string, needles: Matcher['needles'], matches: (text: string, offset: number) => Range[]): Seen | undefined {
  if (text.length < 2 * HEAD) return undefined
  let cut = HEAD
  // Never between a character and a mark attached to it, nor inside a surrogate pair.
  while (cut < text.length && (isAttached(text.charCodeAt(cut)) || isSurrogate(text.charCodeAt(cut)))) cut++
  const head = text.slice(0, cut)
  const folded = foldField(head)
  return folded.length === head.length ? seenAsTyped(text, folded, needles, matches) : undefined
}

/** The first match of a field: the shortcut where folding kept every offset, else a scan of the chunks that may hold one. */
function firstInField(text: string, matcher: Matcher, matches: (text: string, offset: number) => Range[]): Seen | undefined {
  const folded = foldField(text)
  // Where folding kept every offset, the folded text is read as the text's own.
  const aligned = folded.length === text.length ? folded : undefined
  const seen = aligned === undefined ? undefined : seenAsTyped(text, aligned, matcher.needles, matches)
  if (seen) return seen
  // A field that cannot hold a match is passed over before any tokenizing.
  const first = matcher.mayMatch(folded) ? firstMatch(text, aligned, matcher.mayMatch, matches) : undefined
  return first === undefined ? undefined : { first }
}

/** The snippet's stretch of text around a match at `first`: a little before it, the rest after. */
function windowAround(text: string, first: number): [number, number] {
  let start = safeIndex(text, Math.max(0, first - BEFORE))
  if (text.length - start < LENGTH) start = safeIndex(text, Math.max(0, text.length - LENGTH))
  const end = safeIndex(text, Math.min(text.length, start + LENGTH))
  return [offWord(text, start, 1, first), offWord(text, end, -1, first + 1)]
}

/** How far a window's edge moves at most to leave a word whole. */
const MAX_EDGE_MOVE = 40

/**
 * Moves a window's edge out of the word it cuts (forward for a start, back for an end), never
 * past `limit`: a cut word would read as another (`в` of Хрущёв, `sai` of `saint`) and be
 * highlighted as a match. Chinese is left as cut: its runs have no word edges.
 */
function offWord(text: string, edge: number, step: 1 | -1, limit: number): number {
  let at = edge
  for (let moved = 0; moved < MAX_EDGE_MOVE && at > 0 && at < text.length && cutsWord(text, at) && at !== limit; moved++) at += step
  return at
}

/** Whether offset `at` falls between two letters of one alphabetic or Hangul word. */
function cutsWord(text: string, at: number): boolean {
  return inWord(text.charCodeAt(at - 1)) && inWord(text.charCodeAt(at))
}

/** A letter or digit of an alphabetic word, or a Hangul syllable. */
function inWord(code: number): boolean {
  return isAlphabetic(code) || (code >= 0xac00 && code <= 0xd7a3)
}

/** A match found by the shortcut, with the matches of the window around it when that window was tokenized. */
interface Seen {
  first: number
  ranges?: Range[]
}


/**
 * Whether a term found at `at` lies inside a longer word (`aid` in `said`, `и` in `китайский`),
 * where no token starts or, for a whole-word term, ends. Passing a place over only misses the
 * shortcut: the full scan still finds a match there.
 */
function insideWord(lower: string, at: number, term: string, prefix: boolean): boolean {
  return (at > 0 && isAlphabetic(lower.charCodeAt(at - 1))) || (!prefix && isAlphabetic(lower.charCodeAt(at + term.length)))
}

/**
 * A shortcut for the common case, a term written in the text as the index folds it (plain lower
 * case, simplified Han): the first few places the raw text holds a term are tokenized and checked.
 * Places inside a longer word (`aid` in `said`, `и` in `китайский`) are passed over without
 * tokenizing. Undefined sends the caller to the full scan (folding the text matters).
 */
function seenAsTyped(text: string, lower: string, needles: Matcher['needles'], matches: (text: string, offset: number) => Range[]): Seen | undefined {
  const places: number[] = []
  for (const { term, prefix } of needles) {
    const word = !isCjkTerm(term)
    for (let at = lower.indexOf(term), n = 0; at >= 0 && n < 3; at = lower.indexOf(term, at + 1)) {
      if (word && insideWord(lower, at, term, prefix)) continue
      places.push(at)
      n++
    }
  }
  // Each place is checked by tokenizing the window a snippet at that place would show: when the
  // first match there is the place itself, that window and its matches are the snippet.
  for (const at of places.sort((a, b) => a - b).slice(0, 6)) {
    const [start, end] = windowAround(text, at)
    const found = matches(text.slice(start, end), start)
    if (found.length > 0) return found[0]![0] === at ? { first: at, ranges: found } : { first: found[0]![0] }
  }
  return undefined
}

/**
 * Offset of the first match, scanning chunk by chunk (cut after a space or punctuation); a chunk
 * that cannot hold one is not tokenized. `folded`: the text folded, when folding kept its offsets.
 */
function firstMatch(text: string, folded: string | undefined, mayMatch: Matcher['mayMatch'], matches: (text: string, offset: number) => Range[]): number | undefined {
  let from = 0
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK)
    const cut = text.slice(to - 40, to).search(/[\s,.;:，。、]\S*$/)
    if (to < text.length && cut >= 0) to = to - 40 + cut + 1
    const chunk = text.slice(from, to)
    const found = mayMatch(folded?.slice(from, to) ?? foldText(chunk)) ? matches(chunk, from) : []
    if (found.length > 0) return found[0]![0]
    from = to
  }
  return undefined
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: Range[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else out.push([r[0], r[1]])
  }
  return out
}

/** Moves an index off the second half of a surrogate pair. */
function safeIndex(text: string, i: number): number {
  const code = text.charCodeAt(i)
  return code >= 0xdc00 && code <= 0xdfff ? i - 1 : i
}

/**
 * The first clause satisfied only through another name: the alias that made the document match.
 * Checked on the folded text as strings (words between spaces, CJK terms as substrings), which is
 * much cheaper than tokenizing the whole document again.
 */
export function matchedAlias(doc: Partial<SearchDoc>, plan: QueryPlan, tier: Tier): SearchHit['matchedAlias'] {
  // Typo neighbours of plain words are not other names: without expansions there is nothing to report.
  if (!plan.clauses.some((c) => c.alternatives.some((a) => a.expansion && a.tier <= tier))) return undefined
  const folded = foldText(TEXT_FIELDS.map((f) => fieldText(doc, f)).join('\n'))
  // Each form of the text is made when a term first needs it: a plan of Latin and Cyrillic names never needs the compact one.
  let spaced: string | undefined
  let compact: string | undefined
  const linked = new Set((doc.entities ?? []).map(entityTerm))
  const has = (q: QueryTerm): boolean => {
    if (linked.has(q.term)) return true
    if (isCjkTerm(q.term)) return (compact ??= foldHangulLoosely(folded.replace(/\s+/g, ''))).includes(foldHangulLoosely(q.term))
    const words = (spaced ??= ` ${folded.replace(/[^\p{L}\p{N}]+/gu, ' ')} `)
    const { prefix, fuzzy } = termAt(q, tier)
    return [q.term, ...fuzzy].some((w) => words.includes(` ${w}${prefix ? '' : ' '}`))
  }
  for (const clause of plan.clauses) {
    const [literal, ...expansions] = clause.alternatives
    if (!literal || literal.terms.every(has)) continue
    const hit = expansions.find((a) => a.tier <= tier && a.terms.every(has))
    if (hit?.expansion) return hit.expansion
  }
  return undefined
}

import { ASCII_ONLY } from './fold'
import { atWordStartForm, startsWordInside, wordStartForms } from './korean'
import { clusterUnits, unitsOf, type Units } from './units'

/**
 * One indexed or queried term with the span of original text it came from.
 * `word`: a Latin, Cyrillic or other alphabetic/numeric word, a whole term (prefix and typo
 * tolerance apply at query time). `cjk`: a Han/Kana/Hangul bigram, or a unigram for a run's last
 * character (so a one-character query finds every occurrence by prefix). `number`: digits read
 * from a run of Chinese numerals (八一六 -> 816).
 */
export interface Token {
  term: string
  kind: 'word' | 'cjk' | 'number'
  /** Offsets into the original text, [start, end). */
  start: number
  end: number
  /** A Hangul bigram spanning a space; indexed so spacing does not matter, never required by a query. */
  bridge?: true
  /**
   * Query side, Hangul: the same gram as the index writes it where a word starts at one of its
   * syllables (see korean.ts); the text matches if it holds the term or any of these.
   */
  wordStart?: string[]
  /**
   * Query side, Hangul: forms with a word start at the second syllable where the query has none
   * (부ㅤ이 for 정부이론, meeting 정부 리론): spacing the query did not ask for, a looser reading.
   */
  looseForms?: string[]
  /** Query side, Hangul: the gram as written is itself a looser form (it spans a space the query typed). */
  spacedAsTyped?: true
  /** Query side, Hangul: the first gram of a word the query separates from the word before by a space. */
  afterSpace?: true
}

export interface TokenizeOptions {
  /**
   * Query mode: no Hangul bigrams across spaces (so `홍위병 연변` does not require the two words to
   * touch) and a unigram only for a one-character run (bigrams already cover longer runs).
   */
  query: boolean
}

/** Cyrillic letters that look like Latin ones, folded inside reference-like tokens (`98с` = `98c`). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's',
}

/** Chinese digit characters by code point (every Han character is asked). */
const CHINESE_DIGITS = new Map([...'〇零一二三四五六七八九'].map((c, i) => [c.codePointAt(0)!, String(Math.max(0, i - 1))]))

/** Splits text into folded terms, keeping the original offsets of each. */
export function tokenize(text: string, options: TokenizeOptions = { query: false }): Token[] {
  if (ASCII_ONLY.test(text)) return asciiWords(text)
  return tokensOf(unitsOf(text), options)
}

/** The general path, every character folded cluster by cluster (exported for a property test). */
export function tokenizeUnits(text: string, options: TokenizeOptions = { query: false }): Token[] {
  return tokensOf(clusterUnits(text), options)
}

/** Runs of words, ideographs and Hangul, each cut into terms. */
function tokensOf(units: Units, options: TokenizeOptions): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < units.length) {
    const cls = units.cls(i)
    if (cls === 'word') i = wordRun(units, i, tokens)
    else if (cls === 'han' || cls === 'kana') i = ideographRun(units, i, tokens, options.query)
    else if (cls === 'hangul') i = hangulRun(units, i, tokens, options.query)
    else i++
  }
  return tokens
}

/** An ASCII word: letters and digits, apostrophes inside dropped (`don't` = `dont`). */
const ASCII_WORD = /[A-Za-z0-9]+(?:['`]+[A-Za-z0-9]+)*/g

/** Plain ASCII text has only words: the same tokens as the general path, at regex speed (most text is English). */
function asciiWords(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(ASCII_WORD)) {
    out.push({ term: m[0].toLowerCase().replace(/['`]/g, ''), kind: 'word', start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** Whether an index term is a Han, Kana or Hangul gram (they all sit from U+2E80 on; words sit below). */
export function isCjkTerm(term: string): boolean {
  return term.charCodeAt(0) >= 0x2e80
}

/** The folded terms of a text, as the search index stores them. */
export function indexTerms(text: string): string[] {
  return tokenize(text).map((t) => t.term)
}

function wordRun(units: Units, from: number, out: Token[]): number {
  let to = from
  while (to < units.length && units.cls(to) === 'word') to++
  const term = units.text(from, to)
  out.push({ term: /\d/.test(term) ? Array.from(term, (c) => HOMOGLYPHS[c] ?? c).join('') : term, kind: 'word', start: units.start(from), end: units.end(to - 1) })
  return to
}

/** A run of units: their indexes in order. */
type Run = number[]

function ideographRun(units: Units, from: number, out: Token[], query: boolean): number {
  const run: Run = []
  for (let to = from; to < units.length && (units.cls(to) === 'han' || units.cls(to) === 'kana'); to++) run.push(to)
  pushGrams(units, run, out, query, () => false)
  pushChineseNumbers(units, run, out)
  return from + run.length
}

/** A Hangul phrase: syllables separated by nothing or by whitespace only. */
function hangulRun(units: Units, from: number, out: Token[], query: boolean): number {
  const run: Run = []
  // Per syllable of the run, whether a space comes before it.
  const spaced: boolean[] = []
  let i = from
  while (i < units.length) {
    const cls = units.cls(i)
    if (cls === 'hangul') {
      spaced[run.length] ??= false
      run.push(i++)
    } else if (cls === 'space') {
      let j = i
      while (j < units.length && units.cls(j) === 'space') j++
      if (j >= units.length || units.cls(j) !== 'hangul') break
      spaced[run.length] = true
      i = j
    } else break
  }
  if (!query) {
    const first = atWordStart(units, from)
    pushGrams(units, run, out, query, (k) => spaced[k]!, (k) => (k === 0 ? first : spaced[k]!))
  } else {
    const grams = out.length
    joinLoneSyllables(splitAt(run, spaced)).forEach((part, p) => {
      const first = out.length
      pushGrams(units, part, out, query, () => false)
      if (p > 0 && out[first]) out[first]!.afterSpace = true
    })
    // A gram the query spells across a space (a lone syllable joined) takes every form as typed.
    const spacedEnds = new Set(run.filter((_, k) => spaced[k]).map((u) => units.end(u)))
    for (let t = grams; t < out.length; t++) {
      const token = out[t]!
      const forms = wordStartForms(token.term)
      const spaced = spacedEnds.has(token.end)
      // Typed with a space inside: the text spaced there is as typed, the text run together looser.
      const exact = forms.filter((f) => startsWordInside(f) === spaced || (!spaced && !startsWordInside(f)))
      const loose = forms.filter((f) => !exact.includes(f))
      if (spaced && exact.length > 0) {
        token.wordStart = exact
        token.looseForms = [token.term, ...loose]
        token.spacedAsTyped = true
        continue
      }
      if (exact.length > 0) token.wordStart = exact
      if (loose.length > 0) token.looseForms = loose
    }
  }
  return i
}

/** A Hangul run starts a word unless a letter, digit or ideograph runs straight into it (8월, 金日成을). */
function atWordStart(units: Units, index: number): boolean {
  if (index === 0) return true
  const before = units.cls(index - 1)
  return before === 'space' || before === 'other'
}

/**
 * In a query, a one-syllable word joins its neighbour across the space (`그 장정` -> 그장 장정;
 * `의 사` -> 의사): alone it would be a prefix found in almost every Korean text, while the index
 * holds the bigram that spans the space, so the joined query still finds every such passage.
 */
function joinLoneSyllables(parts: Run[]): Run[] {
  const joined: Run[] = []
  for (const part of parts) {
    const previous = joined[joined.length - 1]
    if (previous && (part.length === 1 || previous.length === 1)) previous.push(...part)
    else joined.push([...part])
  }
  return joined
}

/** The run cut before each syllable a space comes before. */
function splitAt(run: Run, spaced: readonly boolean[]): Run[] {
  const parts: Run[] = [[]]
  run.forEach((u, k) => {
    if (spaced[k]) parts.push([])
    parts[parts.length - 1]!.push(u)
  })
  return parts
}

/** Overlapping bigrams plus the run's last character as a unigram (in a query, only a lone character). */
function pushGrams(units: Units, run: Run, out: Token[], query: boolean, isBridge: (index: number) => boolean, startsWord?: (index: number) => boolean): void {
  for (let k = 0; k + 1 < run.length; k++) {
    const a = run[k]!
    const b = run[k + 1]!
    const bridge = isBridge(k + 1)
    // Two neighbours written as they are (most grams) are one slice of the folded text.
    const asWritten = !bridge && b === a + 1 && !startsWord?.(k)
    // Across a space the second syllable starts a word too: written as at any word start.
    const term = asWritten ? units.text(a, b + 1) : wordStartForm(units.ch(a), k, startsWord) + (bridge ? wordStartForm(units.ch(b), k + 1, startsWord) : units.ch(b))
    const token: Token = { term, kind: 'cjk', start: units.start(a), end: units.end(b) }
    if (bridge) token.bridge = true
    out.push(token)
  }
  const k = run.length - 1
  const last = run[k]
  if (last !== undefined && (!query || run.length === 1)) out.push({ term: wordStartForm(units.ch(last), k, startsWord), kind: 'cjk', start: units.start(last), end: units.end(last) })
}

/**
 * Index side of the initial-sound rule: a gram (or closing unigram) that starts at a word's first
 * syllable, when the rule touches that syllable, is written folded and marked (로동 -> ㅤ노동).
 */
function wordStartForm(ch: string, k: number, startsWord?: (index: number) => boolean): string {
  return startsWord?.(k) ? atWordStartForm(ch) : ch
}

/** Two or more Chinese digit characters in a row also index as the number they spell. */
function pushChineseNumbers(units: Units, run: Run, out: Token[]): void {
  let k = 0
  while (k < run.length) {
    let j = k
    let digits = ''
    for (let digit = CHINESE_DIGITS.get(units.code(run[j]!)); digit !== undefined; digit = j < run.length ? CHINESE_DIGITS.get(units.code(run[j]!)) : undefined) {
      digits += digit
      j++
    }
    if (digits.length >= 2) out.push({ term: digits, kind: 'number', start: units.start(run[k]!), end: units.end(run[j - 1]!) })
    k = j > k ? j : k + 1
  }
}

import { ASCII_ONLY, classify, clusterEnd, foldCluster, foldEachAlone, isAlphabetic, isAttached, isSurrogate, singleFold, type CharClass } from './fold'
import { atWordStartForm, startsWordInside, wordStartForms } from './korean'

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

interface Unit {
  ch: string
  cls: CharClass
  start: number
  end: number
}

/** Cyrillic letters that look like Latin ones, folded inside reference-like tokens (`98с` = `98c`). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's',
}

const CHINESE_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
}

/** Splits text into folded terms, keeping the original offsets of each. */
export function tokenize(text: string, options: TokenizeOptions = { query: false }): Token[] {
  if (ASCII_ONLY.test(text)) return asciiWords(text)
  return alphabeticWords(text) ?? tokenizeUnits(text, options)
}

/** The general path: every character folded into a unit, then runs of words, ideographs and Hangul. */
export function tokenizeUnits(text: string, options: TokenizeOptions = { query: false }): Token[] {
  const units = toUnits(text)
  const tokens: Token[] = []
  let i = 0
  while (i < units.length) {
    const cls = units[i]!.cls
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

/** Hangul jamo, and anything from U+2E80 on (Han, Kana, Hangul syllables among it). */
const MAY_BE_CJK = /[\u1100-\u11ff\u2e80-\uffff]/

/**
 * Text of alphabetic words only (Russian, accented Latin) gives the general path's tokens without
 * a unit per character: folded at once, then cut into words. Undefined when some character needs
 * the general path (Han, Kana, Hangul, one with marks attached, one that folds to several).
 */
function alphabeticWords(text: string): Token[] | undefined {
  if (MAY_BE_CJK.test(text)) return undefined
  const alone = foldEachAlone(text)
  if (!alone) return undefined
  const { folded, offsets } = alone
  const at = (k: number): number => (offsets ? offsets[k]! : k)
  const out: Token[] = []
  let start = -1
  for (let k = 0; k <= folded.length; k++) {
    const code = k < folded.length ? folded.charCodeAt(k) : 0x20
    // Folding rarely makes such a character of another: the general path takes it.
    if (code >= 0x1100 && (code < 0x1200 || code >= 0x2e80)) return undefined
    if (isAlphabetic(code)) {
      if (start < 0) start = k
      continue
    }
    if (start < 0) continue
    const term = folded.slice(start, k)
    // A character folded to nothing (an apostrophe) joins the letters around it, as in the general path.
    out.push({ term: /\d/.test(term) ? Array.from(term, (c) => HOMOGLYPHS[c] ?? c).join('') : term, kind: 'word', start: at(start), end: at(k - 1) + 1 })
    start = -1
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

/** Folds text cluster by cluster (a character and its attached marks) into classified units. */
function toUnits(text: string): Unit[] {
  const units: Unit[] = []
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    const alone = i + 1 >= text.length || !isAttached(text.codePointAt(i + 1)!)
    const single = alone && !isSurrogate(code) ? singleFold(code) : null
    if (single) {
      if (single.ch) units.push({ ch: single.ch, cls: single.cls, start: i, end: i + 1 })
      i++
      continue
    }
    const end = clusterEnd(text, i)
    const folded = foldCluster(text.slice(i, end))
    for (const ch of folded) units.push({ ch, cls: classify(ch), start: i, end })
    i = end
  }
  return units
}

function wordRun(units: Unit[], from: number, out: Token[]): number {
  let to = from
  let term = ''
  while (to < units.length && units[to]!.cls === 'word') term += units[to++]!.ch
  if (/\d/.test(term)) term = Array.from(term, (c) => HOMOGLYPHS[c] ?? c).join('')
  out.push({ term, kind: 'word', start: units[from]!.start, end: units[to - 1]!.end })
  return to
}

function ideographRun(units: Unit[], from: number, out: Token[], query: boolean): number {
  let to = from
  while (to < units.length && (units[to]!.cls === 'han' || units[to]!.cls === 'kana')) to++
  const run = units.slice(from, to)
  pushGrams(run, out, query, () => false)
  pushChineseNumbers(run, out)
  return to
}

/** A Hangul phrase: syllables separated by nothing or by whitespace only. */
function hangulRun(units: Unit[], from: number, out: Token[], query: boolean): number {
  const run: Unit[] = []
  const spaceBefore = new Set<number>()
  let i = from
  while (i < units.length) {
    if (units[i]!.cls === 'hangul') run.push(units[i++]!)
    else if (units[i]!.cls === 'space') {
      let j = i
      while (j < units.length && units[j]!.cls === 'space') j++
      if (j >= units.length || units[j]!.cls !== 'hangul') break
      spaceBefore.add(run.length)
      i = j
    } else break
  }
  if (!query) {
    const startsWord = (k: number): boolean => (k === 0 ? atWordStart(units, from) : spaceBefore.has(k))
    pushGrams(run, out, query, (k) => spaceBefore.has(k), startsWord)
  } else {
    const grams = out.length
    joinLoneSyllables(splitAt(run, spaceBefore)).forEach((part, p) => {
      const first = out.length
      pushGrams(part, out, query, () => false)
      if (p > 0 && out[first]) out[first]!.afterSpace = true
    })
    // A gram the query spells across a space (a lone syllable joined) takes every form as typed.
    const spacedEnds = new Set([...spaceBefore].map((k) => run[k]!.end))
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
function atWordStart(units: Unit[], index: number): boolean {
  const before = units[index - 1]?.cls
  return before === undefined || before === 'space' || before === 'other'
}

/**
 * In a query, a one-syllable word joins its neighbour across the space (`그 장정` -> 그장 장정;
 * `의 사` -> 의사): alone it would be a prefix found in almost every Korean text, while the index
 * holds the bigram that spans the space, so the joined query still finds every such passage.
 */
function joinLoneSyllables(parts: Unit[][]): Unit[][] {
  const joined: Unit[][] = []
  for (const part of parts) {
    const previous = joined[joined.length - 1]
    if (previous && (part.length === 1 || previous.length === 1)) previous.push(...part)
    else joined.push([...part])
  }
  return joined
}

function splitAt(run: Unit[], cuts: Set<number>): Unit[][] {
  const parts: Unit[][] = [[]]
  run.forEach((u, k) => {
    if (cuts.has(k)) parts.push([])
    parts[parts.length - 1]!.push(u)
  })
  return parts
}

/** Overlapping bigrams plus the run's last character as a unigram (in a query, only a lone character). */
function pushGrams(run: Unit[], out: Token[], query: boolean, isBridge: (index: number) => boolean, startsWord?: (index: number) => boolean): void {
  for (let k = 0; k + 1 < run.length; k++) {
    const a = run[k]!
    const b = run[k + 1]!
    const bridge = isBridge(k + 1)
    // Across a space the second syllable starts a word too: written as at any word start.
    const token: Token = { term: wordStartForm(a.ch, k, startsWord) + (bridge ? wordStartForm(b.ch, k + 1, startsWord) : b.ch), kind: 'cjk', start: a.start, end: b.end }
    if (bridge) token.bridge = true
    out.push(token)
  }
  const k = run.length - 1
  const last = run[k]
  if (last && (!query || run.length === 1)) out.push({ term: wordStartForm(last.ch, k, startsWord), kind: 'cjk', start: last.start, end: last.end })
}

/**
 * Index side of the initial-sound rule: a gram (or closing unigram) that starts at a word's first
 * syllable, when the rule touches that syllable, is written folded and marked (로동 -> ㅤ노동).
 */
function wordStartForm(ch: string, k: number, startsWord?: (index: number) => boolean): string {
  return startsWord?.(k) ? atWordStartForm(ch) : ch
}

/** Two or more Chinese digit characters in a row also index as the number they spell. */
function pushChineseNumbers(run: Unit[], out: Token[]): void {
  let k = 0
  while (k < run.length) {
    let j = k
    let digits = ''
    while (j < run.length && CHINESE_DIGITS[run[j]!.ch] !== undefined) digits += CHINESE_DIGITS[run[j++]!.ch]
    if (digits.length >= 2) out.push({ term: digits, kind: 'number', start: run[k]!.start, end: run[j - 1]!.end })
    k = j > k ? j : k + 1
  }
}

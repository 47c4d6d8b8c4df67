/**
 * Korean initial-sound rule (두음법칙). At the start of a word DPRK spelling keeps an initial ㄹ or
 * ㄴ (로동, 력사, 녀성, 리) where ROK spelling writes ㄴ or ㅇ (노동, 역사, 여성, 이). Inside a word both
 * spellings keep ㄹ/ㄴ (조선로동당, 어머니에게), so the rule applies at word starts only.
 *
 * The index folds a word's first syllable to its ROK form and marks the gram that starts there
 * with WORD_START, when the folded syllable is one the rule can produce (ㄴ before a plain vowel,
 * ㅇ before an i/y-glide). A query does not know where the text's words start, so each of its
 * grams that begins with such a syllable is looked up both as written (inside a word) and as the
 * marked, folded gram (at a word start): 니에 finds 니에 anywhere and 이에/리에 at a word start, but
 * not the 이에 inside 사이에.
 */

const SYLLABLE_BASE = 0xac00
const SYLLABLE_LAST = 0xd7a3
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/
const VOWELS = 21
const FINALS = 28

/** Initial consonant indexes in Hangul syllable arithmetic. */
const RIEUL = 5
const NIEUN = 2
const IEUNG = 11

/** Vowels that make ㄹ/ㄴ drop to ㅇ: ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ (the i/y-glide vowels). */
const Y_VOWELS = new Set([2, 6, 7, 12, 17, 20])

/**
 * Marks an index term that starts at a word's first syllable. U+3164 HANGUL FILLER: a letter to
 * FTS5's tokenizer, past U+2E80 like every CJK term, and never left in folded text (NFKC maps it
 * to a jamo filler).
 */
export const WORD_START = '\u3164'

function parts(cp: number): { initial: number; vowel: number; final: number } | undefined {
  if (cp < SYLLABLE_BASE || cp > SYLLABLE_LAST) return undefined
  const index = cp - SYLLABLE_BASE
  return { initial: Math.floor(index / (VOWELS * FINALS)), vowel: Math.floor(index / FINALS) % VOWELS, final: index % FINALS }
}

/** Maps one Hangul syllable to its ROK initial-sound form; any other character is returned as is. */
export function foldHangulInitial(char: string): string {
  const p = parts(char.codePointAt(0) ?? 0)
  if (!p) return char
  const folded = foldInitial(p.initial, p.vowel)
  if (folded === p.initial) return char
  return String.fromCodePoint(SYLLABLE_BASE + (folded * VOWELS + p.vowel) * FINALS + p.final)
}

/** Whether a syllable, once folded, is one the rule can produce: its word-start gram is marked. */
export function isRuleSyllable(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0
  if (cp < SYLLABLE_BASE || cp > SYLLABLE_LAST) return false
  // The tokenizer asks for every syllable of every Korean text: answered from a table.
  return (RULE_SYLLABLES[cp - SYLLABLE_BASE] ??= computeRuleSyllable(char))
}

const RULE_SYLLABLES: (boolean | undefined)[] = new Array(SYLLABLE_LAST - SYLLABLE_BASE + 1)

function computeRuleSyllable(char: string): boolean {
  const p = parts(foldHangulInitial(char).codePointAt(0) ?? 0)
  if (!p) return false
  return Y_VOWELS.has(p.vowel) ? p.initial === IEUNG : p.initial === NIEUN
}

/**
 * The forms the index may write a query gram in besides the gram itself: its first syllable at a
 * word start (로동 -> ㅤ노동), and, for a bigram across a space, its second syllable at a word start
 * (정부 리론 is indexed 정부, 부ㅤ이, ㅤ이론, so the query 정부이론 meets it through 부ㅤ이); empty when
 * the rule touches neither syllable.
 */
export function wordStartForms(gram: string): string[] {
  const [first = '', second] = [...gram]
  const firsts = isRuleSyllable(first) ? [first, WORD_START + foldHangulInitial(first)] : [first]
  const seconds = second === undefined ? [''] : isRuleSyllable(second) ? [second, WORD_START + foldHangulInitial(second)] : [second]
  return firsts.flatMap((a) => seconds.map((b) => a + b)).filter((f) => f !== gram)
}

/** Whether a form of wordStartForms has a word start at its second syllable (the text has a space there). */
export function startsWordInside(form: string): boolean {
  return form.indexOf(WORD_START, 1) > 0
}

/** The index's form of syllable `ch` at a word start: folded and marked when the rule touches it. */
export function atWordStartForm(ch: string): string {
  return isRuleSyllable(ch) ? WORD_START + foldHangulInitial(ch) : ch
}

/** Every syllable folded: a loose form for cheap "may it match?" tests that must never say no wrongly. */
export function foldHangulLoosely(text: string): string {
  // Most text searched this way is Chinese or has no Hangul syllable at all: nothing to fold.
  if (!HANGUL_SYLLABLE.test(text)) return text
  let out = ''
  for (const c of text) out += foldHangulInitial(c)
  return out
}

function foldInitial(initial: number, vowel: number): number {
  if (initial === RIEUL) return Y_VOWELS.has(vowel) ? IEUNG : NIEUN
  if (initial === NIEUN && Y_VOWELS.has(vowel)) return IEUNG
  return initial
}

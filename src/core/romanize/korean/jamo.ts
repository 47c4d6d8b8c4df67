/** Hangul syllables as initial, vowel and final jamo (compatibility letters, '' for none). */

export const INITIALS = ['ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']
export const VOWELS = ['ㅏ', 'ㅐ', 'ㅑ', 'ㅒ', 'ㅓ', 'ㅔ', 'ㅕ', 'ㅖ', 'ㅗ', 'ㅘ', 'ㅙ', 'ㅚ', 'ㅛ', 'ㅜ', 'ㅝ', 'ㅞ', 'ㅟ', 'ㅠ', 'ㅡ', 'ㅢ', 'ㅣ']
export const FINALS = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']

/** One syllable block; `initial` is '' for the silent ㅇ, so liaison can fill it. */
export interface Syllable {
  initial: string
  vowel: string
  final: string
}

const FIRST = 0xac00
const LAST = 0xd7a3

export function isHangulSyllable(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0
  return cp >= FIRST && cp <= LAST
}

export function decompose(char: string): Syllable {
  const index = (char.codePointAt(0) ?? FIRST) - FIRST
  const initial = INITIALS[Math.floor(index / 588)]!
  return {
    initial: initial === 'ㅇ' ? '' : initial,
    vowel: VOWELS[Math.floor((index % 588) / 28)]!,
    final: FINALS[index % 28]!,
  }
}

/** Syllables of a run of Hangul syllable blocks (callers split off everything else first). */
export function syllablesOf(word: string): Syllable[] {
  return [...word].map(decompose)
}

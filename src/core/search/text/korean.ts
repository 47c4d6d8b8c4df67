/**
 * Korean initial-sound rule (두음법칙) folding. DPRK spelling keeps an initial ㄹ or ㄴ (로동, 력사,
 * 녀성, 리) where ROK spelling writes ㄴ or ㅇ (노동, 역사, 여성, 이). Both sides of a search fold
 * every syllable to the ROK form, so either spelling finds the other. The fold is applied to every
 * syllable, not just word-initial ones, because compounds (조선로동당 / 조선노동당) and missing
 * spaces make "word-initial" unknowable; the cost is that mid-word 로/노 are no longer told apart.
 */

const SYLLABLE_BASE = 0xac00
const SYLLABLE_LAST = 0xd7a3
const VOWELS = 21
const FINALS = 28

/** Initial consonant indexes in Hangul syllable arithmetic. */
const RIEUL = 5
const NIEUN = 2
const IEUNG = 11

/** Vowels that make ㄹ/ㄴ drop to ㅇ: ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ (the i/y-glide vowels). */
const Y_VOWELS = new Set([2, 6, 7, 12, 17, 20])

/** Maps one Hangul syllable to its ROK initial-sound form; any other character is returned as is. */
export function foldHangulInitial(char: string): string {
  const cp = char.codePointAt(0) ?? 0
  if (cp < SYLLABLE_BASE || cp > SYLLABLE_LAST) return char
  const index = cp - SYLLABLE_BASE
  const initial = Math.floor(index / (VOWELS * FINALS))
  const vowel = Math.floor(index / FINALS) % VOWELS
  const final = index % FINALS
  const folded = foldInitial(initial, vowel)
  if (folded === initial) return char
  return String.fromCodePoint(SYLLABLE_BASE + (folded * VOWELS + vowel) * FINALS + final)
}

function foldInitial(initial: number, vowel: number): number {
  if (initial === RIEUL) return Y_VOWELS.has(vowel) ? IEUNG : NIEUN
  if (initial === NIEUN && Y_VOWELS.has(vowel)) return IEUNG
  return initial
}

import type { Syllable } from './jamo'

/**
 * Pronounced syllables (see pronounce.ts) to Latin letters in Revised Romanization (Ministry of
 * Culture and Tourism, 2000) or McCune-Reischauer (1939, as the Library of Congress applies it).
 */
export type KoreanSystem = 'rr' | 'mr'

const RR_INITIAL: Record<string, string> = {
  '': '', ㄱ: 'g', ㄲ: 'kk', ㄴ: 'n', ㄷ: 'd', ㄸ: 'tt', ㄹ: 'r', ㅁ: 'm', ㅂ: 'b', ㅃ: 'pp', ㅅ: 's',
  ㅆ: 'ss', ㅈ: 'j', ㅉ: 'jj', ㅊ: 'ch', ㅋ: 'k', ㅌ: 't', ㅍ: 'p', ㅎ: 'h',
}
/** MR initials where they are voiceless (word start, after k t p); voiced forms are below. */
const MR_INITIAL: Record<string, string> = {
  '': '', ㄱ: 'k', ㄲ: 'kk', ㄴ: 'n', ㄷ: 't', ㄸ: 'tt', ㄹ: 'r', ㅁ: 'm', ㅂ: 'p', ㅃ: 'pp', ㅅ: 's',
  ㅆ: 'ss', ㅈ: 'ch', ㅉ: 'tch', ㅊ: "ch'", ㅋ: "k'", ㅌ: "t'", ㅍ: "p'", ㅎ: 'h',
}
const MR_VOICED: Record<string, string> = { ㄱ: 'g', ㄷ: 'd', ㅂ: 'b', ㅈ: 'j' }

const FINAL: Record<KoreanSystem, Record<string, string>> = {
  rr: { '': '', ㄱ: 'k', ㄴ: 'n', ㄷ: 't', ㄹ: 'l', ㅁ: 'm', ㅂ: 'p', ㅇ: 'ng' },
  mr: { '': '', ㄱ: 'k', ㄴ: 'n', ㄷ: 't', ㄹ: 'l', ㅁ: 'm', ㅂ: 'p', ㅇ: 'ng' },
}

const VOWEL: Record<KoreanSystem, Record<string, string>> = {
  rr: {
    ㅏ: 'a', ㅐ: 'ae', ㅑ: 'ya', ㅒ: 'yae', ㅓ: 'eo', ㅔ: 'e', ㅕ: 'yeo', ㅖ: 'ye', ㅗ: 'o', ㅘ: 'wa', ㅙ: 'wae',
    ㅚ: 'oe', ㅛ: 'yo', ㅜ: 'u', ㅝ: 'wo', ㅞ: 'we', ㅟ: 'wi', ㅠ: 'yu', ㅡ: 'eu', ㅢ: 'ui', ㅣ: 'i',
  },
  mr: {
    ㅏ: 'a', ㅐ: 'ae', ㅑ: 'ya', ㅒ: 'yae', ㅓ: 'ŏ', ㅔ: 'e', ㅕ: 'yŏ', ㅖ: 'ye', ㅗ: 'o', ㅘ: 'wa', ㅙ: 'wae',
    ㅚ: 'oe', ㅛ: 'yo', ㅜ: 'u', ㅝ: 'wŏ', ㅞ: 'we', ㅟ: 'wi', ㅠ: 'yu', ㅡ: 'ŭ', ㅢ: 'ŭi', ㅣ: 'i',
  },
}

/** Finals after which MR keeps ㄱ ㄷ ㅂ ㅈ voiced (g d b j): vowels and the sonorants n m ng l. */
const VOICING_FINALS = new Set(['', 'ㄴ', 'ㅁ', 'ㅇ', 'ㄹ'])

/**
 * The Latin spelling of one pronounced word. `previousFinal` is the final of the syllable before
 * the word (for a given name's second syllable after the hyphen: Yong-gŏn); `undefined` means the
 * word starts here.
 */
export function latinWord(word: readonly Syllable[], system: KoreanSystem, previousFinal?: string): string {
  let out = ''
  let before = previousFinal
  let previousVowel: string | undefined
  for (const s of word) {
    out += initialOf(s, system, before) + vowelOf(s, system, previousVowel, before) + FINAL[system][s.final]!
    before = s.final
    previousVowel = s.vowel
  }
  return out
}

function initialOf(s: Syllable, system: KoreanSystem, before: string | undefined): string {
  if (system === 'rr') {
    if (s.initial === 'ㄹ' && before === 'ㄹ') return 'l'
    return RR_INITIAL[s.initial]!
  }
  if (s.initial === 'ㄹ' && before === 'ㄹ') return 'l'
  if (s.initial === 'ㅅ' && s.vowel === 'ㅟ') return 'sh'
  if (s.initial === 'ㄱ' && before === 'ㄴ') return "'g" // Han'guk: n+g, not ng.
  const voiced = MR_VOICED[s.initial]
  if (voiced && before !== undefined && VOICING_FINALS.has(before)) {
    // Sino-Korean ㄷ and ㅈ after ㄹ are tense, so MR writes them voiceless (paltal, palchŏn).
    if (before === 'ㄹ' && (s.initial === 'ㄷ' || s.initial === 'ㅈ')) return MR_INITIAL[s.initial]!
    return voiced
  }
  return MR_INITIAL[s.initial]!
}

function vowelOf(s: Syllable, system: KoreanSystem, previousVowel: string | undefined, before: string | undefined): string {
  // MR writes ㅔ right after a or o as ë, so 가에 is kaë, not kae (ㅐ).
  const afterAorO = before === '' && (previousVowel === 'ㅏ' || previousVowel === 'ㅗ')
  if (system === 'mr' && s.initial === '' && s.vowel === 'ㅔ' && afterAorO) return 'ë'
  return VOWEL[system][s.vowel]!
}

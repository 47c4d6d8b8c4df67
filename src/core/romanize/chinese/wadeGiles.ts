import { PINYIN_TO_WADE_GILES } from './wadeGilesTable'

/** Wade-Giles for one toneless pinyin syllable (any case); undefined for what is not a syllable. */
export function wadeGilesSyllable(pinyin: string): string | undefined {
  const key = pinyin.toLowerCase().replace(/v/g, 'ü')
  return PINYIN_TO_WADE_GILES.get(key)
}

/** Syllables of one word joined the Wade-Giles way: `Chung-kuo`, `Chih-yüan-chün`. */
export function wadeGilesWord(pinyinSyllables: readonly string[]): string {
  return pinyinSyllables.map((s) => wadeGilesSyllable(s) ?? s).join('-')
}

import { romanizeChinese } from './chinese/chinese'
import { romanizeKorean, type KoreanOutput } from './korean/korean'
import { romanizeRussian } from './russian/russian'
import { detectScript } from './script'
import type { RomanizationSystem } from './systems'

export interface RomanizeOptions {
  /** Chinese words to join and capitalize (names from the entity table: 中国, 朝鲜, 毛泽东). */
  chineseWords?: readonly string[]
}

/**
 * A whole text (a document title) in one system. Chinese goes syllable by syllable (ALA-LC), Korean
 * word by word with sound changes inside words, Russian letter by letter per the schema. Text in
 * another script is left as it is, so Latin input comes back unchanged.
 */
export function romanize(text: string, system: RomanizationSystem, options: RomanizeOptions = {}): string {
  if (detectScript(text) === 'Latn') return text
  switch (system) {
    case 'pinyin':
    case 'pinyin-tonal':
    case 'wade-giles':
      return romanizeChinese(text, system, options.chineseWords)
    case 'mccune-reischauer':
    case 'mccune-reischauer-ascii':
    case 'revised-romanization':
      return romanizeKorean(text, system)
    case 'ala-lc-korean':
      // The Library of Congress's Korean table is McCune-Reischauer.
      return romanizeKorean(text, 'mccune-reischauer')
    case 'english-common':
      return englishCommon(text, options)
    default:
      return romanizeRussian(text, system)
  }
}

/** Common English spelling follows the script: Pinyin, MR without marks, or journalistic Russian. */
function englishCommon(text: string, options: RomanizeOptions): string {
  const script = detectScript(text)
  if (script === 'Hani') return romanizeChinese(text, 'pinyin', options.chineseWords)
  if (script === 'Hang') return romanizeKorean(text, 'mccune-reischauer-ascii' satisfies KoreanOutput).replace(/'/g, '')
  return romanizeRussian(text, 'english-common')
}

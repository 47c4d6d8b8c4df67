import { Converter } from 'opencc-js/t2cn'

/** A suggested `original_language`, with how sure the guess is and the letter counts behind it. */
export interface LanguageSuggestion {
  tag: 'zh-Hans' | 'zh-Hant' | 'ko' | 'ko-Kore' | 'ja' | 'ru' | 'en'
  confidence: 'high' | 'low'
  counts: ScriptCounts
}

export interface ScriptCounts {
  han: number
  /** Han characters that only traditional Chinese writes (they change under OpenCC t→cn). */
  traditionalOnly: number
  hangul: number
  kana: number
  cyrillic: number
  latin: number
}

const toSimplified = Converter({ from: 't', to: 'cn' })
/** Below this many letters a guess is shown as tentative. */
const FEW_LETTERS = 8
/** Mixed-script Korean: hanja make up at least this share of the Korean letters. */
const HANJA_SHARE = 0.05

/** Counts the letters of each script in `text` (punctuation, digits and spaces are ignored). */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, traditionalOnly: 0, hangul: 0, kana: 0, cyrillic: 0, latin: 0 }
  for (const char of text) {
    if (/\p{Script=Han}/u.test(char)) {
      counts.han += 1
      if (toSimplified(char) !== char) counts.traditionalOnly += 1
    } else if (/\p{Script=Hangul}/u.test(char)) counts.hangul += 1
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(char)) counts.kana += 1
    else if (/\p{Script=Cyrillic}/u.test(char)) counts.cyrillic += 1
    else if (/\p{Script=Latin}/u.test(char)) counts.latin += 1
  }
  return counts
}

function chineseTag(counts: ScriptCounts): LanguageSuggestion['tag'] {
  // A few traditional forms turn up in simplified texts (names, quotations); a tenth is a real signal.
  return counts.traditionalOnly > 0 && counts.traditionalOnly / counts.han >= 0.1 ? 'zh-Hant' : 'zh-Hans'
}

/**
 * Suggests a BCP 47 tag from the script of the text typed: Hangul → `ko`, Hangul with hanja →
 * `ko-Kore`, Han → `zh-Hans`/`zh-Hant`, kana → `ja`, Cyrillic → `ru`, Latin → `en`. Returns
 * undefined when there are no letters. Region (`ko-KP` vs `ko-KR`) is for the researcher to add.
 */
export function suggestLanguage(text: string): LanguageSuggestion | undefined {
  const counts = countScripts(text)
  const korean = counts.hangul > 0 ? counts.hangul + counts.han : 0
  const japanese = counts.kana > 0 ? counts.kana + counts.han : 0
  const chinese = counts.hangul === 0 && counts.kana === 0 ? counts.han : 0
  const ranked: Array<[LanguageSuggestion['tag'], number]> = [
    [counts.han / Math.max(korean, 1) >= HANJA_SHARE ? 'ko-Kore' : 'ko', korean],
    ['ja', japanese],
    [chineseTag(counts), chinese],
    ['ru', counts.cyrillic],
    ['en', counts.latin],
  ]
  const [tag, letters] = ranked.reduce((best, next) => (next[1] > best[1] ? next : best))
  if (letters === 0) return undefined
  return { tag, confidence: letters >= FEW_LETTERS ? 'high' : 'low', counts }
}

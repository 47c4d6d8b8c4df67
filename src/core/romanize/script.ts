import type { RomanizationLang } from './systems'

/** ISO 15924 codes of the scripts the engine reads, plus Latin for text that needs no work. */
export type Script = 'Hang' | 'Hani' | 'Cyrl' | 'Latn'

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ebef}]/u
const CYRILLIC = /[\u0400-\u04ff\u0500-\u052f]/

export function isHangulChar(c: string): boolean {
  return HANGUL.test(c)
}
export function isHanChar(c: string): boolean {
  return HAN.test(c)
}
export function isCyrillicChar(c: string): boolean {
  return CYRILLIC.test(c)
}

/** The script most of the text's letters are in; Latin when it has none of the others. */
export function detectScript(text: string): Script {
  const counts: Record<Script, number> = { Hang: 0, Hani: 0, Cyrl: 0, Latn: 0 }
  for (const c of text) {
    if (isHangulChar(c)) counts.Hang++
    else if (isHanChar(c)) counts.Hani++
    else if (isCyrillicChar(c)) counts.Cyrl++
  }
  // Hangul wins over Han so that mixed-script Korean (朝鮮勞動黨 중앙위원회) counts as Korean.
  if (counts.Hang > 0) return 'Hang'
  if (counts.Hani > 0) return 'Hani'
  if (counts.Cyrl > 0) return 'Cyrl'
  return 'Latn'
}

/** The language a text in a script is most likely in: Han alone is read as Chinese. */
export function langOfScript(script: Script): RomanizationLang | undefined {
  if (script === 'Hang') return 'ko'
  if (script === 'Hani') return 'zh'
  if (script === 'Cyrl') return 'ru'
  return undefined
}

export function detectLang(text: string): RomanizationLang | undefined {
  return langOfScript(detectScript(text))
}

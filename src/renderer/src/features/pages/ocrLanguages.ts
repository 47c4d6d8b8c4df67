import type { OcrLanguage } from '../../../../shared/model/ocr'

/**
 * The OCR languages to start with, from the finding's BCP 47 language tag: Korean written in
 * mixed script (`ko-Kore`) reads Hanja too, as traditional Chinese; anything else reads English.
 */
export function ocrLanguagesFor(tag: string): OcrLanguage[] {
  const lower = tag.toLowerCase()
  if (lower === 'zh-hant' || lower.startsWith('zh-hant-') || lower === 'zh-tw' || lower === 'zh-hk') return ['zh-Hant']
  if (lower === 'zh' || lower.startsWith('zh-')) return ['zh-Hans']
  if (lower === 'ko-kore') return ['ko', 'zh-Hant']
  if (lower === 'ko' || lower.startsWith('ko-')) return ['ko']
  if (lower === 'ru' || lower.startsWith('ru-')) return ['ru']
  return ['en']
}

/** Words for stored vocabulary keys and language tags, for people (storage keeps the keys). */

/** Keys whose words are not the key's own. */
const WORDS: Record<string, string> = { ocr: 'Read by OCR, not yet checked' }

/** `record_of_conversation` → `Record of conversation`. */
export function humanize(key: string): string {
  if (key in WORDS) return WORDS[key]!
  const words = key.replace(/[_-]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  'zh-Hans': 'Chinese (simplified)',
  'zh-Hant': 'Chinese (traditional)',
  zh: 'Chinese',
  ko: 'Korean',
  'ko-Kore': 'Korean (mixed script)',
  'ko-KP': 'Korean (DPRK)',
  'ko-KR': 'Korean (ROK)',
  ru: 'Russian',
  ja: 'Japanese',
}

/** A language tag as a name, keeping the tag when it is not one of the usual ones. */
export function languageName(tag: string): string {
  return LANGUAGE_NAMES[tag] ?? tag
}

/** The languages offered in filters: the ones the sources of this field are written in. */
export const FILTER_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ko-Kore', 'ko-KP', 'ko-KR', 'ru', 'ja']

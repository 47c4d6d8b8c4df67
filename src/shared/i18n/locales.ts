/** The languages the interface speaks. Chinese is offered in simplified characters. */
export const LOCALES = ['en', 'zh-Hans', 'ko', 'ru'] as const
export type LocaleId = (typeof LOCALES)[number]

/** Each language's name in itself, for the language picker (read by someone who may not read the current one). */
export const LOCALE_AUTONYMS: Readonly<Record<LocaleId, string>> = {
  en: 'English',
  'zh-Hans': '中文（简体）',
  ko: '한국어',
  ru: 'Русский',
}

export function isLocaleId(value: unknown): value is LocaleId {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/**
 * The interface language for the OS or browser's preferred languages (`navigator.languages`):
 * the first one the app speaks, by primary language (`zh-TW` and `zh-CN` both read Chinese);
 * English when none.
 */
export function matchLocale(preferred: readonly string[]): LocaleId {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0]
    if (primary === 'zh') return 'zh-Hans'
    const found = LOCALES.find((locale) => locale === primary)
    if (found) return found
  }
  return 'en'
}

import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { useMemo } from 'react'
import { catalogues } from '../../../shared/i18n/messages'
import { isLocaleId, LOCALES, matchLocale, type LocaleId } from '../../../shared/i18n/locales'
import type { Translate } from '../../../shared/i18n/messageIds'
import { createLabels, type Labels } from '../../../shared/vocabulary'

/** Remembers the language for the next launch's first paint (the library's setting wins once read). */
const STORED_LOCALE = 'workbench.locale'

function firstLocale(): LocaleId {
  const stored = localStorage.getItem(STORED_LOCALE)
  return isLocaleId(stored) ? stored : matchLocale(navigator.languages ?? [navigator.language])
}

/**
 * i18next with every catalogue bundled (no loading, no network) and flat dotted ids. Plurals
 * use Intl.PluralRules and `{{n, number}}` Intl.NumberFormat: nothing is evaluated, so the
 * strict CSP holds. React escapes what it renders, so i18next does not escape again.
 */
export const i18n: I18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(LOCALES.map((locale) => [locale, { translation: catalogues[locale] }])),
  lng: firstLocale(),
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  returnNull: false,
  interpolation: { escapeValue: false },
})
document.documentElement.lang = i18n.language

/** Switches the interface language at once, and remembers it for the next launch's first paint. */
export function setLocale(locale: LocaleId): void {
  if (i18n.language === locale) return
  localStorage.setItem(STORED_LOCALE, locale)
  document.documentElement.lang = locale
  void i18n.changeLanguage(locale)
}

/** The current interface language. */
export function currentLocale(): LocaleId {
  return isLocaleId(i18n.language) ? i18n.language : 'en'
}

/** The translate function of the current language; the component re-renders when it changes. */
export function useT(): Translate {
  const { t } = useTranslation()
  return t as unknown as Translate
}

/** Human labels for codes (vocabularies, fields, rights, paragraphs) in the current language. */
export function useLabels(): Labels {
  const { t, i18n: instance } = useTranslation()
  return useMemo(() => createLabels(t as unknown as Translate, instance.language), [t, instance.language])
}

/** The translate function outside React (error texts built in callbacks). */
export const translate: Translate = (id, params) => (i18n.t as unknown as Translate)(id, params)

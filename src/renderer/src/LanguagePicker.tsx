import { LOCALE_AUTONYMS, LOCALES, type LocaleId } from '../../shared/i18n/locales'
import { currentLocale, useT } from './i18n'

/** The interface language, each offered in its own words; the choice is kept in the library's settings. */
export function LanguagePicker({ onChange }: { onChange(locale: LocaleId): void }) {
  const t = useT()
  return (
    <label className="language-picker">
      <span className="visually-hidden">{t('app.language')}</span>
      <select value={currentLocale()} onChange={(e) => onChange(e.target.value as LocaleId)}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_AUTONYMS[locale]}
          </option>
        ))}
      </select>
    </label>
  )
}

import { translateWith } from './english'
import type { LocaleId } from './locales'
import type { Translate } from './messageIds'
import { catalogues } from './messages'

/** Any interface language's words without i18next (the desktop shell's menus and dialogs); English where a word is missing. */
export function translatorFor(locale: LocaleId): Translate {
  return translateWith({ ...catalogues.en, ...catalogues[locale] }, locale)
}

import type { MessageId, MessageParams, Translate } from './messageIds'
import { en } from './messages/en'

/**
 * A catalogue's translate function without i18next: `{{name}}` and `{{n, number}}`
 * placeholders, and plural forms (`_one`, `_few`, `_other`…) by `count` under the locale's rules.
 */
export function translateWith(catalogue: Readonly<Record<string, string>>, locale: string): Translate {
  const plurals = new Intl.PluralRules(locale)
  return (id: MessageId, params: MessageParams = {}) => {
    const count = params.count
    const text = (typeof count === 'number' ? catalogue[`${id}_${plurals.select(count)}`] : undefined) ?? catalogue[id] ?? id
    return text.replace(/\{\{\s*(\w+)(\s*,\s*number)?\s*\}\}/g, (_, name: string, number?: string) => {
      const value = params[name]
      if (value === undefined) return ''
      return number && typeof value === 'number' ? value.toLocaleString(locale) : String(value)
    })
  }
}

/** The English catalogue, for the core and the CLI (whose messages are English) and for tests. */
export const english: Translate = translateWith(en, 'en')

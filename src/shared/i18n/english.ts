import type { MessageId, MessageParams, Translate } from './messageIds'
import { en } from './messages/en'

const plurals = new Intl.PluralRules('en')
const catalogue: Readonly<Record<string, string>> = en

/**
 * The English catalogue without i18next, for the core and the CLI (whose messages are English)
 * and for tests: `{{name}}` and `{{n, number}}` placeholders, and `_one`/`_other` by `count`.
 */
export const english: Translate = (id: MessageId, params: MessageParams = {}) => {
  const count = params.count
  const text = (typeof count === 'number' ? catalogue[`${id}_${plurals.select(count)}`] : undefined) ?? catalogue[id] ?? id
  return text.replace(/\{\{\s*(\w+)(\s*,\s*number)?\s*\}\}/g, (_, name: string, number?: string) => {
    const value = params[name]
    if (value === undefined) return ''
    return number && typeof value === 'number' ? value.toLocaleString('en') : String(value)
  })
}

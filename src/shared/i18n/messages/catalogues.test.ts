import { describe, expect, it } from 'vitest'
import { LOCALES } from '../locales'
import { catalogues } from '.'
import { en } from './en'

const SUFFIX = /_(zero|one|two|few|many|other)$/
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort()

/** The ids a language must have: plain ids as they are, plural ids in each of its CLDR categories. */
function expectedIds(locale: string): Set<string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
  const ids = new Set<string>()
  for (const id of Object.keys(en)) {
    if (!SUFFIX.test(id)) ids.add(id)
    else for (const category of categories) ids.add(id.replace(SUFFIX, `_${category}`))
  }
  return ids
}

describe('the message catalogues', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every message, no stray ids, and the same placeholders', (locale) => {
    const catalogue = catalogues[locale]
    const expected = expectedIds(locale)
    expect([...expected].filter((id) => !(id in catalogue))).toEqual([])
    expect(Object.keys(catalogue).filter((id) => !expected.has(id))).toEqual([])
    for (const [id, text] of Object.entries(catalogue)) {
      const source = en[id as keyof typeof en] ?? en[id.replace(SUFFIX, '_other') as keyof typeof en]
      const wanted = placeholders(source).filter((name) => name !== 'count')
      expect({ id, names: placeholders(text).filter((name) => name !== 'count') }).toEqual({ id, names: wanted })
    }
  })

  it('has English plural forms for every counted message', () => {
    for (const id of Object.keys(en).filter((k) => k.endsWith('_one'))) expect(en).toHaveProperty(id.replace('_one', '_other'))
  })
})

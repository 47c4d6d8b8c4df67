import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import type { Translate } from '../../../../shared/i18n/messageIds'
import { catalogues } from '../../../../shared/i18n/messages'
import { LOCALES } from '../../../../shared/i18n/locales'
import type { SyncLogDetail } from '../../../../shared/model/sync'
import { logDetailText } from './logDetail'

const DETAILS: SyncLogDetail[] = [
  { kind: 'exported', changes: 1234, privateStubs: 7 },
  { kind: 'alreadyImported' },
  { kind: 'imported', counts: { created: 3, updated: 4, deleted: 5, conflicts: 6, unchanged: 1988 }, setAside: 2 },
  ...(['mine', 'theirs', 'value', 'restore', 'delete'] as const).map((take): SyncLogDetail => ({ kind: 'resolved', title: '周恩來 on withdrawal', take })),
  { kind: 'resolved', title: null, take: 'theirs' },
]

/** The app's i18next set-up, in one language. */
async function translator(locale: string): Promise<Translate> {
  const i18n = i18next.createInstance()
  await i18n.init({ resources: { [locale]: { translation: catalogues[locale as keyof typeof catalogues] } }, lng: locale, keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } })
  return i18n.t.bind(i18n) as unknown as Translate
}

describe('the exchange log in words', () => {
  it.each(LOCALES)('says every kind of entry in %s, with its numbers and title, and no code', async (locale) => {
    const t = await translator(locale)
    for (const detail of DETAILS) {
      const text = logDetailText(detail, t)
      expect(text).not.toMatch(/\{\{|sync\.|alreadyImported|privateStubs|\b(mine|theirs|value|restore|delete)\b/)
      if (detail.kind === 'resolved' && detail.title) expect(text).toContain(detail.title)
      if (detail.kind === 'exported') expect(text.replace(/\D/g, '')).toContain('12347')
      if (detail.kind === 'imported') expect(text.replace(/\D/g, '')).toMatch(/3456\d*1988\d*2/)
    }
  })
})

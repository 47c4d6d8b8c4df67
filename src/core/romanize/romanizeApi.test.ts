import { afterAll, describe, expect, it } from 'vitest'
import { ROMANIZATION_SCHEMES, RomanizationScheme } from '../../shared/model/findingVocab'
import { openTempLibrary } from '../testing/tempLibrary'
import { ROMANIZATION_SYSTEMS } from './systems'

describe('romanize.suggest on a real library', () => {
  const library = openTempLibrary()
  afterAll(() => library.dispose())
  const suggest = async (input: unknown) => {
    const result = await library.dispatch('romanize.suggest', input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as { system: string; label: string; value: string }[]
  }

  it('offers each scheme of a title, storable as the finding’s romanization scheme', async () => {
    const suggestions = await suggest({ text: '조선로동당 중앙위원회 결정' })
    expect(suggestions.map((s) => s.system)).toEqual(['mccune-reischauer', 'revised-romanization', 'mccune-reischauer-ascii'])
    for (const s of suggestions) expect(RomanizationScheme.safeParse(s.system).success).toBe(true)
    expect(suggestions[0]!.value).toBe('Chosŏllodongdang chungangwiwŏnhoe kyŏlchŏng')
  })

  it('every system the engine writes is a storable scheme', () => {
    for (const system of ROMANIZATION_SYSTEMS) expect(ROMANIZATION_SCHEMES).toContain(system)
  })

  it('puts the entity table’s recorded forms first for a name, a researcher’s alias included', async () => {
    const kim = await suggest({ text: '김일성', kind: 'name' })
    expect(kim[0]).toMatchObject({ value: 'Kim Il Sung', label: 'DPRK official spelling (recorded name)' })
    const added = await library.dispatch('entities.addName', {
      entityId: 'kim-il-sung', form: '金首相', lang: 'zh', script: 'Hani', relation: 'alias',
    })
    expect(added.ok).toBe(true)
    const alias = await suggest({ text: '金首相', kind: 'name' })
    expect(alias.map((s) => s.value)).toContain('Jin Shouxiang')
  })

  it('refuses blank text with a message that says what to give', async () => {
    const result = await library.dispatch('romanize.suggest', { text: '   ' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain('give the text to romanize')
  })
})

import { afterAll, describe, expect, it } from 'vitest'
import { openTempLibrary } from '../testing/tempLibrary'
import { nameKey } from './entityQueries'

const lib = openTempLibrary()
afterAll(() => lib.dispose())

const ids = async (text: string) => (await lib.api['entities.list']({ text })).map((e) => e.id)

describe('entities.list ranks exact name matches first', () => {
  it('김일성 finds Kim Il Sung first, though Juche and others contain the name', async () => {
    const found = await ids('김일성')
    expect(found.length).toBeGreaterThan(1)
    expect(found[0]).toBe('kim-il-sung')
  })

  it('an exact name in any script or romanization comes first', async () => {
    for (const text of ['金日成', 'Ким Ир Сен', 'Kim Il Sung', 'kim il-sung']) {
      expect((await ids(text))[0], text).toBe('kim-il-sung')
    }
  })

  it('compares names without case, diacritics, hyphens or spaces', () => {
    expect(nameKey('Kim Il-sŏng')).toBe(nameKey('kim ilsong'))
    expect(nameKey("Chin Jih-ch'eng")).toBe(nameKey('chin jihcheng'))
    expect(nameKey('김일성')).toBe('김일성')
  })
})

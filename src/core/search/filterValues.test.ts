import { describe, expect, it } from 'vitest'
import type { SearchResults } from '../../shared/api/contract/search'
import { laptopsPerTest, SCENARIO_FINDINGS } from '../sync/testing/laptop'

describe('search filters in words', () => {
  const newLaptop = laptopsPerTest()

  it('takes languages, repositories, sections and stances by name as well as by code', async () => {
    const a = newLaptop()
    await a.call('findings.createBatch', { findings: SCENARIO_FINDINGS })
    const count = async (filters: object) =>
      (await a.call<SearchResults>('search.query', { query: 'the', types: ['finding'], filters, limit: 100 })).counts.finding
    // "Korean" is every Korean tag (ko-KP and ko-Kore in the fixtures); the code still works.
    const korean = (await count({ language: ['ko-KP'] })) + (await count({ language: ['ko-Kore'] }))
    expect(korean).toBeGreaterThan(0)
    expect(await count({ language: ['Korean'] })).toBe(korean)
    expect(await count({ language: ['korean (dprk)'] })).toBe(await count({ language: ['ko-KP'] }))
    expect(await count({ repository: ['avprf'] })).toBeGreaterThan(0)
    expect(await count({ repository: ['AVPRF'] })).toBe(await count({ repository: ['avprf'] }))
    expect(await count({ repository: ['Архив внешней политики Российской Федерации'] })).toBe(await count({ repository: ['avprf'] }))
    expect(await count({ sections: ['How did the China-North Korea relationship change over time?'] })).toBe(await count({ sections: ['change-over-time'] }))
    expect(await count({ sections: ['How did the China-North Korea relationship change over time?'] })).toBeGreaterThan(0)
    expect(await count({ stance: ['Supports'] })).toBe(await count({ stance: ['supports'] }))
    expect(await count({ stance: ['Supports'] })).toBeGreaterThan(0)
  })

  it('refuses a value it does not understand, naming the filter and the closest choices', async () => {
    const a = newLaptop()
    const refused = (await a.library.dispatch('search.query', { query: '', filters: { language: ['Korea'] } })) as {
      ok: boolean
      error: { field: string; message: string }
    }
    expect(refused.ok).toBe(false)
    expect(refused.error.field).toBe('filters.language')
    expect(refused.error.message).toMatch(/“Korea” is not a language this library knows; did you mean “Korean”/)
    const stance = (await a.library.dispatch('search.query', { query: '', filters: { stance: ['contradict'] } })) as { error: { message: string } }
    expect(stance.error.message).toContain('“Contradicts”')
  })
})

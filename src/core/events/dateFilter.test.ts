import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiResult } from '../../shared/api/errors'
import { openTempLibrary, TEST_RESOURCES_DIR } from '../testing/tempLibrary'

/** S8.3 over the real seed: the September 1956 filter, its ±N days option and its coarser-dates option. */
const lib = openTempLibrary()
afterAll(() => lib.dispose())

const fixtures = JSON.parse(readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<
  string,
  unknown
>[]
const journal = fixtures.find((f) => f.doc_date === '1956-09-22')!
const ourEvent = { title: 'Test event', kind: 'political' as const }
const ids: Record<string, string> = {}

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

beforeAll(async () => {
  const create = async (name: string, date: string, endDate?: string) => {
    ids[name] = (value(await lib.dispatch('events.create', { ...ourEvent, date, ...(endDate ? { endDate } : {}) })) as { id: string }).id
  }
  await create('year1956', '1956')
  await create('month1956-09', '1956-09')
  await create('koreanWar', '1950-06-25', '1953-07-27')
  const findings = [
    journal,
    { ...journal, doc_date: '1956', title_or_description: 'A 1956 report, year only' },
    { ...journal, doc_date: '1956-09', title_or_description: 'A September 1956 cable, month only' },
    { ...journal, doc_date: '1956-08-31', title_or_description: 'A cable of 31 August 1956' },
  ]
  const created = value(await lib.dispatch('findings.createBatch', { findings })) as { ids: string[] }
  ;['journal', 'findingYear', 'findingMonth', 'findingAug31'].forEach((name, i) => (ids[name] = created.ids[i]!))
})

const events = async (filter: Record<string, unknown>) =>
  (value(await lib.dispatch('events.list', filter)) as { id: string }[]).map((e) => e.id)
const findings = async (filter: Record<string, unknown>) =>
  (value(await lib.dispatch('findings.timeline', filter)) as { id: string }[]).map((f) => f.id)

describe('events.list with the date filter 1956-09', () => {
  const september = { from: '1956-09', to: '1956-09' }

  it('returns the events dated within September and the month-precision September event', async () => {
    const found = await events(september)
    expect(found).toEqual(
      expect.arrayContaining(['mikoyan-peng-delegation-pyongyang', 'september-plenum-1956', ids['month1956-09']]),
    )
    expect(found).not.toContain('august-plenum-1956')
    expect(found).not.toContain(ids.year1956)
  })

  it('brings in the August plenum (30-31 Aug) only with "overlapping ±N days", N ≥ 1', async () => {
    expect(await events({ ...september, overlapDays: 0 })).not.toContain('august-plenum-1956')
    expect(await events({ ...september, overlapDays: 1 })).toContain('august-plenum-1956')
    expect(await events({ ...september, overlapDays: 7 })).toContain('august-plenum-1956')
  })

  it('brings in year-only 1956 events only with "include coarser dates"', async () => {
    expect(await events({ ...september, includeCoarser: true })).toContain(ids.year1956)
    expect(await events({ ...september, includeCoarser: false })).not.toContain(ids.year1956)
  })

  it('counts a long span known to the day as overlapping: the Korean War is in March 1952', async () => {
    expect(await events({ from: '1952-03', to: '1952-03' })).toContain(ids.koreanWar)
  })

  it('reads a range by its edges: 1956-09-01..1956-09-30 is the month filter; one day leaves the month event out', async () => {
    expect(await events({ from: '1956-09-01', to: '1956-09-30' })).toEqual(await events(september))
    const day = { from: '1956-09-23', to: '1956-09-23' }
    expect(await events(day)).toEqual(expect.arrayContaining(['september-plenum-1956', 'mikoyan-peng-delegation-pyongyang']))
    expect(await events(day)).not.toContain(ids['month1956-09'])
    expect(await events({ ...day, includeCoarser: true })).toContain(ids['month1956-09'])
  })

  it('keeps year-only events for year bounds, as before, whether typed 1956 or 1956-01-01..1956-12-31', async () => {
    expect(await events({ from: '1956', to: '1956' })).toContain(ids.year1956)
    expect(await events({ from: '1956-01-01', to: '1956-12-31' })).toContain(ids.year1956)
  })

  it('never loses an event by widening the range or by including coarser dates', async () => {
    const month = fc.tuple(fc.integer({ min: 1950, max: 1960 }), fc.integer({ min: 1, max: 12 }))
    const asText = ([y, m]: [number, number]) => `${y}-${String(m).padStart(2, '0')}`
    await fc.assert(
      fc.asyncProperty(month, fc.integer({ min: 0, max: 366 }), async (m, n) => {
        const range = { from: asText(m), to: asText(m) }
        const narrow = await events(range)
        const wide = await events({ ...range, overlapDays: n, includeCoarser: true })
        expect(wide).toEqual(expect.arrayContaining(narrow))
      }),
      { numRuns: 30 },
    )
  })

  it('refuses a bad date or an out-of-range N, naming the field', async () => {
    const failure = async (filter: Record<string, unknown>) => {
      const result = await lib.dispatch('events.list', filter)
      return result.ok ? undefined : result.error
    }
    expect(await failure({ from: '1956-13' })).toMatchObject({ code: 'date.invalid', field: 'from' })
    expect(await failure({ to: '1956-09-31' })).toMatchObject({ code: 'date.invalid', field: 'to' })
    expect(await failure({ from: 'Sept 1956' })).toMatchObject({ code: 'input.invalid', field: 'from' })
    expect(await failure({ ...september, overlapDays: 367 })).toMatchObject({ code: 'input.invalid', field: 'overlapDays' })
    expect(await failure({ ...september, overlapDays: -1 })).toMatchObject({ code: 'input.invalid', field: 'overlapDays' })
    expect(await failure({ ...september, overlapDays: 1.5 })).toMatchObject({ code: 'input.invalid', field: 'overlapDays' })
  })
})

describe('findings.timeline with the date filter 1956-09', () => {
  const september = { date_from: '1956-09', date_to: '1956-09' }

  it('returns the S2 journal entry (1956-09-22) and the month-only September cable, not the year-only report', async () => {
    const found = await findings(september)
    expect(found).toEqual(expect.arrayContaining([ids.journal, ids.findingMonth]))
    expect(found).not.toContain(ids.findingYear)
    expect(found).not.toContain(ids.findingAug31)
  })

  it('widens by ±N days and includes coarser dates on request', async () => {
    expect(await findings({ ...september, date_overlap_days: 1 })).toContain(ids.findingAug31)
    expect(await findings({ ...september, include_coarser_dates: true })).toContain(ids.findingYear)
  })

  it('still takes ISO days as before, and refuses a bad date naming date_from', async () => {
    expect(await findings({ date_from: '1956-01-01', date_to: '1956-12-31' })).toContain(ids.findingYear)
    const result = await lib.dispatch('findings.timeline', { date_from: '1956-02-30' })
    expect(result.ok ? undefined : result.error).toMatchObject({ code: 'date.invalid', field: 'date_from' })
  })
})

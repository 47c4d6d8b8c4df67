import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { openTempLibrary } from '../testing/tempLibrary'
import { datesInText, sourceDating } from './sourceDates'

const day = (d: string) => ({ from: d, to: d })

describe('datesInText', () => {
  it.each([
    ['English Wikipedia trip list: 10-27 Nov 1953', [{ from: '1953-11-10', to: '1953-11-27' }]],
    ['Caixin (2018): 12–26 Nov 1953', [{ from: '1953-11-12', to: '1953-11-26' }]],
    ['china.org.cn Q&A (opened 16 Jan 2004)', [day('2004-01-16')]],
    ['Sources give 16 or 19 January 2004; keep both.', [day('2004-01-16'), day('2004-01-19')]],
    ['visit 30 Aug - 2 Sept 1956', [{ from: '1956-08-30', to: '1956-09-02' }]],
    ['from 28 Dec 1953 - 2 Jan 1954', [{ from: '1953-12-28', to: '1954-01-02' }]],
    ['held November 12-26, 1953', [{ from: '1953-11-12', to: '1953-11-26' }]],
    ['Jan 16 or 19, 2004', [day('2004-01-16'), day('2004-01-19')]],
    ['log: 1953-11-10 to 1953-11-27', [{ from: '1953-11-10', to: '1953-11-27' }]],
    ['Sept. 1 1956 and 3 Sep 1956', [day('1956-09-01'), day('1956-09-03')]],
  ])('%s', (text, expected) => {
    expect(datesInText(text)).toEqual(expected)
  })

  it.each([
    ['a citation’s own date after a comma', 'Xinhua via china.org.cn, 20 Jan 2004'],
    ['a date alone in brackets', 'Korea Herald/Yonhap (1 Aug 2013): releases since 1994'],
    ['years and months without a day', "Caixin Global (2018), 'Visits' (June and July 1993)"],
    ['days without a year', 'Sources differ by one to two days (10-27 vs 12-26 Nov).'],
    ['an impossible day', 'opened 31 Feb 1953, or 30 February 1953'],
    ['a reversed range', 'visit 27-10 Nov 1953'],
    ['digits glued to a date', 'ref 123 Nov 1953 and 12 Nov 19533 and 1953-11-123'],
    ['a year before 1000', 'on 5 May 999'],
    ['markup and control characters', '<script>alert(1)</script>\u0000\u202e 12 Nvember 1953'],
    ['an empty string', ''],
  ])('finds nothing in %s', (_, text) => {
    expect(datesInText(text)).toEqual([])
  })

  it('reads a long run of dashes and digits without stalling, and never throws on any text', () => {
    expect(datesInText(`${'1-'.repeat(20_000)} Nov 1953`)).toEqual([])
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const span of datesInText(text)) expect(span.from <= span.to).toBe(true)
      }),
    )
  })
})

describe('sourceDating', () => {
  const visit = { earliest: '1953-11-12', latest: '1953-11-26' }

  it('leaves out dates more than a week from the recorded span, which belong to something else', () => {
    const dating = sourceDating(['Roshchin telegram of 13 May 1950 (stamp Declassified 14 December 1993)'], null, {
      earliest: '1994-01-01',
      latest: '1994-12-31',
    })
    expect(dating).toEqual({ sourceSpans: [], sourcesDisagree: false })
  })

  it('does not call one source, or several that agree, a disagreement', () => {
    const one = sourceDating(['Memoir: 12-26 Nov 1953', 'Diary: 12-26 Nov 1953'], 'Both say 12-26 Nov 1953.', visit)
    expect(one.sourceSpans).toHaveLength(3)
    expect(one.sourcesDisagree).toBe(false)
  })

  it('marks the sources as disagreeing when they give different days, and says which text gave which', () => {
    const dating = sourceDating(['Memoir: 12-26 Nov 1953'], 'A diary says 10 Nov 1953.', visit)
    expect(dating.sourcesDisagree).toBe(true)
    expect(dating.sourceSpans).toEqual([
      { from: '1953-11-12', to: '1953-11-26', source: 'Memoir: 12-26 Nov 1953', origin: 'source' },
      { from: '1953-11-10', to: '1953-11-10', source: 'A diary says 10 Nov 1953.', origin: 'note' },
    ])
  })
})

describe('the seed events whose sources disagree (S8.4)', () => {
  const lib = openTempLibrary()
  afterAll(() => lib.dispose())

  it('the 1953 visit: 12-26 Nov (Caixin) inside 10-27 Nov (Wikipedia)', async () => {
    const event = await lib.api['events.get']({ id: 'kim-state-visit-beijing-1953' })
    expect(event.sourcesDisagree).toBe(true)
    expect(event.sourceSpans.map(({ from, to, origin }) => ({ from, to, origin }))).toEqual([
      { from: '1953-11-12', to: '1953-11-26', origin: 'source' },
      { from: '1953-11-10', to: '1953-11-27', origin: 'source' },
    ])
    expect(event.sourceSpans[0]!.source).toContain('Caixin')
  })

  it('the PRC archive opening: 16 and 19 Jan 2004 from sources and note, not the Xinhua or Chinanews dates', async () => {
    const event = await lib.api['events.get']({ id: 'prc-fma-first-batch' })
    expect(event.sourcesDisagree).toBe(true)
    expect(event.precision).toBe('month')
    const days = event.sourceSpans.map((s) => `${s.origin}:${s.from}`)
    expect(days).toEqual(['source:2004-01-16', 'source:2004-01-19', 'note:2004-01-16', 'note:2004-01-19'])
  })

  it('finds no other disagreement in the seed, so the marker means something', async () => {
    const disagreeing = (await lib.api['events.list']({})).filter((e) => e.sourcesDisagree).map((e) => e.id)
    expect(disagreeing).toEqual(['kim-state-visit-beijing-1953', 'prc-fma-first-batch'])
  })
})

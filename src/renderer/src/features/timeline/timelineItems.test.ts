import { describe, expect, it } from 'vitest'
import type { EventSummary } from '../../../../shared/model/event'
import { eventItems } from './timelineItems'

const DAY = 86_400_000
const base: EventSummary = {
  id: 'kim-state-visit-beijing-1953', date: '1953-11-12', endDate: '1953-11-26', precision: 'day',
  earliest: '1953-11-12', latest: '1953-11-26', uncertain: true, title: 'Visit', kind: 'diplomatic',
  origin: 'bundled', actorIds: [], sectionSlugs: [], sourceSpans: [], sourcesDisagree: false,
}
const span = (from: string, to: string, source = 's') => ({ from, to, source, origin: 'source' as const })

describe('eventItems where the sources disagree', () => {
  it('the 1953 visit: a bracket over 10-27 Nov holding 12-26 Nov, and the mark widened to the bracket', () => {
    const [item] = eventItems([
      { ...base, sourcesDisagree: true, sourceSpans: [span('1953-11-12', '1953-11-26'), span('1953-11-10', '1953-11-27')] },
    ])
    expect(item?.sourceBracket).toEqual({
      start: Date.UTC(1953, 10, 10),
      end: Date.UTC(1953, 10, 28) - 1,
      spans: [
        { start: Date.UTC(1953, 10, 12), end: Date.UTC(1953, 10, 27) - 1 },
        { start: Date.UTC(1953, 10, 10), end: Date.UTC(1953, 10, 28) - 1 },
      ],
    })
    expect([item?.start, item?.end]).toEqual([Date.UTC(1953, 10, 10), Date.UTC(1953, 10, 28) - 1])
  })

  it('the PRC archive opening: a month mark with a bracket over 16-19 Jan 2004, each day once', () => {
    const [item] = eventItems([
      {
        ...base, precision: 'month', earliest: '2004-01-01', latest: '2004-01-31', sourcesDisagree: true,
        sourceSpans: [span('2004-01-16', '2004-01-16'), span('2004-01-19', '2004-01-19'), span('2004-01-16', '2004-01-16', 'note')],
      },
    ])
    expect(item?.sourceBracket?.start).toBe(Date.UTC(2004, 0, 16))
    expect(item?.sourceBracket?.end).toBe(Date.UTC(2004, 0, 19) + DAY - 1)
    expect(item?.sourceBracket?.spans).toHaveLength(2)
    expect([item?.start, item?.end]).toEqual([Date.UTC(2004, 0, 1), Date.UTC(2004, 1, 1) - 1])
  })

  it('draws no bracket for sources that agree or give one dating', () => {
    const [item] = eventItems([{ ...base, sourceSpans: [span('1953-11-12', '1953-11-26')] }])
    expect(item?.sourceBracket).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { english } from '../../../../shared/i18n/english'
import { describeHlc, hlcTime } from './hlcTime'

describe('HLC stamps as times', () => {
  it('reads the wall milliseconds before the first dot', () => {
    const ms = Date.UTC(2026, 10, 29, 12, 5)
    expect(hlcTime(`${ms.toString(16).padStart(12, '0')}.0003.LAP-B`)?.getTime()).toBe(ms)
  })

  it('says the time in words, and never shows a text that is not a stamp', () => {
    const ms = Date.UTC(2026, 10, 29, 12, 5)
    expect(describeHlc(`${ms.toString(16).padStart(12, '0')}.0003.LAP-B`, english, 'en-GB')).toMatch(/29 Nov 2026/)
    expect(hlcTime('not-a-stamp')).toBeUndefined()
    expect(describeHlc('not-a-stamp', english, 'en')).toBe('an unknown time')
  })
})

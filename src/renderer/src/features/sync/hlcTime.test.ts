import { describe, expect, it } from 'vitest'
import { describeHlc, hlcTime } from './hlcTime'

describe('HLC stamps as times', () => {
  it('reads the wall milliseconds before the first dot', () => {
    const ms = Date.UTC(2026, 10, 29, 12, 5)
    expect(hlcTime(`${ms.toString(16).padStart(12, '0')}.0003.LAP-B`)?.getTime()).toBe(ms)
  })

  it('keeps a text that is not a stamp as it is', () => {
    expect(hlcTime('not-a-stamp')).toBeUndefined()
    expect(describeHlc('not-a-stamp')).toBe('not-a-stamp')
  })
})

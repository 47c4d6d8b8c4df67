import { describe, expect, it } from 'vitest'
import { english } from '../../../../shared/i18n/english'
import { dateProblem, daysProblem, NO_DATE_CHOICES, toDateFilter } from './dateChoices'

describe('the timeline date filter as typed', () => {
  it('accepts a year, a month or a day, and an empty bound', () => {
    for (const text of ['', '1956', '1956-09', '1956-09-22', '1956-02-29']) expect(dateProblem(text, english)).toBeUndefined()
  })

  it.each([
    ['Sept 1956', 'write 1956, 1956-09 or 1956-09-22'],
    ['1956-13', 'there is no month 13'],
    ['1956-21', 'there is no month 21'],
    ['1957-02-29', '1957-02-29: that month has 28 days, not 29'],
    ['1956/09', 'write 1956'],
  ])('explains what is wrong with %s', (text, message) => {
    expect(dateProblem(text, english)).toContain(message)
  })

  it('takes N as a whole number of days from 0 to 366', () => {
    for (const text of ['0', '7', '366']) expect(daysProblem(text, english)).toBeUndefined()
    for (const text of ['', '-1', '367', '1.5', 'seven']) expect(daysProblem(text, english)).toBe('use a whole number from 0 to 366')
  })

  it('sends only valid parts, and the options only with a bound to apply to', () => {
    const september = { ...NO_DATE_CHOICES, from: '1956-09', to: '1956-09' }
    expect(toDateFilter(september)).toEqual({ from: '1956-09', to: '1956-09' })
    expect(toDateFilter({ ...september, overlap: true, includeCoarser: true })).toEqual({
      from: '1956-09', to: '1956-09', overlapDays: 7, includeCoarser: true,
    })
    expect(toDateFilter({ ...september, overlap: false, overlapDays: '3' })).toEqual({ from: '1956-09', to: '1956-09' })
    expect(toDateFilter({ ...september, overlap: true, overlapDays: '400' })).toEqual({ from: '1956-09', to: '1956-09' })
    expect(toDateFilter({ ...september, to: '1956-13' })).toEqual({ from: '1956-09' })
    expect(toDateFilter({ ...NO_DATE_CHOICES, overlap: true, includeCoarser: true })).toEqual({})
  })
})

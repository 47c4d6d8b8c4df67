import { describe, expect, it } from 'vitest'
import { english as t } from './english'
import { formatDay, formatEdtf } from './format'

describe('dates for narrow columns', () => {
  it('name the month short, in the reader’s locale, and keep it long by default', () => {
    expect(formatDay('1956-09-21', 'en', 'short')).toBe('Sep 21, 1956')
    expect(formatDay('1956-09-21', 'en-GB', 'short')).toBe('21 Sept 1956')
    expect(formatDay('1956-09-21', 'en')).toBe('September 21, 1956')
    expect(formatDay('1956-09', 'en', 'short')).toBe('Sep 1956')
    expect(formatDay('1956-09-21', 'ru', 'short')).toMatch(/^21 сент\. 1956/)
    expect(formatDay('1956-09-21', 'ko', 'short')).toBe('1956년 9월 21일')
  })

  it('keep EDTF qualifiers and ranges with short months', () => {
    expect(formatEdtf('1956-09-21?', 'en', t, 'short')).toBe('Sep 21, 1956?')
    expect(formatEdtf('1958-11~', 'en', t, 'short')).toBe('c. Nov 1958')
    expect(formatEdtf('1958-11~', 'en', t)).toBe('November 1958 (approximate)')
    expect(formatEdtf('1956-08-30/1956-08-31', 'en', t, 'short')).toBe(t('date.range', { from: 'Aug 30, 1956', to: 'Aug 31, 1956' }))
  })
})

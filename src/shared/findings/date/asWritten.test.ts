import { describe, expect, it } from 'vitest'
import { parseDateAsWritten } from './asWritten'

const parsed = (text: string) => {
  const result = parseDateAsWritten(text)
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.message}`)
  return result.value
}

describe('parseDateAsWritten', () => {
  it.each([
    ['1958年2月15日', '1958-02-15', 'day'],
    ['一九六七年三月', '1967-03', 'month'],
    ['一九六六年十一月', '1966-11', 'month'],
    ['一九五八年二月十五日', '1958-02-15', 'day'],
    ['1956年9月21日', '1956-09-21', 'day'],
    ['一九六七年', '1967', 'year'],
    ['1967.2.14', '1967-02-14', 'day'],
    ['1966년 11월 3일', '1966-11-03', 'day'],
    ['22 сентября 1956 г.', '1956-09-22', 'day'],
    ['сентябрь 1956 г.', '1956-09', 'month'],
    ['21 September 1956', '1956-09-21', 'day'],
    ['September 21, 1956', '1956-09-21', 'day'],
    ['Sept. 1956', '1956-09', 'month'],
    ['September 1956', '1956-09', 'month'],
    ['21.09.1956', '1956-09-21', 'day'],
    ['1956-09-21', '1956-09-21', 'day'],
    ['1956-09', '1956-09', 'month'],
    ['１９５８年２月１５日', '1958-02-15', 'day'],
  ])('reads %s as %s (%s precision, exact)', (text, edtf, precision) => {
    expect(parsed(text)).toEqual({ edtf, precision, certainty: 'exact' })
  })

  it('expands a two-digit year to 19xx and flags it inferred, reading the Roman month (S2)', () => {
    expect(parsed('22.IX.56')).toEqual({
      edtf: '1956-09-22',
      precision: 'day',
      certainty: 'inferred',
      note: 'two-digit year 56 read as 1956',
    })
    expect(parsed('22.ІХ.56').edtf).toBe('1956-09-22') // Cyrillic І and Х typed for the numeral
  })

  it('reads seasons as EDTF season codes (S8)', () => {
    expect(parsed('1966년 가을')).toEqual({ edtf: '1966-23', precision: 'season', certainty: 'exact' })
    expect(parsed('1966年秋季').edtf).toBe('1966-23')
    expect(parsed('autumn 1966').edtf).toBe('1966-23')
    expect(parsed('осень 1966 г.').edtf).toBe('1966-23')
  })

  it('marks approximate dates with ~ and the approximate certainty', () => {
    expect(parsed('ca. 1958')).toMatchObject({ edtf: '1958~', precision: 'year', certainty: 'approximate' })
    expect(parsed('около 1958 г.').edtf).toBe('1958~')
    expect(parsed('1958년경').edtf).toBe('1958~')
    expect(parsed('1966年11月左右').edtf).toBe('1966-11~')
  })

  it('converts Juche years and checks the bracketed Gregorian year (S8)', () => {
    expect(parsed('주체47(1958)년 11월')).toEqual({ edtf: '1958-11', precision: 'month', certainty: 'exact' })
    expect(parsed('주체47년').edtf).toBe('1958')
    expect(parseDateAsWritten('주체47(1959)년 11월')).toEqual({
      ok: false,
      code: 'juche_mismatch',
      message: 'Juche year 47 is 1958 (Juche + 1911), but the bracket says 1959; check the date',
      refusal: { reason: 'date.jucheMismatch', values: { juche: '47', year: 1958, bracket: '1959' } },
    })
  })

  it('treats "n.d." forms as unknown and bracketed dates as supplied (inferred)', () => {
    expect(parsed('n.d.')).toEqual({ edtf: 'XXXX', precision: 'unknown', certainty: 'unknown' })
    expect(parsed('б. д.').edtf).toBe('XXXX')
    expect(parsed('[1958年2月]')).toMatchObject({ edtf: '1958-02', certainty: 'inferred' })
  })

  it('rejects impossible dates with the reason, not a parse dump', () => {
    expect(parseDateAsWritten('30.II.56')).toEqual({
      ok: false,
      code: 'invalid_date',
      message: '"30.II.56" is not a real date: 1956-02-30: February 1956 has 29 days, not 30',
      refusal: { reason: 'date.noSuchDay', values: { text: '1956-02-30', days: 29, day: 30 } },
    })
    expect(parseDateAsWritten('1958年13月')).toMatchObject({ ok: false, code: 'invalid_date' })
  })

  it('says so when it cannot read the text, instead of guessing', () => {
    expect(parseDateAsWritten('Tuesday')).toMatchObject({ ok: false, code: 'unrecognized' })
    expect(parseDateAsWritten('56')).toMatchObject({ ok: false, code: 'unrecognized' })
  })
})

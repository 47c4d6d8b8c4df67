import type { Refusal } from '../../api/errors'
import type { DateCertainty, DatePrecision } from '../../model/findingVocab'
import { validateEdtf } from './edtfValue'
import { HAN_NUMERAL_CHARS, readNumber, readRomanMonth } from './numerals'

/** A date as written, read into what a finding stores. */
export interface ParsedDate {
  edtf: string
  precision: DatePrecision
  certainty: DateCertainty
  /** Why the certainty is not `exact`, e.g. "two-digit year 56 read as 1956". */
  note?: string
}

export type DateParseErrorCode = 'unrecognized' | 'invalid_date' | 'juche_mismatch'
export type AsWrittenResult =
  { ok: true; value: ParsedDate } | { ok: false; code: DateParseErrorCode; message: string; refusal: Refusal }

/** Numeric parts of a calendar date; month and day may be missing. */
interface Parts {
  year: number
  month?: number
  day?: number
  /** EDTF season code 21-24 in place of a month. */
  season?: number
  certainty?: DateCertainty
  note?: string
}

type Recognizer = (text: string) => Parts | AsWrittenResult | undefined

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const NUM = `(\\d{1,4}|[${HAN_NUMERAL_CHARS}]{1,4})`

/** 주체47(1958)년 11월: Juche year + 1911 is the Gregorian year; a bracketed year must agree. */
const juche: Recognizer = (text) => {
  const m =
    /^주체\s*(\d{1,3})\s*(?:\(\s*(\d{4})\s*\))?\s*년(?:\s*(\d{1,2})\s*월)?(?:\s*(\d{1,2})\s*일)?$/u.exec(text)
  if (!m) return undefined
  const year = Number(m[1]) + 1911
  if (m[2] !== undefined && Number(m[2]) !== year) {
    const message = `Juche year ${m[1]} is ${year} (Juche + 1911), but the bracket says ${m[2]}; check the date`
    return { ok: false, code: 'juche_mismatch', message, refusal: { reason: 'date.jucheMismatch', values: { juche: m[1]!, year, bracket: m[2] } } }
  }
  return { year, month: optionalNumber(m[3]), day: optionalNumber(m[4]) }
}

/** 1958年2月15日, 一九六七年三月, 1966년 11월 3일 (Arabic or Chinese numerals). */
const eastAsian: Recognizer = (text) => {
  const m = new RegExp(`^${NUM}\\s*[年년](?:\\s*${NUM}\\s*[月월](?:\\s*${NUM}\\s*[日号號일])?)?$`, 'u').exec(
    text,
  )
  if (!m) return undefined
  const year = readNumber(m[1]!)
  if (year === undefined || year < 1000) return undefined
  return { year, month: optionalNumber(m[2]), day: optionalNumber(m[3]) }
}

const SEASONS: Record<string, number> = {
  봄: 21,
  여름: 22,
  가을: 23,
  겨울: 24,
  春: 21,
  夏: 22,
  秋: 23,
  冬: 24,
  spring: 21,
  summer: 22,
  autumn: 23,
  fall: 23,
  winter: 24,
  весна: 21,
  весной: 21,
  лето: 22,
  летом: 22,
  осень: 23,
  осенью: 23,
  зима: 24,
  зимой: 24,
}

/** 1966년 가을, 1966年秋(季), autumn 1966, осень 1966 г. */
const season: Recognizer = (text) => {
  const yearFirst = /^(\d{4})\s*[年년]?\s*(\p{L}+?)(?:季|天)?$/u.exec(text)
  const seasonFirst = /^(\p{L}+)\s+(?:of\s+)?(\d{4})(?:\s*(?:г\.?|года?))?$/iu.exec(text)
  const [year, word] = yearFirst
    ? [yearFirst[1], yearFirst[2]]
    : seasonFirst
      ? [seasonFirst[2], seasonFirst[1]]
      : []
  const code = word === undefined ? undefined : SEASONS[word.toLowerCase()]
  return code === undefined ? undefined : { year: Number(year), season: code }
}

/** 22.IX.56, 21.09.1956, 1967.2.14, 1967.2: dotted numbers, year first when it has four digits. */
const dotted: Recognizer = (text) => {
  const yearFirst = /^(\d{4})[./](\d{1,2})(?:[./](\d{1,2}))?\.?$/.exec(text)
  if (yearFirst)
    return { year: Number(yearFirst[1]), month: Number(yearFirst[2]), day: optionalNumber(yearFirst[3]) }
  const dayFirst =
    /^(\d{1,2})\s*[./]\s*(\d{1,2}|[IVXivxХхІі]{1,4})\s*[./]\s*(\d{2}|\d{4})\s*(?:г\.?)?$/u.exec(text)
  if (!dayFirst) return undefined
  const month = /^\d+$/.test(dayFirst[2]!) ? Number(dayFirst[2]) : readRomanMonth(dayFirst[2]!)
  if (month === undefined) return undefined
  return { ...expandYear(dayFirst[3]!), month, day: Number(dayFirst[1]) }
}

const MONTHS_RU_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
]
const MONTHS_RU_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
]
const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/** Month number from an English (full or 3-4 letter abbreviation) or Russian month word. */
function monthFromWord(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '')
  for (const list of [MONTHS_RU_GENITIVE, MONTHS_RU_NOMINATIVE]) {
    const index = list.indexOf(w)
    if (index >= 0) return index + 1
  }
  const english = MONTHS_EN.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w) && w !== 'ma'))
  return english >= 0 ? english + 1 : undefined
}

/** 22 сентября 1956 г., 21 September 1956, September 21, 1956, September 1956, сентябрь 1956 г. */
const monthWord: Recognizer = (text) => {
  const tail = '(?:\\s*(?:г\\.?|года?))?$'
  const dayMonthYear = new RegExp(`^(\\d{1,2})\\s+(\\p{L}+\\.?)\\s*,?\\s+(\\d{4})${tail}`, 'iu').exec(text)
  const monthDayYear = /^(\p{L}+\.?)\s+(\d{1,2}),?\s+(\d{4})$/iu.exec(text)
  const monthYear = new RegExp(`^(\\p{L}+\\.?)\\s+(\\d{4})${tail}`, 'iu').exec(text)
  const [day, word, year] = dayMonthYear
    ? [dayMonthYear[1], dayMonthYear[2], dayMonthYear[3]]
    : monthDayYear
      ? [monthDayYear[2], monthDayYear[1], monthDayYear[3]]
      : monthYear
        ? [undefined, monthYear[1], monthYear[2]]
        : []
  const month = word === undefined ? undefined : monthFromWord(word)
  return month === undefined ? undefined : { year: Number(year), month, day: optionalNumber(day) }
}

const RECOGNIZERS: readonly Recognizer[] = [juche, eastAsian, season, dotted, monthWord]

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : readNumber(text)
}

/** Two-digit years are read as 19xx (the workbench's period) and marked inferred. */
function expandYear(text: string): Pick<Parts, 'year' | 'certainty' | 'note'> {
  if (text.length === 4) return { year: Number(text) }
  const year = 1900 + Number(text)
  return { year, certainty: 'inferred', note: `two-digit year ${text} read as ${year}` }
}

function toEdtf(parts: Parts): string {
  const year = pad(parts.year, 4)
  if (parts.season !== undefined) return `${year}-${parts.season}`
  if (parts.month === undefined) return year
  return parts.day === undefined
    ? `${year}-${pad(parts.month)}`
    : `${year}-${pad(parts.month)}-${pad(parts.day)}`
}

/** Approximation words before or after a date: "ca. 1958", "около 1958 г.", "1958년경", "1958年左右". */
const APPROXIMATE = [
  /^(?:ca\.?|c\.|circa|about|approx\.?|около|ок\.|примерно|약|대략|约|約|大约|大約)\s*(.+)$/iu,
  /^(.+?)\s*(?:경|무렵|左右|前后|前後)$/u,
]
/** "n.d." and its equivalents: the date is unknown. */
const UNDATED =
  /^(?:n\.\s*d\.?|undated|no date|б\.\s*д\.?|без даты|无日期|無日期|日期不详|날짜\s*없음|미상)$/iu

function withApproximation(result: AsWrittenResult): AsWrittenResult {
  if (!result.ok) return result
  const qualified = validateEdtf(`${result.value.edtf}~`)
  const edtf = qualified.ok ? qualified.value.edtf : result.value.edtf
  return {
    ok: true,
    value: { ...result.value, edtf, certainty: 'approximate', note: 'marked approximate as written' },
  }
}

function fromParts(parts: Parts, text: string): AsWrittenResult {
  const checked = validateEdtf(toEdtf(parts))
  if (!checked.ok) return { ok: false, code: 'invalid_date', message: `"${text}" ${checked.message}`, refusal: checked.refusal }
  const { edtf, precision } = checked.value
  const value: ParsedDate = { edtf, precision, certainty: parts.certainty ?? 'exact' }
  return { ok: true, value: parts.note === undefined ? value : { ...value, note: parts.note } }
}

/**
 * Reads `doc_date_as_written` into EDTF with precision and certainty, e.g. `22.IX.56` →
 * 1956-09-22 (inferred), `一九六七年三月` → 1967-03, `1966년 가을` → 1966-23, `ca. 1958` → 1958~,
 * `주체47(1958)년 11월` → 1958-11. A string already in EDTF is accepted as is. Never throws.
 */
export function parseDateAsWritten(asWritten: string): AsWrittenResult {
  const text = asWritten
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\d)\s*(?:г\.?|года)$/u, '$1')
  if (UNDATED.test(text))
    return { ok: true, value: { edtf: 'XXXX', precision: 'unknown', certainty: 'unknown' } }
  for (const pattern of APPROXIMATE) {
    const inner = pattern.exec(text)?.[1]
    if (inner !== undefined && inner !== text) {
      const result = parseDateAsWritten(inner)
      if (result.ok || result.code !== 'unrecognized') return withApproximation(result)
    }
  }
  const supplied = /^\[(.+)\]$/.exec(text)?.[1]
  if (supplied !== undefined && !supplied.includes('..') && !supplied.includes(',')) {
    const result = parseDateAsWritten(supplied)
    if (result.ok)
      return {
        ok: true,
        value: { ...result.value, certainty: 'inferred', note: 'date supplied in brackets' },
      }
  }
  // Only four-digit years or X digits count as EDTF here: a bare "56" would read as the 56th century.
  const asEdtf = /\d{4}|XX/.test(text) ? validateEdtf(text) : undefined
  if (asEdtf?.ok) return { ok: true, value: asEdtf.value }
  for (const recognize of RECOGNIZERS) {
    const result = recognize(text)
    if (result === undefined) continue
    return 'ok' in result ? result : fromParts(result, text)
  }
  return {
    ok: false,
    code: 'unrecognized',
    message: `"${asWritten}" is not a date form the workbench can read; enter doc_date as EDTF`,
    refusal: { reason: 'date.unreadable', values: { text: asWritten } },
  }
}

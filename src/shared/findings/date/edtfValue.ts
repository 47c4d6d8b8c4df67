import edtf, { parse, type EdtfNode } from 'edtf'
import type { DateCertainty, DatePrecision } from '../../model/findingVocab'
import type { Refusal } from '../../api/errors'
import { memoized } from '../../memoized'

/** A valid EDTF value with what the finding stores beside it. */
export interface EdtfInfo {
  edtf: string
  precision: DatePrecision
  /** What the EDTF qualifiers say (`~` approximate, `?` inferred, all-X unknown); else exact. */
  certainty: DateCertainty
}

/** A failure says why in English (`message`, for the CLI and logs) and as a refusal the screen translates. */
export type EdtfValidation = { ok: true; value: EdtfInfo } | { ok: false; message: string; refusal: Refusal }

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const EXAMPLES = '1956-09-21, 1956-09, 1956-09-2X, 1966-11~, 1966-23 (autumn), [1956-09..1956-10], XXXX'

/** Says why a date-like string is impossible (30 February, month 13), or undefined if it is not. */
function impossibleDate(text: string): { message: string; refusal: Refusal } | undefined {
  for (const match of text.matchAll(/(?<![\dX])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\dX])/g)) {
    const [whole, year, month, day] = match
    const m = Number(month)
    if ((m < 1 || m > 12) && (m < 21 || m > 41 || day !== undefined)) {
      return {
        message: `${whole}: there is no month ${month} (use 01-12, or 21-41 for a season or quarter)`,
        refusal: { reason: 'date.noMonth', values: { text: whole!, month: month! } },
      }
    }
    if (day === undefined) continue
    const days = new Date(Date.UTC(Number(year), m, 0)).getUTCDate()
    if (Number(day) < 1 || Number(day) > days) {
      return {
        message: `${whole}: ${MONTH_NAMES[m - 1]} ${year} has ${days} days, not ${Number(day)}`,
        refusal: { reason: 'date.noSuchDay', values: { text: whole!, days, day: Number(day) } },
      }
    }
  }
  return undefined
}

function isQualified(flag: boolean | number | undefined): boolean {
  return flag === true || (typeof flag === 'number' && flag > 0)
}

function precisionOf(node: EdtfNode): DatePrecision {
  switch (node.type) {
    case 'Season':
      return 'season'
    case 'Decade':
      return 'decade'
    case 'Century':
      return 'century'
    case 'Year':
      return 'year'
    case 'Interval':
    case 'Set':
    case 'List':
      return 'range'
    case 'Date': {
      const unspecified = node.unspecified ?? 0
      // Bitmask digits: YYYY = bits 0-3, MM = 4-5, DD = 6-7. A part counts unless all its digits are X.
      const all = (mask: number) => (unspecified & mask) === mask
      if (all(0b1111)) return 'unknown'
      if (unspecified & 0b1111) return 'decade'
      const parts = node.values.length - (all(0b11000000) ? 1 : 0) - (all(0b110000) ? 1 : 0)
      return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year'
    }
  }
}

function certaintyOf(node: EdtfNode, precision: DatePrecision): DateCertainty {
  if (precision === 'unknown') return 'unknown'
  if (isQualified(node.approximate)) return 'approximate'
  if (isQualified(node.uncertain)) return 'inferred'
  return 'exact'
}

/**
 * Checks a user-typed EDTF string with the `edtf` package and explains a failure in words
 * (e.g. "1956-02-30: February 1956 has 29 days, not 30"). Leading and trailing spaces are ignored.
 */
// The edtf package builds a fresh parser for every call (about 0.1 ms); a library of 100,000
// findings has only a few thousand distinct dates, so its answers are remembered.
export const validateEdtf = memoized(validateEdtfUncached)

function validateEdtfUncached(input: string): EdtfValidation {
  const text = input.trim()
  if (text === '') return { ok: false, message: `is empty; write an EDTF date such as ${EXAMPLES}`, refusal: { reason: 'date.empty', values: { examples: EXAMPLES } } }
  // Checked before parsing too: the package accepts 29 February in any year.
  const impossible = impossibleDate(text)
  if (impossible !== undefined) return { ok: false, message: `is not a real date: ${impossible.message}`, refusal: impossible.refusal }
  const node = parseEdtfNode(text)
  if (node === undefined) {
    return { ok: false, message: `"${text}" is not an EDTF date; examples: ${EXAMPLES}`, refusal: { reason: 'date.notEdtf', values: { text, examples: EXAMPLES } } }
  }
  const precision = precisionOf(node)
  // A plain date is already written the package's way (the tests hold it); others are normalised.
  const written = PLAIN_DATE.test(text) ? text : edtf(node).edtf
  return { ok: true, value: { edtf: written, precision, certainty: certaintyOf(node, precision) } }
}

/** The earliest and latest instants (epoch ms) a date may denote; null where open or unknown. */
export interface EdtfBounds {
  earliest: number | null
  latest: number | null
}

const finite = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null

/**
 * First month (0-based) of the seasons 21-24 and the northern-hemisphere 25-28, as
 * meteorological seasons: the package treats them as calendar quarters, which would put an
 * "autumn 1966" note in July, before a September document.
 */
const SEASON_START_MONTH: Record<number, number> = {
  21: 2,
  22: 5,
  23: 8,
  24: 11,
  25: 2,
  26: 5,
  27: 8,
  28: 11,
}

function seasonBounds(node: EdtfNode): EdtfBounds | undefined {
  const [year, code] = node.values as [number, number]
  const month = SEASON_START_MONTH[code]
  if (month === undefined) return undefined
  return { earliest: Date.UTC(year, month, 1), latest: Date.UTC(year, month + 3, 1) - 1 }
}

function nodeBounds(node: EdtfNode | [EdtfNode, EdtfNode] | null): EdtfBounds {
  if (node === null) return { earliest: null, latest: null }
  if (Array.isArray(node))
    return { earliest: nodeBounds(node[0]).earliest, latest: nodeBounds(node[1]).latest }
  if (node.type === 'Season') {
    const season = seasonBounds(node)
    if (season !== undefined) return season
  }
  if (node.type === 'Interval') {
    const [from, to] = node.values as [EdtfNode | null, EdtfNode | null]
    return { earliest: nodeBounds(from).earliest, latest: nodeBounds(to).latest }
  }
  if (node.type !== 'Set' && node.type !== 'List') {
    const value = edtf(node)
    return { earliest: finite(value.min), latest: finite(value.max) }
  }
  // The package's own min/max for sets miss nested ranges ("[1956-09..1956-10]" ends in September).
  const members = (node.values as Array<EdtfNode | [EdtfNode, EdtfNode]>).map(nodeBounds)
  const earliest = members.map((b) => b.earliest)
  const latest = members.map((b) => b.latest)
  return {
    earliest: node.earlier || earliest.includes(null) ? null : Math.min(...(earliest as number[])),
    latest: node.later || latest.includes(null) ? null : Math.max(...(latest as number[])),
  }
}

/**
 * The earliest and latest instants of an EDTF value, for timeline placement (by `earliest`) and
 * date-range filters (overlap of [earliest, latest]). `1956-09` → 1 Sept 00:00 .. 30 Sept
 * 23:59:59.999 UTC; `1966-23` (autumn) → 1 September .. 30 November 1966.
 * Throws a RangeError for an invalid string: validate user input with `validateEdtf` first.
 */
export const edtfBounds = memoized(edtfBoundsUncached)

function edtfBoundsUncached(value: string): EdtfBounds {
  const node = parseEdtfNode(value.trim())
  if (node === undefined) throw new RangeError(`edtfBounds: "${value}" is not a valid EDTF value`)
  return PLAIN_DATE.test(value.trim()) ? plainBounds(node.values as number[]) : nodeBounds(node)
}

/** A plain date spans its whole year, month or day (qualifiers do not widen it; the tests hold this to the package). */
function plainBounds([year, month, day]: number[]): EdtfBounds {
  const start = utc(year!, month ?? 0, day ?? 1)
  const next = month === undefined ? utc(year! + 1, 0, 1) : day === undefined ? utc(year!, month + 1, 1) : utc(year!, month, day + 1)
  return { earliest: start, latest: next - 1 }
}

/** Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not. */
function utc(year: number, month: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month, day)
  return date.getTime()
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` up to the 28th, maybe qualified: most dates a researcher types. */
const PLAIN_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|1[0-9]|2[0-8]))?)?([~?%])?$/

/**
 * The edtf package's parse tree of a value, or undefined if it is not EDTF. The package builds a
 * fresh parser for every call (about 0.3 ms, most of an import's time for a big library), so
 * plain dates get the same tree built directly (the tests hold the two equal) and the rest is
 * parsed once for validation and bounds alike.
 */
export function parseEdtfNode(text: string): EdtfNode | undefined {
  const plain = PLAIN_DATE.exec(text)
  if (!plain) return parseWithPackage(text) ?? undefined
  const [, year, month, day, qualifier] = plain
  const values = [Number(year)]
  if (month) values.push(Number(month) - 1)
  if (day) values.push(Number(day))
  const node: EdtfNode = { type: 'Date', level: qualifier ? 1 : 0, values }
  if (qualifier === '~' || qualifier === '%') node.approximate = true
  if (qualifier === '?' || qualifier === '%') node.uncertain = true
  return node
}

const parseWithPackage = memoized((text: string): EdtfNode | null => {
  try {
    return parse(text)
  } catch {
    return null
  }
})

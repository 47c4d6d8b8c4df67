import edtf from 'edtf'
import { AppError } from '../../shared/api/errors'
import type { DatePrecision } from '../../shared/model/event'

/** A date parsed with the `edtf` package: its precision and the first and last day it covers. */
export interface DateSpan {
  precision: DatePrecision
  earliest: string
  latest: string
}

const PRECISIONS: Record<number, DatePrecision> = { 1: 'year', 2: 'month', 3: 'day' }

/**
 * Parses an EDTF level-0 date (`1956`, `1956-08`, `1956-08-30`) and returns the span it covers.
 * An impossible date such as `1956-02-30` or `1956-13` is a `date.invalid` error naming `field`.
 */
export function parseEventDate(text: string, field: string): DateSpan {
  let parsed
  try {
    parsed = edtf(text, { level: 0 })
  } catch {
    throw new AppError('date.invalid', `${field}: "${text}" is not a real date (use YYYY, YYYY-MM or YYYY-MM-DD)`, field, {
      reason: 'date.notReal',
      values: { text },
    })
  }
  const precision = PRECISIONS[parsed.precision ?? 0]
  if (parsed.type !== 'Date' || !precision) {
    throw new AppError('date.invalid', `${field}: "${text}" must be a single year, month or day`, field, {
      reason: 'date.notSingle',
      values: { text },
    })
  }
  return { precision, earliest: isoDay(parsed.min), latest: isoDay(parsed.max) }
}

/** The span from a start date to an optional end date, refusing an end before the start. */
export function eventSpan(date: string, endDate: string | undefined | null): DateSpan {
  const start = parseEventDate(date, 'date')
  if (!endDate) return start
  const end = parseEventDate(endDate, 'endDate')
  if (end.latest < start.earliest) {
    throw new AppError('date.end_before_start', `endDate: ${endDate} is before the start date ${date}`, 'endDate', {
      reason: 'date.endBeforeStart',
      values: { end: endDate, start: date },
    })
  }
  return { precision: start.precision, earliest: start.earliest, latest: end.latest }
}

/** An ISO day moved by whole days (negative for earlier). */
export function shiftDay(day: string, days: number): string {
  return isoDay(Date.parse(day) + days * 86_400_000)
}

function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10)
}

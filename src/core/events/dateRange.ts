import { AppError } from '../../shared/api/errors'
import type { DatePrecision } from '../../shared/model/findingVocab'
import { parseEventDate, shiftDay } from './dates'

/** A timeline date filter as the caller gives it: bounds at year, month or day precision, and options. */
export interface DateRangeInput {
  from?: string
  to?: string
  /** Widens the range by this many days on each side. */
  overlapDays?: number
  /** Keeps items dated more coarsely than the range's bounds. */
  includeCoarser?: boolean
}

/** The range resolved to ISO days, and which date precisions may pass it (all when absent). */
export interface DateRange {
  earliest?: string
  latest?: string
  precisions?: DatePrecision[]
}

/**
 * How coarse each precision is. A `range` is an explicit start and end, so, like an event spanning
 * the Korean War's three years to the day, it counts by overlap and is never "coarser".
 */
const COARSENESS: Record<DatePrecision, number> = {
  day: 0,
  range: 0,
  month: 1,
  season: 2,
  year: 3,
  decade: 4,
  century: 5,
  unknown: 6,
}

/**
 * Resolves a date filter (S8.3): an item passes when its span overlaps [from, to] widened by
 * `overlapDays`, and, unless `includeCoarser`, its date is no coarser than the filter's.
 * `1956-09` is a month filter, which keeps `1956-09-22` and `1956-09` items but leaves out a
 * `1956` one. Errors name `fields.from` / `fields.to`.
 */
export function resolveDateRange(input: DateRangeInput, fields: { from: string; to: string }): DateRange {
  const from = input.from === undefined ? undefined : parseEventDate(input.from, fields.from)
  const to = input.to === undefined ? undefined : parseEventDate(input.to, fields.to)
  if (from && to && to.latest < from.earliest) {
    throw new AppError('date.end_before_start', `${fields.to}: ${input.to} is before ${fields.from}: ${input.from}`, fields.to, {
      reason: 'date.endBeforeStart',
      values: { end: input.to!, start: input.from! },
    })
  }
  if (!from && !to) return {}
  const widen = input.overlapDays ?? 0
  const coarsest = COARSENESS[rangePrecision(from?.earliest, to?.latest)]
  return {
    ...(from ? { earliest: shiftDay(from.earliest, -widen) } : {}),
    ...(to ? { latest: shiftDay(to.latest, widen) } : {}),
    ...(input.includeCoarser
      ? {}
      : { precisions: (Object.keys(COARSENESS) as DatePrecision[]).filter((p) => COARSENESS[p] <= coarsest) }),
  }
}

/**
 * How fine a range is, read from its edges rather than from how they were typed, so
 * `1956-09-01..1956-09-30` is the month filter `1956-09` is, and an older caller's
 * `1956-01-01..1956-12-31` still keeps year-only items: a year when each given edge is a year's
 * first or last day, a month when each is a month's, else a day.
 */
function rangePrecision(earliest: string | undefined, latest: string | undefined): 'day' | 'month' | 'year' {
  const startsYear = earliest === undefined || earliest.endsWith('-01-01')
  const endsYear = latest === undefined || latest.endsWith('-12-31')
  if (startsYear && endsYear) return 'year'
  const startsMonth = earliest === undefined || earliest.endsWith('-01')
  const endsMonth = latest === undefined || shiftDay(latest, 1).endsWith('-01')
  return startsMonth && endsMonth ? 'month' : 'day'
}

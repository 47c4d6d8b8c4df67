import type { Translate } from './messageIds'

/**
 * Dates, times and numbers in the reader's locale, through Intl (shared so the core and tests
 * can use them; Intl is part of the language, not of the page).
 */

const cache = new Map<string, Intl.DateTimeFormat>()
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, options)))
  return format
}

export function formatNumber(value: number, locale: string): string {
  return value.toLocaleString(locale)
}

/** A moment (an ISO instant from the core, or a Date) as local date and time: "5 Dec 2026, 14:05". */
export function formatInstant(value: string | Date, locale: string): string {
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return String(value)
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/** How a month is named: in full ("September 21, 1956"), or short for narrow columns ("Sep 21, 1956"). */
export type MonthStyle = 'long' | 'short'

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the locale writes a year, a month or a day; other text as it is. */
export function formatDay(text: string, locale: string, monthStyle: MonthStyle = 'long'): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text)
  if (!match) return text
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)]
  const date = new Date(Date.UTC(2000, month - 1, day))
  date.setUTCFullYear(year)
  if (date.getUTCMonth() !== month - 1) return text
  const options: Intl.DateTimeFormatOptions = match[3]
    ? { year: 'numeric', month: monthStyle, day: 'numeric', timeZone: 'UTC' }
    : match[2]
      ? { year: 'numeric', month: monthStyle, timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' }
  return dateFormat(locale, options).format(date)
}

const QUALIFIED = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)([?~%])?$/

/**
 * An EDTF date for reading: plain years, months and days in the locale's words, `?`/`~`/`%`
 * as "(uncertain)"/"(approximate)" (short months: "?"/"c."), an interval `a/b` as "a – b" (open ends as "from"/"until").
 * Forms without a plainer reading (`1956-09-2X`, sets) stay as written, which EDTF makes legible.
 */
export function formatEdtf(edtf: string, locale: string, t: Translate, month: MonthStyle = 'long'): string {
  if (edtf.includes('/')) {
    const [from = '', to = ''] = edtf.split('/')
    const open = (side: string) => side === '' || side === '..'
    if (open(from) && !open(to)) return t('date.until', { date: formatEdtf(to, locale, t, month) })
    if (open(to) && !open(from)) return t('date.from', { date: formatEdtf(from, locale, t, month) })
    return t('date.range', { from: formatEdtf(from, locale, t, month), to: formatEdtf(to, locale, t, month) })
  }
  const match = QUALIFIED.exec(edtf)
  if (!match) return edtf
  const day = formatDay(match[1]!, locale, month)
  const short = month === 'short'
  if (match[2] === '?') return t(short ? 'date.uncertainShort' : 'date.uncertain', { date: day })
  if (match[2] === '~') return t(short ? 'date.approximateShort' : 'date.approximate', { date: day })
  if (match[2] === '%') return t(short ? 'date.uncertainApproximateShort' : 'date.uncertainApproximate', { date: day })
  return day
}

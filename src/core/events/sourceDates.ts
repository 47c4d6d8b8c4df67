import { shiftDay } from './dates'

/**
 * Finds the day-precise dates that an event's sources and note give for it, so the timeline can
 * show where they disagree (S8.4: the 1953 visit, 12-26 vs 10-27 Nov; the PRC archive's opening,
 * 16 or 19 Jan 2004). Only dates known to the day are read: a bare year or month in a citation,
 * `(2018)` or `(June and July 1993)`, is nearly always the source's own date, and sources that
 * disagree about an event disagree about days.
 */

/** One stretch of days a text gives, `from` and `to` as ISO days (equal for a single day). */
export interface TextSpan {
  from: string
  to: string
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`
const DAY = String.raw`(?<!\d)\d{1,2}(?!\d)`
const YEAR = String.raw`(?<!\d)\d{4}(?!\d)`
/** A dash or `to` joins the two ends of one span; `or`, `and`, `&` and `vs` separate alternatives. */
const JOIN = String.raw`\s*(?:[-–—]|to\b|or\b|and\b|&|vs\.?)\s*`
const DAY_MONTH = `${DAY}(?:\\s+${MONTH})?`
/** At most this many days joined in one date text: the bound keeps the scan linear on hostile input. */
const MAX_JOINED = 6

/** `12-26 Nov 1953`, `16 or 19 January 2004`, `30 Aug - 2 Sept 1956`, `1 Sept 1956`. */
const DAY_FIRST = `(?:${DAY_MONTH}${JOIN}){0,${MAX_JOINED}}${DAY}\\s+${MONTH},?\\s+${YEAR}`
/** `November 12-26, 1953`, `Jan 16 or 19, 2004`. */
const MONTH_FIRST = `${MONTH}\\s+(?:${DAY}${JOIN}){0,${MAX_JOINED}}${DAY},?\\s+${YEAR}`
/** `1953-11-12`. */
const ISO = String.raw`(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])`
const DATE_TEXT = new RegExp(`${DAY_FIRST}|${MONTH_FIRST}|${ISO}`, 'gi')
/** What may stand between two full dates that are the two ends of one span. */
const RANGE_BETWEEN = /^\s*(?:[-–—/]|\.\.|to)\s*$/i

/** A source or the note may place the event this many days off its recorded dates and still be about it. */
export const SOURCE_SLACK_DAYS = 7

/** The dates an event's sources give, one entry per span and the text that gave it. */
export interface SourceDating {
  sourceSpans: { from: string; to: string; source: string; origin: 'source' | 'note' }[]
  /** Two or more different spans: the sources disagree on when the event happened. */
  sourcesDisagree: boolean
}

/**
 * The spans each source (and the note) gives for an event. A date further than
 * {@link SOURCE_SLACK_DAYS} from the recorded span is some other date the citation carries (a
 * telegram of 1950 cited for a 1994 hand-over, a stamp, a later visit), not a rival dating.
 */
export function sourceDating(
  sources: readonly string[],
  note: string | null,
  recorded: { earliest: string; latest: string },
): SourceDating {
  const [low, high] = [shiftDay(recorded.earliest, -SOURCE_SLACK_DAYS), shiftDay(recorded.latest, SOURCE_SLACK_DAYS)]
  const texts = [
    ...sources.map((source) => ({ source, origin: 'source' as const })),
    ...(note ? [{ source: note, origin: 'note' as const }] : []),
  ]
  const sourceSpans = texts.flatMap(({ source, origin }) =>
    datesInText(source)
      .filter((span) => span.to >= low && span.from <= high)
      .map((span) => ({ ...span, source, origin })),
  )
  const distinct = new Set(sourceSpans.map((s) => `${s.from}/${s.to}`))
  return { sourceSpans, sourcesDisagree: distinct.size >= 2 }
}

interface Found {
  spans: TextSpan[]
  start: number
  end: number
}

/**
 * The spans a text gives to the day, in order of appearance, leaving out a citation's own date:
 * one right after a comma (`Xinhua, 20 Jan 2004`) or alone in brackets (`Korea Herald (1 Aug 2013)`).
 * Impossible days (`31 Feb 1953`) and reversed ranges are skipped; the text is never trusted to
 * be well formed.
 */
export function datesInText(text: string): TextSpan[] {
  const found: Found[] = []
  for (const match of text.matchAll(DATE_TEXT)) {
    const start = match.index
    const end = start + match[0].length
    if (isCitationDate(text, start, end)) continue
    const spans = parseDateText(match[0])
    if (spans.length > 0) found.push({ spans, start, end })
  }
  return joinRanges(text, found).flatMap((f) => f.spans)
}

function isCitationDate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start).trimEnd()
  if (before.endsWith(',')) return true
  return before.endsWith('(') && text.slice(end, end + 8).trimStart().startsWith(')')
}

/** `28 Dec 1953 - 2 Jan 1954`: two full dates joined by a dash are one span. */
function joinRanges(text: string, found: Found[]): Found[] {
  const joined: Found[] = []
  for (const next of found) {
    const last = joined.at(-1)
    const single = (f: Found) => f.spans.length === 1 && f.spans[0]!.from === f.spans[0]!.to
    if (last && single(last) && single(next) && RANGE_BETWEEN.test(text.slice(last.end, next.start))) {
      const [from, to] = [last.spans[0]!.from, next.spans[0]!.to]
      joined[joined.length - 1] = { spans: from <= to ? [{ from, to }] : [], start: last.start, end: next.end }
    } else {
      joined.push(next)
    }
  }
  return joined
}

interface DayPart {
  day: number
  month?: number
  /** How this part joins the next one: as the end of one span, or as an alternative. */
  join?: 'range' | 'alternative'
}

/** Turns one matched date text into its spans; an impossible day drops the whole text. */
function parseDateText(raw: string): TextSpan[] {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw)
  if (iso) {
    const day = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    return day ? [{ from: day, to: day }] : []
  }
  const year = Number(/(\d{4})$/.exec(raw)?.[1])
  const parts = dayParts(raw.replace(/,?\s*\d{4}$/, ''))
  // A month written once covers the days before it (`12-26 Nov`), or after it (`Nov 12-26`).
  let month = parts.findLast((p) => p.month !== undefined)?.month
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!
    if (part.month === undefined) part.month = month
    else month = part.month
  }
  const spans: TextSpan[] = []
  for (let i = 0; i < parts.length; i++) {
    const start = parts[i]!
    const end = start.join === 'range' && parts[i + 1] ? parts[++i]! : start
    const from = isoDay(year, start.month ?? 0, start.day)
    const to = isoDay(year, end.month ?? 0, end.day)
    if (!from || !to || to < from) return []
    spans.push({ from, to })
  }
  return spans
}

function dayParts(text: string): DayPart[] {
  const parts: DayPart[] = []
  const leadingMonth = new RegExp(`^${MONTH}`, 'i').exec(text)
  let rest = leadingMonth ? text.slice(leadingMonth[0].length) : text
  const pending = leadingMonth ? monthNumber(leadingMonth[0]) : undefined
  const part = new RegExp(`^\\s*(\\d{1,2})(?:\\s+(${MONTH}))?\\s*(?:([-–—]|to\\b)|(or\\b|and\\b|&|vs\\.?))?`, 'i')
  for (let m = part.exec(rest); m && m[0].length > 0; m = part.exec(rest)) {
    parts.push({
      day: Number(m[1]),
      month: m[2] ? monthNumber(m[2]) : parts.length === 0 ? pending : undefined,
      join: m[3] ? 'range' : m[4] ? 'alternative' : undefined,
    })
    rest = rest.slice(m[0].length)
  }
  return parts
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.slice(0, 3).toLowerCase()]
}

/** `YYYY-MM-DD`, or undefined for a day the calendar does not have. */
function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

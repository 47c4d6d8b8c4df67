import type { MessageId } from '../../../../shared/i18n/messageIds'
import type { FindingMark } from '../../../../shared/api/contract/findings'
import type { EventKind, EventSummary } from '../../../../shared/model/event'
import type { DatePrecision } from '../../../../shared/model/findingVocab'

/**
 * One mark on the time axis: an event, or a finding placed by its document's date. Both share
 * the axis and hit-testing; each source has its own lanes.
 */
export interface TimelineItem {
  /** Unique across sources: `event:<id>` or `finding:<id>`. */
  key: string
  source: 'event' | 'finding'
  id: string
  title: string
  /** First and last instant covered (UTC ms); a month or year covers the whole month or year. */
  start: number
  end: number
  /** Events know day, month and year; a document date may also be a season, decade or range. */
  precision: DatePrecision
  uncertain: boolean
  /** `~` for an approximate date, `?` for an inferred or unknown one; absent when exact. */
  certaintyMark?: '~' | '?'
  /** Colour group: an event's kind, or `finding`. */
  category: EventKind | 'finding'
  /** Set when an event's sources give different days: the widest span they give, and each one's. */
  sourceBracket?: Span & { spans: Span[] }
}

/** First and last instant (UTC ms). */
export interface Span {
  start: number
  end: number
}

/** An item placed in its precision lane and a row within that lane. */
export interface PlacedItem extends TimelineItem {
  lane: number
  row: number
}

/**
 * Events get a lane per precision (day, month, year), so year-only items never mingle with dated
 * ones; findings share one lane below them, where a document's precision shows as the width of
 * its span, so findings never hide events and the axis stays short enough to leave room below.
 */
export const LANES: { source: TimelineItem['source']; precisions?: readonly DatePrecision[]; label: MessageId; rows: number }[] = [
  { source: 'event', precisions: ['day'], label: 'timeline.lane.day', rows: 8 },
  { source: 'event', precisions: ['month'], label: 'timeline.lane.month', rows: 8 },
  { source: 'event', precisions: ['year'], label: 'timeline.lane.year', rows: 8 },
  { source: 'finding', label: 'timeline.lane.findings', rows: 6 },
]
const DAY_MS = 86_400_000

export function eventItems(events: readonly EventSummary[]): TimelineItem[] {
  return events.map((e) => {
    const recorded = daySpan(e.earliest, e.latest)
    const bracket = e.sourcesDisagree ? sourceBracket(e.sourceSpans) : undefined
    return {
      key: `event:${e.id}`,
      source: 'event',
      id: e.id,
      title: e.title,
      // The mark covers the recorded dates and every source's, so the bracket is placed and hit with it.
      start: Math.min(recorded.start, bracket?.start ?? Infinity),
      end: Math.max(recorded.end, bracket?.end ?? -Infinity),
      precision: e.precision,
      uncertain: e.uncertain,
      category: e.kind,
      ...(bracket ? { sourceBracket: bracket } : {}),
    }
  })
}

/** The distinct spans the sources give, and the widest extent of them all. */
function sourceBracket(sourceSpans: EventSummary['sourceSpans']): TimelineItem['sourceBracket'] {
  const distinct = [...new Set(sourceSpans.map((s) => `${s.from}/${s.to}`))].map((key) => {
    const [from = '', to = ''] = key.split('/')
    return daySpan(from, to)
  })
  return {
    start: Math.min(...distinct.map((s) => s.start)),
    end: Math.max(...distinct.map((s) => s.end)),
    spans: distinct,
  }
}

function daySpan(from: string, to: string): Span {
  return { start: Date.parse(from), end: Date.parse(to) + DAY_MS - 1 }
}

/** Findings by their document date; a finding whose date has no bounds has no place and is left out. */
export function findingItems(marks: readonly FindingMark[]): TimelineItem[] {
  const items: TimelineItem[] = []
  for (const m of marks) {
    if (!m.date_start || !m.date_end) continue
    items.push({
      key: `finding:${m.id}`,
      source: 'finding',
      id: m.id,
      title: m.title,
      start: Date.parse(m.date_start),
      end: Date.parse(m.date_end) + DAY_MS - 1,
      precision: m.precision,
      uncertain: m.certainty !== 'exact',
      certaintyMark: m.certainty === 'exact' ? undefined : m.certainty === 'approximate' ? '~' : '?',
      category: 'finding',
    })
  }
  return items
}

/**
 * Packs each lane's items into rows so that spans in one row do not overlap in time (greedy, by
 * start). Past its lane's rows (`caps`, by default each lane's `rows`) an item joins the row that
 * frees up first: the labels count it, and the list beside the axis shows them all.
 * Computed once per data set and chart height, not per frame.
 */
export function placeItems(
  items: readonly TimelineItem[],
  caps: readonly number[] = LANES.map((l) => l.rows),
): { placed: PlacedItem[]; rowsPerLane: number[] } {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end)
  const rowEnds = LANES.map(() => [] as number[])
  const placed = sorted.map((item) => {
    const lane = LANES.findIndex((l) => l.source === item.source && (l.precisions?.includes(item.precision) ?? true))
    const ends = rowEnds[lane] ?? []
    let row = ends.findIndex((end) => end < item.start)
    if (row === -1) row = ends.length < (caps[lane] ?? 1) ? ends.length : earliestEnding(ends)
    ends[row] = Math.max(ends[row] ?? 0, item.end)
    return { ...item, lane, row }
  })
  return { placed, rowsPerLane: rowEnds.map((ends) => Math.max(1, ends.length)) }
}

function earliestEnding(ends: number[]): number {
  return ends.reduce((best, end, i) => (end < (ends[best] ?? Infinity) ? i : best), 0)
}

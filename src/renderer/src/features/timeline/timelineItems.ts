import type { DatePrecision, EventKind, EventSummary } from '../../../../shared/model/event'

/**
 * One mark on the time axis. Events are the first source; findings will join by their document
 * date with `source: 'finding'`, so the axis, lanes and hit-testing need no change for them.
 */
export interface TimelineItem {
  /** Unique across sources: `event:<id>`, later `finding:<id>`. */
  key: string
  source: 'event' | 'finding'
  id: string
  title: string
  /** First and last instant covered (UTC ms); a month or year covers the whole month or year. */
  start: number
  end: number
  precision: DatePrecision
  uncertain: boolean
  /** Colour group: an event's kind (a finding would give its document type). */
  category: EventKind | string
}

/** An item placed in its precision lane and a row within that lane. */
export interface PlacedItem extends TimelineItem {
  lane: number
  row: number
}

/** Day, month and year precision each get a lane, so year-only items never mingle with dated ones. */
export const LANES: { precision: DatePrecision; label: string }[] = [
  { precision: 'day', label: 'Known to the day' },
  { precision: 'month', label: 'Known to the month' },
  { precision: 'year', label: 'Undated within year' },
]
export const MAX_ROWS = 8
const DAY_MS = 86_400_000

export function eventItems(events: readonly EventSummary[]): TimelineItem[] {
  return events.map((e) => ({
    key: `event:${e.id}`,
    source: 'event',
    id: e.id,
    title: e.title,
    start: Date.parse(e.earliest),
    end: Date.parse(e.latest) + DAY_MS - 1,
    precision: e.precision,
    uncertain: e.uncertain,
    category: e.kind,
  }))
}

/**
 * Packs each lane's items into rows so that spans in one row do not overlap in time (greedy, by
 * start). Past MAX_ROWS rows an item joins the row that frees up first: the list beside the axis shows them all.
 * Computed once per data set, not per frame.
 */
export function placeItems(items: readonly TimelineItem[]): { placed: PlacedItem[]; rowsPerLane: number[] } {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end)
  const rowEnds = LANES.map(() => [] as number[])
  const placed = sorted.map((item) => {
    const lane = LANES.findIndex((l) => l.precision === item.precision)
    const ends = rowEnds[lane] ?? []
    let row = ends.findIndex((end) => end < item.start)
    if (row === -1) row = ends.length < MAX_ROWS ? ends.length : earliestEnding(ends)
    ends[row] = Math.max(ends[row] ?? 0, item.end)
    return { ...item, lane, row }
  })
  return { placed, rowsPerLane: rowEnds.map((ends) => Math.max(1, ends.length)) }
}

function earliestEnding(ends: number[]): number {
  return ends.reduce((best, end, i) => (end < (ends[best] ?? Infinity) ? i : best), 0)
}

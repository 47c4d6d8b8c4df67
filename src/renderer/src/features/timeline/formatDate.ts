import type { EventSummary, SourceSpan } from '../../../../shared/model/event'

/**
 * `1956-08-30 – 1956-08-31`, with `(uncertain)` when the date or fact is not firm and
 * `· sources disagree` when its sources give different days.
 */
export function formatSpan(event: Pick<EventSummary, 'date' | 'endDate' | 'uncertain' | 'sourcesDisagree'>): string {
  const span = event.endDate ? `${event.date} – ${event.endDate}` : event.date
  const dated = event.uncertain ? `${span} (uncertain)` : span
  return event.sourcesDisagree ? `${dated} · sources disagree` : dated
}

/** `1953-11-10 – 1953-11-27`, or one day alone. */
export function formatDays({ from, to }: Pick<SourceSpan, 'from' | 'to'>): string {
  return from === to ? from : `${from} – ${to}`
}

import type { EventSummary } from '../../../../shared/model/event'

/** `1956-08-30 – 1956-08-31`, with `(uncertain)` when the date or fact is not firm. */
export function formatSpan(event: Pick<EventSummary, 'date' | 'endDate' | 'uncertain'>): string {
  const span = event.endDate ? `${event.date} – ${event.endDate}` : event.date
  return event.uncertain ? `${span} (uncertain)` : span
}

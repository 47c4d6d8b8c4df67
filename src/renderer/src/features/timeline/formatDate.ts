import { formatDay } from '../../../../shared/i18n/format'
import type { Translate } from '../../../../shared/i18n/messageIds'
import type { EventSummary, SourceSpan } from '../../../../shared/model/event'
import { currentLocale, useT } from '../../i18n'

type Span = Pick<EventSummary, 'date' | 'endDate' | 'uncertain' | 'sourcesDisagree'>

/**
 * "30–31 August 1956" in the reader's words, with "(uncertain)" when the date or fact is not
 * firm and "· sources disagree" when its sources give different days.
 */
export function formatSpan(event: Span, t: Translate, locale: string): string {
  const date = formatDay(event.date, locale)
  const span = event.endDate ? t('date.range', { from: date, to: formatDay(event.endDate, locale) }) : date
  const dated = event.uncertain ? t('date.uncertain', { date: span }) : span
  return event.sourcesDisagree ? t('timeline.sourcesDisagree', { date: dated }) : dated
}

/** `formatSpan` in the current language. */
export function useFormatSpan(): (event: Span) => string {
  const t = useT()
  return (event) => formatSpan(event, t, currentLocale())
}

/** Days a source gives: one day, or a span of days. */
export function formatDays({ from, to }: Pick<SourceSpan, 'from' | 'to'>, t: Translate, locale: string): string {
  return from === to ? formatDay(from, locale) : t('date.range', { from: formatDay(from, locale), to: formatDay(to, locale) })
}

import type { EventDetail, SourceSpan } from '../../../../shared/model/event'
import { currentLocale, useT } from '../../i18n'
import { formatDays } from './formatDate'

const spansOf = (event: EventDetail, text: string, origin: SourceSpan['origin']) =>
  event.sourceSpans.filter((s) => s.origin === origin && s.source === text)

/** The event's note, with the days it gives. */
export function EventNote({ event }: { event: EventDetail }) {
  const t = useT()
  if (!event.note) return null
  return (
    <p className="event-note">
      {t('timeline.note', { note: event.note })}
      <GivenDays spans={spansOf(event, event.note, 'note')} />
    </p>
  )
}

/** The event's sources, each with the days it gives. */
export function EventSourceList({ event }: { event: EventDetail }) {
  const t = useT()
  return (
    <>
      <h3>{event.sourceChecked ? t('timeline.sourcesChecked') : t('timeline.sourcesUnchecked')}</h3>
      <ul>
        {event.sources.map((source) => (
          <li key={source}>
            {source}
            <GivenDays spans={spansOf(event, source, 'source')} />
          </li>
        ))}
      </ul>
    </>
  )
}

/** Where the sources disagree, the days each gives and the widest span: the axis's hatched bracket, in words. */
export function SourceDisagreement({ spans }: { spans: readonly SourceSpan[] }) {
  const from = spans.reduce((min, s) => (s.from < min ? s.from : min), spans[0]?.from ?? '')
  const to = spans.reduce((max, s) => (s.to > max ? s.to : max), spans[0]?.to ?? '')
  const t = useT()
  const locale = currentLocale()
  const distinct = [...new Set(spans.map((s) => formatDays(s, t, locale)))]
  return (
    <p className="sources-disagree">
      <strong>{t('timeline.disagreeTitle')}</strong>{' '}
      {t('timeline.disagreeText', { days: distinct.join('; '), span: formatDays({ from, to }, t, locale) })}
    </p>
  )
}

function GivenDays({ spans }: { spans: readonly SourceSpan[] }) {
  const t = useT()
  if (spans.length === 0) return null
  const days = spans.map((s) => formatDays(s, t, currentLocale())).join(t('timeline.or'))
  return <span className="source-days">{t('timeline.gives', { days })}</span>
}

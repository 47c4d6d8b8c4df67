import type { EventDetail, SourceSpan } from '../../../../shared/model/event'
import { formatDays } from './formatDate'

const spansOf = (event: EventDetail, text: string, origin: SourceSpan['origin']) =>
  event.sourceSpans.filter((s) => s.origin === origin && s.source === text)

/** The event's note, with the days it gives. */
export function EventNote({ event }: { event: EventDetail }) {
  if (!event.note) return null
  return (
    <p className="event-note">
      Note: {event.note}
      <GivenDays spans={spansOf(event, event.note, 'note')} />
    </p>
  )
}

/** The event's sources, each with the days it gives. */
export function EventSourceList({ event }: { event: EventDetail }) {
  return (
    <>
      <h3>Sources {event.sourceChecked ? '(checked)' : '(not checked)'}</h3>
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
  const distinct = [...new Set(spans.map((s) => formatDays(s)))]
  return (
    <p className="sources-disagree">
      <strong>Sources disagree</strong> on the dates: they give {distinct.join('; ')}, so the event falls within{' '}
      {formatDays({ from, to })}.
    </p>
  )
}

function GivenDays({ spans }: { spans: readonly SourceSpan[] }) {
  if (spans.length === 0) return null
  return <span className="source-days"> — gives {spans.map((s) => formatDays(s)).join(' or ')}</span>
}

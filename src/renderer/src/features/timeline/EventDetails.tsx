import type { EntityRef } from '../../../../shared/model/entity'
import type { EventDetail } from '../../../../shared/model/event'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { ViewLink } from '../../navigation'
import { LinkedFindings } from '../findings/LinkedFindings'
import { useLabels, useT } from '../../i18n'
import { useFormatSpan } from './formatDate'
import { EventNotes } from './EventNotes'
import { EventNote, EventSourceList, SourceDisagreement } from './SourceDates'

/** The selected event: summary, people, places, sources and the essay sections it bears on, linked. */
export function EventDetails({ id }: { id: string }) {
  const version = useLibraryVersion()
  const event = useCall('events.get', { id }, `${id}@${version}`)
  const t = useT()
  if (event.status === 'loading') return <p className="loading">{t('timeline.loadingEvent')}</p>
  if (event.status === 'error') return <p role="alert">{event.message}</p>
  return <Details event={event.value} />
}

function Details({ event }: { event: EventDetail }) {
  const t = useT()
  const labels = useLabels()
  const formatSpan = useFormatSpan()
  return (
    <article className="event-details" aria-labelledby="event-details-title">
      <h2 id="event-details-title">{event.title}</h2>
      <p className="event-meta">
        <span>{formatSpan(event)}</span> · <span>{labels.vocab('eventKind', event.kind)}</span> ·{' '}
        <span>{labels.vocab('datePrecision', event.precision)}</span>
        {event.origin === 'user' && <> · <span>{t('timeline.yourEvent')}</span></>}
      </p>
      {event.uncertain && <p className="uncertain-note">{t('timeline.notFirm')}</p>}
      {event.sourcesDisagree && <SourceDisagreement spans={event.sourceSpans} />}
      <p>{event.summary}</p>
      <EventNote event={event} />
      <EntityLinks label={t('timeline.actors')} entities={event.actors} />
      <EntityLinks label={t('timeline.places')} entities={event.places} />
      <EntityLinks label={t('timeline.topics')} entities={event.topics} />
      <h3>{t('timeline.sections')}</h3>
      <ul>
        {event.sections.map((s) => (
          <li key={s.slug}>
            <ViewLink to={{ view: 'essay', anchor: s.slug }}>{s.title}</ViewLink>
          </li>
        ))}
      </ul>
      <LinkedFindings eventId={event.id} level={3} />
      <EventSourceList event={event} />
      <EventNotes event={event} />
    </article>
  )
}

function EntityLinks({ label, entities }: { label: string; entities: EntityRef[] }) {
  if (entities.length === 0) return null
  return (
    <>
      <h3>{label}</h3>
      <ul className="inline-list">
        {entities.map((e) => (
          <li key={e.id}>
            <ViewLink to={{ view: 'entities', entityId: e.id }}>{e.preferredName}</ViewLink>
          </li>
        ))}
      </ul>
    </>
  )
}

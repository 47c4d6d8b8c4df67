import { useState, type FormEvent } from 'react'
import type { EntityRef } from '../../../../shared/model/entity'
import type { EventDetail } from '../../../../shared/model/event'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { ViewLink } from '../../navigation'
import { LinkedFindings } from '../findings/LinkedFindings'
import { useLabels, useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'
import { useFormatSpan } from './formatDate'
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
      <Annotations event={event} />
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

function Annotations({ event }: { event: EventDetail }) {
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | undefined>()
  const t = useT()
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault()
    try {
      await call('events.annotate', { eventId: event.id, note })
      setNote('')
      setError(undefined)
    } catch (err) {
      setError(errorText(err))
    }
  }
  return (
    <section aria-label={t('timeline.yourNotes')}>
      <h3>{t('timeline.yourNotes')}</h3>
      <ul>
        {event.annotations.map((a) => (
          <li key={a.id}>{a.note}</li>
        ))}
      </ul>
      <form onSubmit={submit}>
        <label>
          {t('timeline.addNote')} <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" disabled={note.trim() === ''}>
          {t('timeline.saveNote')}
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  )
}

import { useState, type FormEvent } from 'react'
import type { EntityRef } from '../../../../shared/model/entity'
import type { EventDetail } from '../../../../shared/model/event'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { ViewLink } from '../../navigation'
import { LinkedFindings } from '../findings/LinkedFindings'
import { formatSpan } from './formatDate'
import { EventNote, EventSourceList, SourceDisagreement } from './SourceDates'

/** The selected event: summary, people, places, sources and the essay sections it bears on, linked. */
export function EventDetails({ id }: { id: string }) {
  const version = useLibraryVersion()
  const event = useCall('events.get', { id }, `${id}@${version}`)
  if (event.status === 'loading') return <p className="loading">Loading the event…</p>
  if (event.status === 'error') return <p role="alert">{event.message}</p>
  return <Details event={event.value} />
}

function Details({ event }: { event: EventDetail }) {
  return (
    <article className="event-details" aria-labelledby="event-details-title">
      <h2 id="event-details-title">{event.title}</h2>
      <p className="event-meta">
        <span>{formatSpan(event)}</span> · <span>{event.kind}</span> · <span>precision: {event.precision}</span>
        {event.origin === 'user' && <> · <span>your own event</span></>}
      </p>
      {event.uncertain && <p className="uncertain-note">The date or the fact is not firm.</p>}
      {event.sourcesDisagree && <SourceDisagreement spans={event.sourceSpans} />}
      <p>{event.summary}</p>
      <EventNote event={event} />
      <EntityLinks label="Actors" entities={event.actors} />
      <EntityLinks label="Places" entities={event.places} />
      <EntityLinks label="Topics" entities={event.topics} />
      <h3>Essay sections</h3>
      <ul>
        {event.sections.map((s) => (
          <li key={s.slug}>
            <ViewLink to={{ view: 'essay', anchor: s.slug }}>{s.title}</ViewLink>
          </li>
        ))}
      </ul>
      <LinkedFindings eventId={event.id} heading="h3" />
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
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault()
    try {
      await call('events.annotate', { eventId: event.id, note })
      setNote('')
      setError(undefined)
    } catch (err) {
      setError((err as Error).message)
    }
  }
  return (
    <section aria-label="Your notes">
      <h3>Your notes</h3>
      <ul>
        {event.annotations.map((a) => (
          <li key={a.id}>{a.note}</li>
        ))}
      </ul>
      <form onSubmit={submit}>
        <label>
          Add a note <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" disabled={note.trim() === ''}>
          Save note
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  )
}

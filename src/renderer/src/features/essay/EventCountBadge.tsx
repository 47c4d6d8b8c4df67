import { useState } from 'react'
import { useCall } from '../../api/useCall'
import { ViewLink } from '../../navigation'
import { formatSpan } from '../timeline/formatDate'

type Target = { section: string } | { paragraph: string }

/** How many events bear on a section or paragraph; a click lists them, linked to the timeline. */
export function EventCountBadge({ count, target, label }: { count: number; target: Target; label: string }) {
  const [open, setOpen] = useState(false)
  if (count === 0) return null
  const listId = `events-of-${'section' in target ? target.section : target.paragraph}`
  return (
    <span className="event-count">
      <button
        type="button"
        className="event-badge"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-label={`${count} events bear on ${label}`}
        onClick={() => setOpen(!open)}
      >
        {count}
      </button>
      {open && <EventsPopover id={listId} target={target} label={label} onClose={() => setOpen(false)} />}
    </span>
  )
}

function EventsPopover({ id, target, label, onClose }: { id: string; target: Target; label: string; onClose(): void }) {
  const events = useCall('events.list', target, JSON.stringify(target))
  return (
    <div id={id} className="events-popover" role="dialog" aria-label={`Events bearing on ${label}`}>
      <button type="button" className="close" onClick={onClose} aria-label="Close">
        ×
      </button>
      {events.status === 'loading' && <p className="loading">Loading…</p>}
      {events.status === 'error' && <p role="alert">{events.message}</p>}
      {events.status === 'done' && (
        <ul>
          {events.value.map((event) => (
            <li key={event.id}>
              <span className="event-date">{formatSpan(event)}</span>{' '}
              <ViewLink to={{ view: 'timeline', eventId: event.id }}>{event.title}</ViewLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

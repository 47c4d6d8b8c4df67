import { useCall } from '../../api/useCall'
import { ViewLink } from '../../navigation'
import { useT } from '../../i18n'
import { useFormatSpan } from '../timeline/formatDate'
import { CountBadge, ListPopover, type BadgeTarget } from './CountBadge'

/** How many events bear on a section or paragraph; a click lists them, linked to the timeline. */
export function EventCountBadge({ count, target, label }: { count: number; target: BadgeTarget; label: string }) {
  const t = useT()
  if (count === 0) return null
  return (
    <CountBadge
      kind="event"
      target={target}
      name={t('essay.eventsBadge', { count, target: label })}
      popover={({ id, onClose }) => <EventsPopover id={id} target={target} label={label} onClose={onClose} />}
    >
      {count}
    </CountBadge>
  )
}

function EventsPopover({ id, target, label, onClose }: { id: string; target: BadgeTarget; label: string; onClose(): void }) {
  const events = useCall('events.list', target, JSON.stringify(target))
  const t = useT()
  const formatSpan = useFormatSpan()
  return (
    <ListPopover id={id} className="events-popover" label={t('essay.eventsPopover', { target: label })} state={events} onClose={onClose}>
      {(list) =>
        list.map((event) => (
          <li key={event.id}>
            <span className="event-date">{formatSpan(event)}</span>{' '}
            <ViewLink to={{ view: 'timeline', eventId: event.id }}>{event.title}</ViewLink>
          </li>
        ))
      }
    </ListPopover>
  )
}

import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { EventSummary } from '../../../../shared/model/event'
import { useT } from '../../i18n'
import { useFormatSpan } from './formatDate'

const ROW_HEIGHT = 30

/**
 * The same events as the axis, as a list: the keyboard and screen-reader way through them.
 * Virtualized, so 5,000 rows cost no more than the few in view.
 */
export function EventList({
  events,
  selectedId,
  onSelect,
}: {
  events: readonly EventSummary[]
  selectedId?: string
  onSelect(id: string): void
}) {
  const scroller = useRef<HTMLDivElement>(null)
  const t = useT()
  const formatSpan = useFormatSpan()
  // TanStack Virtual returns functions the React Compiler cannot memoise; it is used as documented.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: events.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  })
  return (
    <div ref={scroller} className="event-list" role="region" aria-label={t('timeline.eventList', { count: events.length })} tabIndex={-1}>
      <ul style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((row) => {
          const event = events[row.index]
          if (!event) return null
          return (
            <li key={event.id} style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}>
              <button
                type="button"
                aria-pressed={event.id === selectedId}
                className={`event-row kind-${event.kind}`}
                onClick={() => onSelect(event.id)}
              >
                <span className="event-date">{formatSpan(event)}</span> <span className="event-title">{event.title}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

import { useMemo, useState } from 'react'
import { EVENT_KINDS, type EventFilter } from '../../../../shared/model/event'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { EventDetails } from './EventDetails'
import { EventList } from './EventList'
import { TimelineCanvas } from './TimelineCanvas'
import { NO_FILTERS, TimelineFilters, type Filters } from './TimelineFilters'
import { eventItems, placeItems } from './timelineItems'

const YEAR = /^\d{4}$/

/** Events on a zoomable time axis, with filters, a list of the same events and the selected one. */
export function TimelineView({ initialEventId }: { initialEventId?: string }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const [selectedId, setSelectedId] = useState(initialEventId)
  const version = useLibraryVersion()
  const filter = toEventFilter(filters)
  const events = useCall('events.list', filter, `${JSON.stringify(filter)}@${version}`)
  const list = useMemo(() => (events.status === 'done' ? events.value : []), [events])
  const layout = useMemo(() => placeItems(eventItems(list)), [list])
  const focusRange = useMemo(() => yearRange(filter), [filter.from, filter.to]) // eslint-disable-line react-hooks/exhaustive-deps -- the years are the key

  return (
    <main id="main" className="timeline-view" tabIndex={-1}>
      <h1 className="visually-hidden">Timeline</h1>
      <TimelineFilters value={filters} onChange={setFilters} />
      {events.status === 'error' && <p role="alert">{events.message}</p>}
      <TimelineCanvas
        items={layout.placed}
        rowsPerLane={layout.rowsPerLane}
        selectedKey={selectedId && `event:${selectedId}`}
        onSelect={(item) => setSelectedId(item.id)}
        focusRange={focusRange}
      />
      <div className="timeline-lower">
        <EventList events={list} selectedId={selectedId} onSelect={setSelectedId} />
        <div className="event-panel">
          {selectedId ? <EventDetails id={selectedId} /> : <p className="hint">Select an event to see its details.</p>}
        </div>
      </div>
    </main>
  )
}

function toEventFilter(filters: Filters): EventFilter {
  return {
    ...(filters.kinds.length < EVENT_KINDS.length ? { kinds: filters.kinds } : {}),
    ...(filters.actor ? { actor: filters.actor } : {}),
    ...(filters.section ? { section: filters.section } : {}),
    ...(YEAR.test(filters.fromYear) ? { from: filters.fromYear } : {}),
    ...(YEAR.test(filters.toYear) ? { to: filters.toYear } : {}),
  }
}

function yearRange(filter: EventFilter): [number, number] | undefined {
  if (!filter.from && !filter.to) return undefined
  const from = Number(filter.from ?? filter.to)
  const to = Number(filter.to ?? filter.from)
  return [Date.UTC(from, 0, 1), Date.UTC(to + 1, 0, 1)]
}

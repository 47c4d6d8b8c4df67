import { useMemo, useState } from 'react'
import type { FindingTimelineInput } from '../../../../shared/api/contract/findings'
import { edtfBounds } from '../../../../shared/findings/date'
import { EVENT_KINDS, type EventFilter } from '../../../../shared/model/event'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { useT } from '../../i18n'
import { toDateFilter, type DateFilter } from './dateChoices'
import { EventDetails } from './EventDetails'
import { EventList } from './EventList'
import { FindingCard } from './FindingCard'
import { FindingMarkList } from './FindingMarkList'
import { TimelineCanvas } from './TimelineCanvas'
import { NO_FILTERS, TimelineFilters, type Filters } from './TimelineFilters'
import { eventItems, findingItems, type TimelineItem } from './timelineItems'

const DAY_MS = 86_400_000

type Selected = Pick<TimelineItem, 'source' | 'id'>

/** Events and findings on a zoomable time axis, with filters, lists of the same marks and the selected one. */
export function TimelineView({ initialEventId }: { initialEventId?: string }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const [selected, setSelected] = useState<Selected | undefined>(initialEventId ? { source: 'event', id: initialEventId } : undefined)
  const version = useLibraryVersion()
  const filter = toEventFilter(filters)
  const events = useCall('events.list', filter, `${JSON.stringify(filter)}@${version}`)
  const findingFilter = toFindingFilter(filters)
  const findings = useCall('findings.timeline', findingFilter, `${JSON.stringify(findingFilter)}@${version}`)
  const list = useMemo(() => (events.status === 'done' ? events.value : []), [events])
  const marks = useMemo(() => (filters.findings.show && findings.status === 'done' ? findings.value : []), [findings, filters.findings.show])
  const items = useMemo(() => [...eventItems(list), ...findingItems(marks)], [list, marks])
  const focusRange = useMemo(() => dateRange(filter), [filter.from, filter.to, filter.overlapDays]) // eslint-disable-line react-hooks/exhaustive-deps -- the dates are the key
  const select = (source: Selected['source']) => (id: string) => setSelected({ source, id })
  const t = useT()

  return (
    <main id="main" className="timeline-view" tabIndex={-1}>
      <h1 className="visually-hidden">{t('timeline.title')}</h1>
      <TimelineFilters value={filters} onChange={setFilters} />
      {events.status === 'error' && <p role="alert">{events.message}</p>}
      {findings.status === 'error' && <p role="alert">{findings.message}</p>}
      <TimelineCanvas
        items={items}
        selectedKey={selected && `${selected.source}:${selected.id}`}
        onSelect={(item) => setSelected({ source: item.source, id: item.id })}
        focusRange={focusRange}
      />
      <div className="timeline-lower">
        <div className="timeline-lists">
          <EventList events={list} selectedId={selected?.source === 'event' ? selected.id : undefined} onSelect={select('event')} />
          {filters.findings.show && (
            <FindingMarkList
              marks={marks}
              selectedId={selected?.source === 'finding' ? selected.id : undefined}
              onSelect={select('finding')}
            />
          )}
        </div>
        <div className="event-panel">
          {!selected && <p className="hint">{t('timeline.selectHint')}</p>}
          {selected?.source === 'event' && <EventDetails id={selected.id} />}
          {selected?.source === 'finding' && <FindingCard id={selected.id} />}
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
    ...toDateFilter(filters.dates),
  }
}

/** The same actor, section and dates as the events, plus the findings' own filters. */
function toFindingFilter(filters: Filters): FindingTimelineInput {
  const f = filters.findings
  const optional = <K extends string>(key: K, value: string) => (value.trim() ? { [key]: value.trim() } : {})
  return {
    ...optional('entity_id', filters.actor),
    ...optional('essay_section', filters.section),
    ...findingDates(toDateFilter(filters.dates)),
    ...optional('repository_id', f.repository),
    ...optional('original_language', f.language),
    ...optional('stance', f.stance),
    ...optional('tag', f.tag),
  } as FindingTimelineInput
}

/** The date filter in the findings' own words. */
function findingDates(dates: DateFilter): Partial<FindingTimelineInput> {
  return {
    ...(dates.from ? { date_from: dates.from } : {}),
    ...(dates.to ? { date_to: dates.to } : {}),
    ...(dates.overlapDays ? { date_overlap_days: dates.overlapDays } : {}),
    ...(dates.includeCoarser ? { include_coarser_dates: true } : {}),
  }
}

/** The days a date filter covers, widened as it is, as the axis's focus (UTC ms); a lone bound focuses on itself. */
function dateRange(filter: EventFilter): [number, number] | undefined {
  const from = filter.from ?? filter.to
  const to = filter.to ?? filter.from
  if (!from || !to) return undefined
  const [start, end] = [edtfBounds(from).earliest, edtfBounds(to).latest]
  const widen = (filter.overlapDays ?? 0) * DAY_MS
  return start === null || end === null ? undefined : [start - widen, end + widen]
}

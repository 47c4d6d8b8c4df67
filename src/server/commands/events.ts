import type { EventSummary } from '../../shared/model/event'
import { listCommand } from './listing'

export interface EventsFlags {
  json: boolean
  from?: string
  to?: string
  actor?: string
  section?: string
  kind?: string
  text?: string
}

/** `workbench events [--json] [--from Y] [--to Y] [--actor ID] [--section SLUG] [--kind K] [--text T]`. */
export function eventsCommand(dataDir: string, flags: EventsFlags): Promise<number> {
  const { json, kind, ...filter } = flags
  const input = { ...dropUndefined(filter), ...(kind === undefined ? {} : { kinds: kind.split(',') }) }
  return listCommand<EventSummary>(dataDir, 'events.list', input, {
    json,
    columns: [
      { heading: 'DATE', cell: (e) => (e.endDate ? `${e.date}/${e.endDate}` : e.date) + (e.uncertain ? ' ?' : '') },
      { heading: 'KIND', cell: (e) => e.kind },
      { heading: 'ID', cell: (e) => e.id },
      { heading: 'TITLE', cell: (e) => e.title },
    ],
  })
}

/** Leaves out flags that were not given, so the contract's strict schema sees only real filters. */
export function dropUndefined(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined))
}

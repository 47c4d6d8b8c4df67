import type { EntitySummary } from '../../shared/model/entity'
import type { EventSummary } from '../../shared/model/event'
import { call, givenStrings, withCore, type Command } from './command'
import { printRows } from './listing'

/**
 * `workbench events [--json] [--from D] [--to D] [--overlap-days N] [--coarser] [--actor ID] [--section SLUG]
 * [--kind K] [--text T]`: the date filter of the timeline (S8.3), dates at year, month or day precision.
 */
export const eventsCommand: Command = {
  name: 'events',
  usage:
    'events [--json] [--from Y[-MM[-DD]]] [--to Y[-MM[-DD]]] [--overlap-days N] [--coarser] [--actor ID] [--section SLUG] [--kind K[,K]] [--text WORDS]',
  summary:
    'List events in date order; --from/--to keep events whose span overlaps the range (widened by --overlap-days), ' +
    'dated no more coarsely than the range unless --coarser',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    'overlap-days': { type: 'string' },
    coarser: { type: 'boolean' },
    actor: { type: 'string' },
    section: { type: 'string' },
    kind: { type: 'string' },
    text: { type: 'string' },
  },
  run: ({ dataDir, flags }) =>
    withCore(dataDir, async (core) => {
      const kind = typeof flags.kind === 'string' ? { kinds: flags.kind.split(',') } : {}
      const days = flags['overlap-days']
      const input = {
        ...givenStrings(flags, ['from', 'to', 'actor', 'section', 'text']),
        ...kind,
        // Passed on as a number, or as the text itself, so the contract names the flag in its refusal.
        ...(typeof days === 'string' ? { overlapDays: /^\d+$/.test(days) ? Number(days) : days } : {}),
        ...(flags.coarser === true ? { includeCoarser: true } : {}),
      }
      printRows(await call<EventSummary[]>(core, 'events.list', input), flags.json === true, [
        { heading: 'DATE', cell: (e) => (e.endDate ? `${e.date}/${e.endDate}` : e.date) + (e.uncertain ? ' ?' : '') },
        { heading: 'KIND', cell: (e) => e.kind },
        { heading: 'ID', cell: (e) => e.id },
        { heading: 'TITLE', cell: (e) => e.title },
      ])
      return 0
    }),
}

/** `workbench entities [--json] [--type TYPE] [--text NAME]`: `--text` matches a name in any script. */
export const entitiesCommand: Command = {
  name: 'entities',
  usage: 'entities [--json] [--type TYPE] [--text NAME]',
  summary: 'List people, states, places and archives; --text matches a name in any script',
  options: { type: { type: 'string' }, text: { type: 'string' } },
  run: ({ dataDir, flags }) =>
    withCore(dataDir, async (core) => {
      printRows(await call<EntitySummary[]>(core, 'entities.list', givenStrings(flags, ['type', 'text'])), flags.json === true, [
        { heading: 'ID', cell: (e) => e.id },
        { heading: 'TYPE', cell: (e) => e.type },
        { heading: 'NAMES', cell: (e) => String(e.nameCount) },
        { heading: 'EVENTS', cell: (e) => String(e.eventCount) },
        { heading: 'NAME', cell: (e) => e.preferredName },
      ])
      return 0
    }),
}

import type { EntitySummary } from '../../shared/model/entity'
import { dropUndefined } from './events'
import { listCommand } from './listing'

/** `workbench entities [--json] [--type TYPE] [--text NAME]`: `--text` matches a name in any script. */
export function entitiesCommand(dataDir: string, flags: { json: boolean; type?: string; text?: string }): Promise<number> {
  const { json, ...filter } = flags
  return listCommand<EntitySummary>(dataDir, 'entities.list', dropUndefined(filter), {
    json,
    columns: [
      { heading: 'ID', cell: (e) => e.id },
      { heading: 'TYPE', cell: (e) => e.type },
      { heading: 'NAMES', cell: (e) => String(e.nameCount) },
      { heading: 'EVENTS', cell: (e) => String(e.eventCount) },
      { heading: 'NAME', cell: (e) => e.preferredName },
    ],
  })
}

import { z } from 'zod'
import { EntityDetail, EntityName, EntitySummary, EntityType, NewEntityName, RecordId } from '../../model/entity'
import { EventSummary } from '../../model/event'
import { defineMethods } from '../define'

export const entityMethods = defineMethods({
  /** People, states, parties, places… by preferred name; `text` matches any of their names, any script. */
  'entities.list': {
    input: z.strictObject({ type: EntityType.optional(), text: z.string().trim().max(200).optional() }),
    output: z.array(EntitySummary),
  },
  /** One entity with every name form and the events it takes part in. */
  'entities.get': {
    input: z.strictObject({ id: RecordId }),
    output: z.object({ entity: EntityDetail, events: z.array(EventSummary) }),
  },
  /** Adds a researcher's own name form (an alias) to an entity. */
  'entities.addName': { input: NewEntityName, output: EntityName, mutates: true },
  /** Removes a researcher's own name form; bundled names cannot be removed. */
  'entities.removeName': {
    input: z.strictObject({ id: z.string().min(1).max(200) }),
    output: z.object({ id: z.string() }),
    mutates: true,
  },
})

import { z } from 'zod'
import { NewEntityName, RecordId } from '../../shared/model/entity'
import { EventFields } from '../../shared/model/event'
import { ALIAS_KIND, type createEntityNames } from '../entities/entityNames'
import { validateChange, type RecordKind } from '../sync/kinds'
import { ANNOTATION_KIND, USER_EVENT_KIND, type EventService } from './eventService'

const ANNOTATION = z.strictObject({ event_id: RecordId, note: z.string().trim().min(1).max(5000) })

/** The researcher's events, annotations and aliases as synced record kinds. */
export function eventKinds(events: EventService, names: ReturnType<typeof createEntityNames>): RecordKind[] {
  return [
    {
      name: USER_EVENT_KIND,
      validate: (op) => validateChange(op, { scalars: EventFields, sets: {} }),
      materialize: (id) => events.materialize(id),
    },
    {
      name: ANNOTATION_KIND,
      validate: (op) => validateChange(op, { scalars: ANNOTATION, sets: {} }),
      materialize: (id) => events.materializeAnnotation(id),
    },
    {
      name: ALIAS_KIND,
      validate: (op) => validateChange(op, { scalars: NewEntityName, sets: {} }),
      materialize: (id) => names.materialize(id),
    },
  ]
}

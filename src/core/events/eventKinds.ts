import { z } from 'zod'
import { NewEntityName, RecordId } from '../../shared/model/entity'
import { EventFields } from '../../shared/model/event'
import { Uuidv7 } from '../../shared/model/findingParts'
import { ALIAS_KIND, type createEntityNames } from '../entities/entityNames'
import { idChecker, wholeWhenRequiredSet, type KindFields, type RecordKind } from '../sync/kinds'
import { ANNOTATION_KIND, USER_EVENT_KIND, type EventService } from './eventService'

const ANNOTATION = z.strictObject({ event_id: RecordId, note: z.string().trim().min(1).max(5000) })

/** A kind whose fields are scalars only, rebuilt by `materialize`. */
function scalarKind(name: string, label: string, checkId: RecordKind['checkId'], scalars: z.ZodObject, materialize: (id: string) => void): RecordKind {
  const fields: KindFields = { scalars, sets: {} }
  return { name, label, checkId, fields, checkWhole: wholeWhenRequiredSet(scalars), materialize: (id) => materialize(id) }
}

/**
 * The researcher's events, annotations and aliases as synced record kinds. Concurrent changes to
 * one field of an event take the later clock's value (the conflict is not shown: events are the
 * researcher's own notes on the timeline, and the other value stays in the log).
 */
export function eventKinds(events: EventService, names: ReturnType<typeof createEntityNames>): RecordKind[] {
  return [
    scalarKind(USER_EVENT_KIND, 'event', idChecker(RecordId, 'an event id (lowercase words joined by hyphens)'), EventFields, events.materialize),
    scalarKind(ANNOTATION_KIND, 'note on an event', idChecker(Uuidv7, 'an annotation id (a UUIDv7)'), ANNOTATION, events.materializeAnnotation),
    scalarKind(ALIAS_KIND, 'name form', idChecker(Uuidv7, 'a name id (a UUIDv7)'), NewEntityName, names.materialize),
  ]
}

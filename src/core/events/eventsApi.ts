import type { Api } from '../../shared/api/contract'
import type { Essay } from '../../shared/model/essay'
import type { Db } from '../db/types'
import type { OpStore } from '../sync/opStore'
import { createEntityNames } from '../entities/entityNames'
import { getEntity, listEntities } from '../entities/entityQueries'
import { eventsOfEntity, essayEventCounts, getEvent, listEvents } from './eventQueries'
import { createEventService } from './eventService'
import { loadReferenceData, seedReferenceData } from './referenceData'

type EventsApi = Pick<
  Api,
  | 'events.list'
  | 'events.get'
  | 'events.create'
  | 'events.update'
  | 'events.delete'
  | 'events.annotate'
  | 'events.deleteNote'
  | 'events.restoreNote'
  | 'essay.eventCounts'
  | 'entities.list'
  | 'entities.get'
  | 'entities.addName'
  | 'entities.removeName'
>

/** Seeds the bundled events and entities if the shipped data changed, and serves their methods. */
export function createEventsApi(db: Db, ops: OpStore, resourcesDir: string, essay: Essay) {
  seedReferenceData(db, loadReferenceData(resourcesDir, essay), essay)
  const events = createEventService(db, ops)
  const names = createEntityNames(db, ops)
  const api: EventsApi = {
    'events.list': (filter) => listEvents(db, filter),
    'events.get': ({ id }) => getEvent(db, id),
    'events.create': (input) => events.create(input),
    'events.update': ({ id, changes }) => events.update(id, changes),
    'events.delete': ({ id }) => events.remove(id),
    'events.annotate': ({ eventId, note }) => events.annotate(eventId, note),
    'events.deleteNote': ({ id }) => events.setNoteDeleted(id, true),
    'events.restoreNote': ({ id }) => events.setNoteDeleted(id, false),
    'essay.eventCounts': () => essayEventCounts(db),
    'entities.list': (filter) => listEntities(db, filter),
    'entities.get': ({ id }) => ({ entity: getEntity(db, id), events: eventsOfEntity(db, id) }),
    'entities.addName': (input) => names.add(input),
    'entities.removeName': ({ id }) => names.remove(id),
  }
  return { api, events, names }
}

import { z } from 'zod'
import { RecordId } from '../../model/entity'
import {
  EssayEventCounts,
  EventAnnotation,
  EventDetail,
  EventFields,
  EventFilter,
  EventSummary,
  NewEvent,
} from '../../model/event'
import { Uuidv7 } from '../../model/findingParts'
import { defineMethods } from '../define'

const ById = z.strictObject({ id: RecordId })
const NoteId = z.strictObject({ id: Uuidv7 })
const NoteOfEvent = z.object({ id: z.string(), eventId: RecordId })

export const eventMethods = defineMethods({
  /** Events in date order, filtered by date range, kind, actor, essay section or paragraph, and text. */
  'events.list': { input: EventFilter, output: z.array(EventSummary) },
  /** One event with its summary, actors, places, topics, sources, essay links and annotations. */
  'events.get': { input: ById, output: EventDetail },
  /** Adds a researcher's own event; dates, entities and essay targets are checked. */
  'events.create': { input: NewEvent, output: EventDetail, mutates: true },
  /** Changes a researcher's own event; bundled events are read-only (annotate them instead). */
  'events.update': {
    input: z.strictObject({ id: RecordId, changes: EventFields.partial() }),
    output: EventDetail,
    mutates: true,
  },
  /** Deletes a researcher's own event with its links and annotations. */
  'events.delete': { input: ById, output: z.object({ id: RecordId }), mutates: true },
  /** Adds a note to any event, bundled or not; a re-seed never touches it. */
  'events.annotate': {
    input: z.strictObject({ eventId: RecordId, note: z.string().trim().min(1, 'must not be empty').max(5000) }),
    output: EventAnnotation,
    mutates: true,
  },
  /** Deletes a note on an event (synced like any change); `events.restoreNote` brings it back. */
  'events.deleteNote': { input: NoteId, output: NoteOfEvent, mutates: true },
  /** Brings back a deleted note on an event: the undo of `events.deleteNote`. */
  'events.restoreNote': { input: NoteId, output: NoteOfEvent, mutates: true },
  /** How many events bear on each essay section and paragraph. */
  'essay.eventCounts': { input: z.strictObject({}), output: EssayEventCounts },
})

import type { EventPayload } from '../shared/api/events'
import type { EventName } from '../shared/api/methods'

type Listener = (name: EventName, payload: unknown) => void

/** Fan-out of core events to whichever hosts are listening (IPC windows, SSE streams). */
export function createEventHub() {
  const listeners = new Set<Listener>()
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      for (const listener of listeners) listener(name, payload)
    },
    /** Returns the function that stops listening. */
    subscribe(listener: Listener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export type EventHub = ReturnType<typeof createEventHub>

import type { Db } from './db/types'

/** Record kinds whose rows a materialize call rewrote: a finding, a user event, an alias. */
export type MaterializedKind = 'finding' | 'event' | 'alias'

type Listener = (kind: MaterializedKind, id: string) => void

/**
 * Listeners per open library. Keyed by the database handle so the stores that rebuild rows from
 * ops (local edits and sync imports alike) can announce it without each taking another argument.
 */
const listeners = new WeakMap<Db, Set<Listener>>()

/** Called by a store right after it rewrote (or removed) the rows of one record. */
export function notifyMaterialized(db: Db, kind: MaterializedKind, id: string): void {
  for (const listener of listeners.get(db) ?? []) listener(kind, id)
}

/** Listens for rewritten records of one library; returns the function that stops listening. */
export function onMaterialized(db: Db, listener: Listener): () => void {
  const set = listeners.get(db) ?? new Set<Listener>()
  set.add(listener)
  listeners.set(db, set)
  return () => set.delete(listener)
}

/**
 * The unit of change that every write records and every sync file carries. The state of a
 * record is a pure function of the set of its ops (see merge.ts), so applying the same ops in
 * any order, any number of times, on any laptop gives the same state.
 */
export interface Op {
  /** Hybrid-logical-clock stamp, unique per device and sortable as a string; also the op's id. */
  hlc: string
  /** The device that made the change. */
  device: string
  /** Kind of record, e.g. `finding`, `claim_link`, `alias`. */
  kind: string
  /** The record's UUID. */
  record: string
  /**
   * What the device had seen when it made the change: device -> highest HLC seen from it
   * (including its own earlier ops). It decides which changes an op supersedes and which are
   * concurrent with it.
   */
  seen: Record<string, string>
  change: Change
}

export type Change =
  /** Assign fields (a record's creation assigns all of them at once). */
  | { type: 'set'; values: Record<string, unknown> }
  /** Add an element to a set field; the op's hlc tags this addition. */
  | { type: 'add'; field: string; element: string }
  /** Remove an element: exactly the additions (by hlc) that the remover had seen. */
  | { type: 'remove'; field: string; element: string; removes: string[] }
  | { type: 'delete' }
  | { type: 'restore' }

/** True when `later` was made by a device that had already seen `earlier`. */
export function hasSeen(later: Op, earlier: Op): boolean {
  if (later.hlc === earlier.hlc) return false
  const seen = later.seen[earlier.device]
  return seen !== undefined && seen >= earlier.hlc
}

/** Neither op had seen the other: they were made independently, on different laptops. */
export function areConcurrent(a: Op, b: Op): boolean {
  return !hasSeen(a, b) && !hasSeen(b, a)
}

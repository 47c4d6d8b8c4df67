/** The stack of destructive actions that can be taken back, newest last (no React, no words). */

/** One destructive action that can be taken back: what it did, in words, and how to take it back. */
export interface Undoable {
  /** What was done, e.g. “Moved 2 findings to the Trash”. */
  message: string
  undo(): Promise<unknown>
}

/** How many actions Ctrl/Cmd+Z can still take back. */
const KEPT = 20

let stack: Array<Undoable & { id: number }> = []
let nextId = 1
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())

/** Offers the undo of an action just done: a toast with “Undo”, and Ctrl/Cmd+Z outside text fields. */
export function offerUndo(action: Undoable): void {
  stack = [...stack.slice(-(KEPT - 1)), { ...action, id: nextId++ }]
  emit()
}

/** What became of an undo, for the toast to say in words. */
export type UndoOutcome = { kind: 'nothing' } | { kind: 'undone'; what: string } | { kind: 'failed'; what: string; error: unknown }

let announce: (outcome: UndoOutcome) => void = () => {}

/** Where outcomes are told (the toast); returns the function that stops telling it. */
export function onUndoOutcome(listener: (outcome: UndoOutcome) => void): () => void {
  announce = listener
  return () => {
    announce = () => {}
  }
}

/** Takes back the latest action still on the stack; says what happened. */
export async function undoLatest(): Promise<void> {
  const latest = stack.at(-1)
  if (!latest) {
    announce({ kind: 'nothing' })
    return
  }
  stack = stack.slice(0, -1)
  emit()
  try {
    await latest.undo()
    announce({ kind: 'undone', what: latest.message })
  } catch (error) {
    announce({ kind: 'failed', what: latest.message, error })
  }
}

/** Listens for changes of the stack (for useSyncExternalStore). */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The latest action still on the stack. */
export const latestUndoable = () => stack.at(-1)

/** Work to finish before the desktop window closes: each resolves once its writing is done. */
const pending = new Set<() => Promise<void>>()

/**
 * Registers work to finish before the window closes (a draft's last keystrokes); returns the
 * function that unregisters it. A browser tab gives no such chance beyond `pagehide`, which
 * callers handle themselves.
 */
export function beforeWindowCloses(work: () => Promise<void>): () => void {
  pending.add(work)
  return () => pending.delete(work)
}

/**
 * Runs every registered piece of work, then closes: a failure or a hang of one does not keep
 * the window open (the main process closes it anyway after a few seconds).
 */
export async function finishThenClose(work: Iterable<() => Promise<void>>, close: () => void): Promise<void> {
  await Promise.allSettled([...work].map((w) => w()))
  close()
}

/** Finishes everything registered, then closes (see finishThenClose). */
export function finishPendingThenClose(close: () => void): Promise<void> {
  return finishThenClose(pending, close)
}

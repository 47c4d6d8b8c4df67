import { useSyncExternalStore } from 'react'

/**
 * The documents already cited in the report being written, so "Copy note" gives the full note the
 * first time and the short note after (CMOS 14.29). Kept in the page's local storage, so it
 * survives a reload, until the researcher starts a new report.
 */
const KEY = 'workbench.citedInReport'
const listeners = new Set<() => void>()

function read(): readonly string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}

let cited = read()

function write(next: readonly string[]): void {
  cited = next
  try {
    localStorage.setItem(KEY, JSON.stringify(next))
  } catch {
    // Storage may be full or off; the report still works for this session.
  }
  for (const listener of listeners) listener()
}

export const markCited = (id: string) => {
  if (!cited.includes(id)) write([...cited, id])
}

export const startNewReport = () => write([])

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The ids cited so far in the current report. */
export const useCitedInReport = () => useSyncExternalStore(subscribe, () => cited)

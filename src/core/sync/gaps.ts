import type { Db } from '../db/types'
import { parseStamp } from './stamps'

/** Most stamps a sync file lists as withheld or missing; beyond that a file claims less instead. */
export const MAX_LISTED_STAMPS = 50_000

/**
 * The changes this library lacks although its clock vector covers them: a colleague's file said
 * it withheld them (a finding kept private, or a gap of the colleague's own). They are listed in
 * every file this library writes, so whoever holds them sends them; received, they leave the list.
 */
export function createGaps(db: Db) {
  const insert = db.prepare('INSERT OR IGNORE INTO sync_missing (hlc, device) VALUES (?, ?)')
  const remove = db.prepare('DELETE FROM sync_missing WHERE hlc = ?')
  const selectAll = db.prepare<[number], { hlc: string }>('SELECT hlc FROM sync_missing ORDER BY hlc LIMIT ?')
  const selectBetween = db.prepare<[string, string, string], { hlc: string }>(
    'SELECT hlc FROM sync_missing WHERE device = ? AND hlc > ? AND hlc <= ? ORDER BY hlc',
  )
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sync_missing')
  let empty = count.get()!.n === 0

  return {
    /** Remembers stamps this library lacks; `held` says which it has after all. */
    add(stamps: Iterable<string>, held: (hlc: string) => boolean): void {
      for (const hlc of stamps) {
        const device = parseStamp(hlc)?.device
        if (device === undefined || held(hlc)) continue
        insert.run(hlc, device)
        empty = false
      }
    },
    /** Forgets stamps now held. */
    received(stamps: Iterable<string>): void {
      if (empty) return
      for (const hlc of stamps) remove.run(hlc)
      empty = count.get()!.n === 0
    },
    /** The stamps still lacking, oldest first, at most `limit`. */
    list: (limit = MAX_LISTED_STAMPS): string[] => (empty ? [] : selectAll.all(limit).map((row) => row.hlc)),
    /** The stamps of `device` lacking in (after, upTo]. */
    between: (device: string, after: string, upTo: string): string[] =>
      empty ? [] : selectBetween.all(device, after, upTo).map((row) => row.hlc),
    /** Re-reads whether the list is empty (after a rolled-back import). */
    reload(): void {
      empty = count.get()!.n === 0
    },
  }
}

export type Gaps = ReturnType<typeof createGaps>

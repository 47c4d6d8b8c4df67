import type { Db } from '../db/types'
import { createHlcClock, decodeHlc, encodeHlc, type HlcClock } from './hlc'
import type { Change, Op } from './op'

interface OpRow {
  hlc: string
  device: string
  kind: string
  record: string
  seen: string
  change: string
}

const toOp = (row: OpRow): Op => ({
  hlc: row.hlc,
  device: row.device,
  kind: row.kind,
  record: row.record,
  seen: JSON.parse(row.seen) as Record<string, string>,
  change: JSON.parse(row.change) as Change,
})

/**
 * The change log of this library: local writes append ops stamped by this device's hybrid
 * logical clock; imports add other devices' ops. Callers run it inside their own transaction.
 */
export function createOpStore(db: Db, options: { device: string; wallMs: () => number }) {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO ops (hlc, device, kind, record, seen, change) VALUES (@hlc, @device, @kind, @record, @seen, @change)',
  )
  const raiseSeen = db.prepare(
    `INSERT INTO seen_vector (device, hlc) VALUES (?, ?)
     ON CONFLICT (device) DO UPDATE SET hlc = excluded.hlc WHERE excluded.hlc > seen_vector.hlc`,
  )
  const selectRecord = db.prepare<[string, string], OpRow>('SELECT * FROM ops WHERE kind = ? AND record = ? ORDER BY hlc')
  const selectAfter = db.prepare<[string, string], OpRow>('SELECT * FROM ops WHERE device = ? AND hlc > ? ORDER BY hlc')
  const selectOne = db.prepare<[string], unknown>('SELECT 1 FROM ops WHERE hlc = ?')
  const selectVector = db.prepare<[], { device: string; hlc: string }>('SELECT device, hlc FROM seen_vector')

  const seen: Record<string, string> = {}
  /** Re-reads the vector, e.g. after a cancelled import rolled back ops received in memory. */
  const reload = (): void => {
    for (const device of Object.keys(seen)) delete seen[device]
    for (const row of selectVector.all()) seen[row.device] = row.hlc
  }
  reload()
  const own = seen[options.device]
  const clock: HlcClock = createHlcClock({ device: options.device, wallMs: options.wallMs, last: own ? decodeHlc(own) : undefined })

  function store(op: Op): boolean {
    const inserted = insert.run({ ...op, seen: JSON.stringify(op.seen), change: JSON.stringify(op.change) }).changes > 0
    if (inserted) {
      raiseSeen.run(op.device, op.hlc)
      if ((seen[op.device] ?? '') < op.hlc) seen[op.device] = op.hlc
    }
    return inserted
  }

  return {
    device: options.device,

    /** Records a local change; its `seen` is everything this library holds. */
    append(kind: string, record: string, change: Change): Op {
      const op: Op = { hlc: encodeHlc(clock.now()), device: options.device, kind, record, seen: { ...seen }, change }
      store(op)
      return op
    },

    /** Adds ops from another library; returns those that were new here. */
    receive(ops: readonly Op[]): Op[] {
      const fresh = ops.filter(store)
      const latest = fresh.reduce<string | undefined>((max, op) => (max === undefined || op.hlc > max ? op.hlc : max), undefined)
      if (latest) clock.receive(decodeHlc(latest))
      return fresh
    },

    opsOf(kind: string, record: string): Op[] {
      return selectRecord.all(kind, record).map(toOp)
    },

    /** Every op newer than `since` (device -> clock), e.g. what a colleague has not seen. */
    opsSince(since: Record<string, string>): Op[] {
      return Object.keys(seen).flatMap((device) => selectAfter.all(device, since[device] ?? '').map(toOp))
    },

    reload,

    /** True when this library already holds the op. */
    has(hlc: string): boolean {
      return selectOne.get(hlc) !== undefined
    },

    /** Device -> latest clock held here: what this library has seen. */
    seenVector(): Record<string, string> {
      return { ...seen }
    },
  }
}

export type OpStore = ReturnType<typeof createOpStore>

import type { Clock } from '../clock'
import type { Db } from '../db/types'
import type { Vector } from './teamStore'

/** What a member's latest file says it holds. */
export interface MemberAck {
  member: string
  seq: number
  seen: Vector
  missing: string[]
  created_at: string
}

/** A snapshot file as read: the range it covers. */
export interface SnapshotRow {
  path: string
  member: string
  size: number
  mtime_ms: number
  seen: Vector
  withheld: string[]
  created_at: string
  state: 'read' | 'imported' | 'refused'
  reason: string | null
}

/** An own per-change file still in the folder, with what it carries. */
export interface OwnFileRange {
  seq: number
  file: string
  since: Vector
  seen: Vector
  withheld: string[]
}

/** What this library remembers for snapshots and pruning (tables of migration 0900). */
export function createCompactionStore(db: Db, clock: Clock) {
  const now = () => clock.now().toISOString()
  const json = <T>(text: string | null, fallback: T): T => (text === null ? fallback : (JSON.parse(text) as T))
  return {
    ack(ack: MemberAck): void {
      db.prepare(
        `INSERT INTO team_acks (member, seq, seen, missing, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (member) DO UPDATE SET seq = excluded.seq, seen = excluded.seen, missing = excluded.missing, created_at = excluded.created_at
         WHERE excluded.seq >= team_acks.seq`,
      ).run(ack.member, ack.seq, JSON.stringify(ack.seen), JSON.stringify(ack.missing), ack.created_at)
    },
    acks: (): MemberAck[] =>
      db
        .prepare<[], { member: string; seq: number; seen: string; missing: string; created_at: string }>('SELECT * FROM team_acks ORDER BY member')
        .all()
        .map((row) => ({ ...row, seen: json(row.seen, {}), missing: json(row.missing, []) })),

    snapshot: (path: string): SnapshotRow | undefined => {
      const row = db.prepare<[string], Omit<SnapshotRow, 'seen' | 'withheld'> & { seen: string | null; withheld: string | null }>('SELECT * FROM team_snapshots WHERE path = ?').get(path)
      return row ? { ...row, seen: json(row.seen, {}), withheld: json(row.withheld, []) } : undefined
    },
    recordSnapshot(row: Omit<SnapshotRow, 'at'>): void {
      db.prepare(
        `INSERT OR REPLACE INTO team_snapshots (path, member, size, mtime_ms, seen, withheld, created_at, state, reason, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(row.path, row.member, row.size, row.mtime_ms, JSON.stringify(row.seen), JSON.stringify(row.withheld), row.created_at, row.state, row.reason, now())
    },
    forgetSnapshot: (path: string): void => void db.prepare('DELETE FROM team_snapshots WHERE path = ?').run(path),

    /** Own per-change files not pruned and not replaced, oldest first. */
    ownFiles: (): OwnFileRange[] =>
      db
        .prepare<[], { seq: number; file: string; since: string; seen: string; withheld: string }>(
          'SELECT seq, file, since, seen, withheld FROM team_writes WHERE rewritten = 0 AND pruned = 0 ORDER BY seq',
        )
        .all()
        .map((row) => ({ ...row, since: json(row.since, {}), seen: json(row.seen, {}), withheld: json(row.withheld, []) })),
    /** Every stamp any of this device's files left out (pruned and replaced files too): changes no file of its carried. */
    withheldEver(): Set<string> {
      const rows = db.prepare<[], { withheld: string }>('SELECT withheld FROM team_writes').all()
      return new Set(rows.flatMap((row) => json<string[]>(row.withheld, [])))
    },
    setWithheld: (seq: number, withheld: readonly string[]): void =>
      void db.prepare('UPDATE team_writes SET withheld = ? WHERE seq = ?').run(JSON.stringify(withheld), seq),
    pruned: (seq: number): void => void db.prepare('UPDATE team_writes SET pruned = 1 WHERE seq = ?').run(seq),
    prunedCount: (): number => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM team_writes WHERE pruned = 1').get()?.n ?? 0,
    /** How many changes this library holds past what a snapshot covers: what a new snapshot would add. */
    changesPast(seen: Vector): number {
      const count = db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM ops WHERE device = ? AND hlc > ?')
      const devices = db.prepare<[], { device: string }>('SELECT DISTINCT device FROM ops').all()
      return devices.reduce((sum, { device }) => sum + (count.get(device, seen[device] ?? '')?.n ?? 0), 0)
    },
    clear(): void {
      db.exec('DELETE FROM team_acks; DELETE FROM team_snapshots')
    },
  }
}

export type CompactionStore = ReturnType<typeof createCompactionStore>

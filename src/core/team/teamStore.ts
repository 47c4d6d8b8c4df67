import type { TeamFileRefusal } from '../../shared/model/team'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import { TEAM_PEER_ID } from '../sync/peers'

export type Vector = Record<string, string>

export interface TeamFolderRow {
  dir: string
  name: string
  joined_at: string
  last_sync_at: string | null
}

export interface OwnWrite {
  seq: number
  file: string
  since: Vector
  seen: Vector
  at: string
  /** Its size when written; null for files written before sizes were kept. */
  size: number | null
}

export type TeamFileState = 'imported' | 'duplicate' | 'incomplete' | 'waiting' | 'refused'

export interface TeamFileRow {
  path: string
  member: string
  seq: number
  size: number
  mtime_ms: number
  sha256: string | null
  state: TeamFileState
  reason: string | null
  /** Why it was refused, for the screen's words (null unless refused). */
  why: TeamFileRefusal | null
  sender_name: string | null
  at: string
}

/** What this library remembers of its team folder (tables of migration 0600). */
export function createTeamStore(db: Db, clock: Clock) {
  const now = () => clock.now().toISOString()
  const selectFolder = db.prepare<[], TeamFolderRow>('SELECT dir, name, joined_at, last_sync_at FROM team_folder WHERE id = 1')
  const selectWrites = db.prepare<[], { seq: number; file: string; since: string; seen: string; at: string; size: number | null }>(
    'SELECT seq, file, since, seen, at, size FROM team_writes WHERE rewritten = 0 AND pruned = 0 ORDER BY seq',
  )
  const selectFile = db.prepare<[string], TeamFileRow>('SELECT * FROM team_files WHERE path = ?')
  const selectImportedHash = db.prepare<[string], { path: string }>(
    "SELECT path FROM team_files WHERE sha256 = ? AND state = 'imported' LIMIT 1",
  )
  const upsertFile = db.prepare(
    `INSERT INTO team_files (path, member, seq, size, mtime_ms, sha256, state, reason, why, sender_name, at)
     VALUES (@path, @member, @seq, @size, @mtime_ms, @sha256, @state, @reason, @why, @sender_name, @at)
     ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, sha256 = excluded.sha256,
       state = excluded.state, reason = excluded.reason, why = excluded.why, sender_name = coalesce(excluded.sender_name, team_files.sender_name), at = excluded.at`,
  )
  const setPeerAcked = db.prepare(
    `INSERT INTO sync_peers (device_id, name, acked, wants) VALUES (?, ?, ?, ?)
     ON CONFLICT (device_id) DO UPDATE SET name = excluded.name, acked = excluded.acked, wants = excluded.wants`,
  )

  return {
    folder: (): TeamFolderRow | undefined => selectFolder.get(),

    join(dir: string, name: string): void {
      db.transaction(() => {
        db.prepare('INSERT OR REPLACE INTO team_folder (id, dir, name, joined_at) VALUES (1, ?, ?, ?)').run(dir, name, now())
      })()
    },

    /** Forgets the folder and what was read from it; the library's records stay as they are. */
    leave(): void {
      db.transaction(() => {
        for (const table of ['team_folder', 'team_writes', 'team_files']) db.exec(`DELETE FROM ${table}`)
        db.prepare('DELETE FROM sync_peers WHERE device_id = ?').run(TEAM_PEER_ID)
      })()
    },

    /**
     * The team passphrase changed: this device's next file carries all its changes again (under
     * the new key), and files refused before are looked at again.
     */
    rekeyed(): void {
      db.transaction(() => {
        db.exec('UPDATE team_writes SET rewritten = 1')
        db.exec("DELETE FROM team_files WHERE state = 'refused'")
      })()
    },

    synced(): void {
      db.prepare('UPDATE team_folder SET last_sync_at = ? WHERE id = 1').run(now())
    },

    /** This device's files still standing for their changes (a lost one is replaced by a later one). */
    writes: (): OwnWrite[] =>
      selectWrites.all().map((row) => ({ ...row, since: JSON.parse(row.since) as Vector, seen: JSON.parse(row.seen) as Vector })),

    lastSeq: (): number => (db.prepare<[], { seq: number | null }>('SELECT max(seq) AS seq FROM team_writes').get()?.seq ?? 0),

    wrote(write: Omit<OwnWrite, 'at'> & { sha256: string; changes: number }, replaced: readonly number[]): void {
      db.transaction(() => {
        db.prepare('INSERT INTO team_writes (seq, file, since, seen, sha256, changes, at, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
          write.seq,
          write.file,
          JSON.stringify(write.since),
          JSON.stringify(write.seen),
          write.sha256,
          write.changes,
          now(),
          write.size,
        )
        const mark = db.prepare('UPDATE team_writes SET rewritten = 1 WHERE seq = ?')
        for (const seq of replaced) mark.run(seq)
      })()
    },

    /** Points the team's export at `acked`: the next team file carries every change past it, and the `wanted` ones held here. */
    exportFrom(teamName: string, acked: Vector, wanted: readonly string[] = []): void {
      setPeerAcked.run(TEAM_PEER_ID, `Team folder “${teamName}”`, JSON.stringify(acked), JSON.stringify(wanted))
    },

    file: (path: string): TeamFileRow | undefined => selectFile.get(path),
    importedWithHash: (sha256: string): string | undefined => selectImportedHash.get(sha256)?.path,
    record(row: Omit<TeamFileRow, 'at' | 'why'> & { why?: TeamFileRefusal }): void {
      upsertFile.run({ ...row, why: row.why ?? null, at: now() })
    },
    /**
     * Forgets the files not imported (waiting, being copied, refused) that are no longer in the
     * folder: a file lost or replaced by its writer waits for nothing and is refused no more.
     * Imported ones stay: their hashes recognise a later conflicted copy.
     */
    forgetGone(present: ReadonlySet<string>): void {
      const rows = db.prepare<[], { path: string }>("SELECT path FROM team_files WHERE state IN ('waiting', 'incomplete', 'refused')").all()
      const forget = db.prepare('DELETE FROM team_files WHERE path = ?')
      db.transaction(() => {
        for (const { path } of rows) if (!present.has(path)) forget.run(path)
      })()
    },
    files: (): TeamFileRow[] => db.prepare<[], TeamFileRow>('SELECT * FROM team_files ORDER BY member, seq, path').all(),

    /** This device's changes newer than `hlc`: what its next team file will carry. */
    ownChangesAfter: (device: string, hlc: string): number =>
      db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM ops WHERE device = ? AND hlc > ?').get(device, hlc)?.n ?? 0,

    seenVector: (): Vector =>
      Object.fromEntries(db.prepare<[], { device: string; hlc: string }>('SELECT device, hlc FROM seen_vector').all().map((r) => [r.device, r.hlc])),
  }
}

export type TeamStore = ReturnType<typeof createTeamStore>

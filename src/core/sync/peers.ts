import { AppError } from '../../shared/api/errors'
import { SyncLogDetail, type Peer, type SyncLogEntry } from '../../shared/model/sync'
import type { Clock } from '../clock'
import type { Db } from '../db/types'

/** What this library knows of one colleague: who, and what they hold (from their last file). */
export interface KnownPeer {
  deviceId: string
  name: string
  acked: Record<string, string>
  /** Changes their last file said they lack. */
  wants: string[]
}

/** What a colleague's file says about them. */
export interface PeerClaim {
  deviceId: string
  name: string
  /** Their device epoch (raised when their library is restored); undefined in files of format 1. */
  epoch: number | undefined
  seen: Record<string, string>
  missing: readonly string[]
}

/**
 * The sync_peers row through which the team folder's files are exported (core/team):
 * `sync.export` for it sends what is past its `acked`, so moving `acked` chooses what the next
 * team file carries. It is no colleague, so the list of colleagues leaves it out.
 */
export const TEAM_PEER_ID = 'team-folder'

interface PeerRow {
  device_id: string
  name: string
  acked: string
  wants: string
  epoch: number | null
  last_received_at: string | null
}

/**
 * The colleagues this library exchanges files with. A colleague is known by device id once a
 * file from them has been imported; `export --for` finds them by device id (or a unique start
 * of it), or by name when only one colleague has it.
 */
export function createPeers(db: Db, clock: Clock, self: { deviceId: string; issued: () => string | undefined; heldUpTo: (device: string) => string | undefined }) {
  const selectAll = db.prepare<[], PeerRow>('SELECT device_id, name, acked, wants, epoch, last_received_at FROM sync_peers ORDER BY name, device_id')
  const selectOne = db.prepare<[string], PeerRow>('SELECT device_id, name, acked, wants, epoch, last_received_at FROM sync_peers WHERE device_id = ?')
  const upsertReceived = db.prepare(
    `INSERT INTO sync_peers (device_id, name, acked, wants, epoch, last_received_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (device_id) DO UPDATE SET name = excluded.name, acked = excluded.acked, wants = excluded.wants,
       epoch = excluded.epoch, last_received_at = excluded.last_received_at`,
  )
  const markSent = db.prepare('UPDATE sync_peers SET last_sent_at = ? WHERE device_id = ?')
  const insertLog = db.prepare("INSERT INTO sync_log (at, direction, peer, summary, detail) VALUES (?, ?, ?, '', ?)")
  const selectPeers = db.prepare<[string], Peer>('SELECT device_id, name, last_sent_at, last_received_at FROM sync_peers WHERE device_id <> ? ORDER BY name, device_id')
  const selectLog = db.prepare<[number], Omit<SyncLogEntry, 'detail'> & { detail: string | null }>('SELECT at, direction, peer, summary, detail FROM sync_log ORDER BY id DESC LIMIT ?')

  const known = (row: PeerRow): KnownPeer => ({
    deviceId: row.device_id,
    name: row.name,
    acked: JSON.parse(row.acked) as Record<string, string>,
    wants: JSON.parse(row.wants) as string[],
  })

  /**
   * A colleague by device id, a unique start of one (8 characters or more), or a unique name;
   * undefined for someone not known yet (their first file then carries everything). Several
   * colleagues with the name (the default `user@computer` is often shared) are refused, listed.
   */
  function find(key: string): KnownPeer | undefined {
    const rows = selectAll.all()
    const exact = rows.find((row) => row.device_id === key)
    if (exact) return known(exact)
    const byPrefix = key.length >= 8 ? rows.filter((row) => row.device_id.startsWith(key)) : []
    const byName = rows.filter((row) => row.name.localeCompare(key, undefined, { sensitivity: 'accent' }) === 0)
    const matches = byPrefix.length > 0 ? byPrefix : byName
    if (matches.length > 1) {
      throw new AppError(
        'input.invalid',
        `${matches.length} colleagues are called "${key}": ${matches.map(describe).join('; ')}. Choose one by its device id.`,
        'for',
        { reason: 'sync.ambiguousColleague', values: { name: key, count: matches.length } },
      )
    }
    return matches[0] && known(matches[0])
  }

  return {
    find,
    /**
     * Remembers what a colleague holds, from the file of theirs just imported. Their latest file
     * replaces what an earlier one said, so a wrong claim (a crafted or damaged file) lasts only
     * until their next file. Which file is latest: a higher device epoch (their library was
     * restored), else the later stamp of their own; an older file imported late changes nothing.
     * Claims are believed only up to changes that exist as far as this library knows: nobody
     * holds more of this laptop's changes than it issued, and a claim past every change held
     * here would keep later ones from being sent (a resend costs a little; a skipped change is lost).
     */
    received(claim: PeerClaim): void {
      const row = selectOne.get(claim.deviceId)
      const stored = row?.epoch ?? undefined
      const acked = new Map<string, string>()
      for (const [device, claimed] of Object.entries(claim.seen)) {
        const exists = device === self.deviceId ? self.issued() : self.heldUpTo(device)
        if (exists !== undefined) acked.set(device, claimed <= exists ? claimed : exists)
      }
      if (row && claim.epoch !== undefined && stored !== undefined && claim.epoch < stored) return
      const sameEpoch = claim.epoch === undefined || stored === undefined || claim.epoch === stored
      const before = row ? (known(row).acked[claim.deviceId] ?? '') : ''
      if (row && sameEpoch && (acked.get(claim.deviceId) ?? '') < before) return
      const epoch = claim.epoch ?? stored ?? null
      upsertReceived.run(claim.deviceId, claim.name, JSON.stringify(Object.fromEntries(acked)), JSON.stringify(claim.missing), epoch, clock.now().toISOString())
    },
    sent(deviceId: string): void {
      markSent.run(clock.now().toISOString(), deviceId)
    },
    log(direction: SyncLogEntry['direction'], peer: string | null, detail: SyncLogDetail): void {
      insertLog.run(clock.now().toISOString(), direction, peer, JSON.stringify(detail))
    },
    list: (): Peer[] => selectPeers.all(TEAM_PEER_ID),
    history: (limit = 100): SyncLogEntry[] => selectLog.all(limit).map((row) => ({ ...row, detail: logDetail(row.detail) })),
  }
}

function describe(row: PeerRow): string {
  const last = row.last_received_at ? `, last file ${row.last_received_at.slice(0, 10)}` : ''
  return `${row.name} (device ${row.device_id}${last})`
}

export type Peers = ReturnType<typeof createPeers>

/** An entry's detail as stored, or null for an entry from before it was kept (its sentence stands) or one this version cannot read. */
function logDetail(stored: string | null): SyncLogDetail | null {
  if (stored === null) return null
  try {
    const parsed = SyncLogDetail.safeParse(JSON.parse(stored))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

import type { Peer, SyncLogEntry } from '../../shared/model/sync'
import type { Clock } from '../clock'
import type { Db } from '../db/types'

/**
 * The colleagues this library exchanges files with. A colleague is known by device id once a
 * file from them has been imported; `export --for NAME` finds them by name.
 */
export function createPeers(db: Db, clock: Clock) {
  const byName = db.prepare<[string, string], { device_id: string; acked: string }>(
    'SELECT device_id, acked FROM sync_peers WHERE name = ? COLLATE NOCASE OR device_id = ? ORDER BY last_received_at DESC LIMIT 1',
  )
  const upsertReceived = db.prepare(
    `INSERT INTO sync_peers (device_id, name, acked, last_received_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (device_id) DO UPDATE SET name = excluded.name, acked = excluded.acked, last_received_at = excluded.last_received_at`,
  )
  const selectAcked = db.prepare<[string], { acked: string }>('SELECT acked FROM sync_peers WHERE device_id = ?')
  const markSent = db.prepare('UPDATE sync_peers SET last_sent_at = ? WHERE device_id = ?')
  const insertLog = db.prepare('INSERT INTO sync_log (at, direction, peer, summary) VALUES (?, ?, ?, ?)')
  const selectPeers = db.prepare<[], Peer>('SELECT device_id, name, last_sent_at, last_received_at FROM sync_peers ORDER BY name')
  const selectLog = db.prepare<[number], SyncLogEntry>('SELECT at, direction, peer, summary FROM sync_log ORDER BY id DESC LIMIT ?')

  return {
    /** What the named colleague is known to have (from their last file), or undefined if unknown. */
    find(name: string): { deviceId: string; acked: Record<string, string> } | undefined {
      const row = byName.get(name, name)
      return row && { deviceId: row.device_id, acked: JSON.parse(row.acked) as Record<string, string> }
    },
    /** Remembers what a colleague had seen when they wrote the file we just imported. */
    received(deviceId: string, name: string, seen: Record<string, string>): void {
      const previous = JSON.parse(selectAcked.get(deviceId)?.acked ?? '{}') as Record<string, string>
      const acked = { ...previous }
      for (const [device, hlc] of Object.entries(seen)) if ((acked[device] ?? '') < hlc) acked[device] = hlc
      upsertReceived.run(deviceId, name, JSON.stringify(acked), clock.now().toISOString())
    },
    sent(deviceId: string): void {
      markSent.run(clock.now().toISOString(), deviceId)
    },
    log(direction: SyncLogEntry['direction'], peer: string | null, summary: string): void {
      insertLog.run(clock.now().toISOString(), direction, peer, summary)
    },
    list: (): Peer[] => selectPeers.all(),
    history: (limit = 100): SyncLogEntry[] => selectLog.all(limit),
  }
}

export type Peers = ReturnType<typeof createPeers>

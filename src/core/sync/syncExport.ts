import { existsSync, readFileSync } from 'node:fs'
import { attachmentPath } from '../attachments/attachmentStore'
import type { Db } from '../db/types'
import type { Identity } from '../identity'
import type { Clock } from '../clock'
import { FINDING_STUB_KIND } from '../findings/findingKind'
import type { Op } from './op'
import type { OpStore } from './opStore'
import type { Peers } from './peers'
import { writeSyncFile } from './file/syncFile'

/** The bytes of every attachment the exported ops link, when this library holds them. */
function attachmentsOf(dataDir: string, ops: readonly Op[]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>()
  for (const op of ops) {
    if (op.change.type !== 'add' || op.change.field !== 'attachments') continue
    const sha256 = op.change.element.slice(0, 64)
    const path = attachmentPath(dataDir, sha256)
    if (!files.has(sha256) && existsSync(path)) files.set(sha256, readFileSync(path))
  }
  return files
}

export interface ExportContext {
  dataDir: string
  db: Db
  ops: OpStore
  identity: Identity
  clock: Clock
  peers: Peers
  appVersion: string
}

export interface ExportedFile {
  bytes: Buffer
  changes: number
  withheld: number
  recipient?: string
}

/**
 * Writes a sync file of everything, or of what the named colleague has not seen yet (their last
 * file told us what they had). Findings marked do_not_share leave only a stub (id, repository,
 * reference key) so duplicates can still be detected (archival-model §4).
 */
export function exportSyncFile(ctx: ExportContext, options: { forName?: string; passphrase?: string } = {}): ExportedFile {
  const peer = options.forName ? ctx.peers.find(options.forName) : undefined
  const since = peer?.acked ?? {}
  const privateIds = new Set(
    ctx.db
      .prepare<[], { id: string }>(
        "SELECT id FROM findings WHERE EXISTS (SELECT 1 FROM json_each(findings.data, '$.rights') WHERE value = 'do_not_share')",
      )
      .all()
      .map((row) => row.id),
  )
  const all = ctx.ops.opsSince(since)
  const shared = all.filter((op) => !(op.kind === 'finding' && privateIds.has(op.record)))
  const stubs = [...privateIds].map((id) => stubOp(ctx.db, ctx.ops, id)).filter((op): op is Op => op !== undefined)
  const bytes = writeSyncFile(
    {
      appVersion: ctx.appVersion,
      sender: { deviceId: ctx.identity.deviceId, deviceName: ctx.identity.deviceName },
      ...(options.forName ? { recipient: options.forName } : {}),
      createdAt: ctx.clock.now().toISOString(),
      seen: ctx.ops.seenVector(),
      since,
    },
    [...shared, ...stubs],
    attachmentsOf(ctx.dataDir, shared),
    options.passphrase,
  )
  const withheld = all.length - shared.length
  if (peer) ctx.peers.sent(peer.deviceId)
  ctx.peers.log('export', options.forName ?? null, `${shared.length} changes exported; ${privateIds.size} private findings sent as stubs`)
  return { bytes, changes: shared.length, withheld, ...(options.forName ? { recipient: options.forName } : {}) }
}

function stubOp(db: Db, ops: OpStore, id: string): Op | undefined {
  const row = db.prepare<[string], { repository_id: string; document_id: string; data: string }>(
    'SELECT repository_id, document_id, data FROM findings WHERE id = ?',
  ).get(id)
  const latest = ops.opsOf('finding', id).at(-1)
  if (!row || !latest) return undefined
  const { reference_key } = JSON.parse(row.data) as { reference_key: string }
  return {
    hlc: `${latest.hlc}:stub`,
    device: latest.device,
    kind: FINDING_STUB_KIND,
    record: `${id}:stub`,
    seen: {},
    change: { type: 'set', values: { repository_id: row.repository_id, reference_key, document_id: row.document_id } },
  }
}

import { existsSync, readFileSync } from 'node:fs'
import { attachmentPath } from '../attachments/attachmentStore'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import { rememberIssued } from '../device/deviceFile'
import type { Identity } from '../identity'
import { MAX_LISTED_STAMPS } from './gaps'
import type { KindRegistry } from './kinds'
import type { Op } from './op'
import type { OpStore } from './opStore'
import { TEAM_PEER_ID, type KnownPeer, type Peers } from './peers'
import { writeSyncFile } from './file/syncFile'
import { parseStamp } from './stamps'

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
  kinds: KindRegistry
  appVersion: string
}

export interface ExportRequest {
  /**
   * The colleague the file is for (device id, its start, or a unique name); everything when
   * absent or when nobody by that name or id is known yet (a first exchange).
   */
  for?: string
  passphrase?: string
}

export interface ExportedFile {
  bytes: Buffer
  changes: number
  /** Changes left out because their records are kept private here. */
  withheld: number
  recipient?: { deviceId: string; name: string }
}

/**
 * Writes a sync file of everything, or of what one colleague lacks: the changes past what their
 * last file said they hold, and the changes they said they are missing. Records kept private
 * here (a finding marked do_not_share) leave only a stub; their changes are listed as withheld,
 * by stamp, so nobody believes they hold them, and whoever later may share them sends them.
 */
export function exportSyncFile(ctx: ExportContext, request: ExportRequest = {}): ExportedFile {
  const peer = request.for === undefined ? undefined : ctx.peers.find(request.for)
  const since = peer?.acked ?? {}
  const candidates = unique([...ctx.ops.opsSince(since), ...wholeRecords(ctx.ops, ctx.ops.opsAt(peer?.wants ?? []))])
  const { shared, kept, stubs } = separatePrivate(ctx.kinds, candidates)
  const seen = ctx.ops.seenVector()
  const claims = coverageClaims(ctx.ops, since, seen, kept)
  const bytes = writeSyncFile(
    {
      appVersion: ctx.appVersion,
      sender: { deviceId: ctx.identity.deviceId, deviceName: ctx.identity.deviceName, epoch: ctx.identity.epoch },
      ...(request.for !== undefined ? { recipient: peer?.name ?? request.for } : {}),
      createdAt: ctx.clock.now().toISOString(),
      seen: claims.seen,
      since,
      withheld: claims.withheld,
      missing: ctx.ops.missing(),
    },
    unique([...shared, ...stubs]),
    attachmentsOf(ctx.dataDir, shared),
    request.passphrase,
  )
  // The stamps in the file have left this laptop: a restore must never issue them again.
  rememberIssued(ctx.dataDir, ctx.identity.deviceId, ctx.ops.latestOwn(), ctx.identity.epoch)
  if (peer) ctx.peers.sent(peer.deviceId)
  // The team folder exports at every sync, mostly with nothing to write: its files are listed in the Team panel, not in the exchange log.
  if (peer?.deviceId !== TEAM_PEER_ID) ctx.peers.log('export', peer?.name ?? request.for ?? null, { kind: 'exported', changes: shared.length, privateStubs: stubs.length })
  return { bytes, changes: shared.length, withheld: kept.length, ...(peer ? { recipient: recipientOf(peer) } : {}) }
}

/**
 * The whole history of each record a colleague said it lacks a change of: a colleague that lacks
 * one change of a record may lack the change that created it (see PartialRecordRefusal), and
 * a record's history is the unit of the merge.
 */
function wholeRecords(ops: OpStore, wanted: readonly Op[]): Op[] {
  const records = new Map(wanted.map((op) => [`${op.kind}\u0000${op.record}`, op]))
  return [...records.values()].flatMap((op) => ops.opsOf(op.kind, op.record))
}

const recipientOf = (peer: KnownPeer) => ({ deviceId: peer.deviceId, name: peer.name })

function unique(ops: Op[]): Op[] {
  const byStamp = new Map(ops.map((op) => [op.hlc, op]))
  return [...byStamp.values()]
}

/** Splits the candidates into what may leave this laptop and what stays, with a stub per private record. */
function separatePrivate(kinds: KindRegistry, candidates: readonly Op[]) {
  const privateIds = new Map<string, Set<string>>()
  const stubs: Op[] = []
  for (const kind of kinds.all()) {
    if (!kind.privacy) continue
    const ids = kind.privacy.privateRecords()
    privateIds.set(kind.name, ids)
    for (const id of ids) {
      const stub = kind.privacy.stub(id)
      if (stub) stubs.push(stub)
    }
  }
  const isPrivate = (op: Op) => privateIds.get(op.kind)?.has(op.record) === true
  return { shared: candidates.filter((op) => !isPrivate(op)), kept: candidates.filter(isPrivate), stubs }
}

/**
 * What the file claims to cover: everything in (since, seen] of each device except the listed
 * stamps, which it withholds (private here) or lacks itself (missing here). A device whose
 * stamps do not fit in the list is claimed no further than `since` (it then costs a resend,
 * never a lost change).
 */
function coverageClaims(ops: OpStore, since: Record<string, string>, seen: Record<string, string>, kept: readonly Op[]) {
  const after = (device: string) => (Object.hasOwn(since, device) ? since[device]! : '')
  const inRange = kept.map((op) => op.hlc).filter((hlc) => {
    const device = parseStamp(hlc)?.device ?? ''
    return hlc > after(device) && hlc <= (seen[device] ?? '')
  })
  const lacking = Object.entries(seen).flatMap(([device, upTo]) => ops.missingBetween(device, after(device), upTo))
  const all = [...new Set([...inRange, ...lacking])].sort()
  const withheld = all.slice(0, MAX_LISTED_STAMPS)
  const claims = new Map(Object.entries(seen))
  for (const hlc of all.slice(MAX_LISTED_STAMPS)) {
    const device = parseStamp(hlc)!.device
    if (Object.hasOwn(since, device)) claims.set(device, since[device]!)
    else claims.delete(device)
  }
  return { seen: Object.fromEntries(claims), withheld }
}

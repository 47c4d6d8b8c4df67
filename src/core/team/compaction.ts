import { isAppError } from '../../shared/api/errors'
import type { TeamStatus } from '../../shared/model/team'
import { readSyncFile } from '../sync/file/syncFile'
import { parseStamp } from '../sync/stamps'
import type { CompactionStore, MemberAck, OwnFileRange, SnapshotRow } from './compactionStore'
import { deleteOwn, hasLeft, readFolderFile, snapshotsIn, writeOwnSnapshot, type FolderSnapshot } from './teamFolder'
import { isLocked } from './teamPassphrase'
import type { TeamSyncDeps } from './teamSync'
import type { Vector } from './teamStore'

/** When a member writes a snapshot by itself: this many changes past the newest one, or that one this old. */
export const SNAPSHOT_AFTER_CHANGES = 5_000
export const SNAPSHOT_AFTER_MS = 7 * 24 * 3600_000
/** A member whose latest file is older than this no longer holds back pruning (it catches up from a snapshot). */
export const SILENT_AFTER_MS = 30 * 24 * 3600_000

/** The part of a sync file's range that matters for coverage. */
interface Range {
  since?: Vector
  seen: Vector
  withheld: readonly string[]
}

/**
 * Whether `a` carries every change `b` carries: its vector reaches as far for every device, and
 * it leaves out (withholds) nothing in `b`'s range that `b` carried.
 */
export function covers(a: Range, b: Range): boolean {
  for (const [device, hlc] of Object.entries(b.seen)) if ((a.seen[device] ?? '') < hlc) return false
  const leftOutByB = new Set(b.withheld)
  return a.withheld.every((hlc) => {
    const device = parseStamp(hlc)?.device ?? ''
    const inRange = hlc > (b.since?.[device] ?? '') && hlc <= (b.seen[device] ?? '')
    return !inRange || leftOutByB.has(hlc)
  })
}

const heldCovers = (held: Vector, snapshot: Range) => Object.entries(snapshot.seen).every(([device, hlc]) => (held[device] ?? '') >= hlc)

/** Reads each snapshot in the folder once, remembering the range it covers; returns those usable. */
export function readSnapshots(deps: TeamSyncDeps, compaction: CompactionStore, dir: string, passphrase: string | undefined): (SnapshotRow & FolderSnapshot)[] {
  const usable: (SnapshotRow & FolderSnapshot)[] = []
  for (const file of snapshotsIn(dir)) {
    let row = compaction.snapshot(file.path)
    if (!row || row.size !== file.size || row.mtime_ms !== file.mtimeMs) {
      const base = { path: file.path, member: file.member, size: file.size, mtime_ms: file.mtimeMs }
      try {
        const { manifest } = readSyncFile(readFolderFile(dir, file).bytes, passphrase === undefined ? {} : { passphrase })
        row = { ...base, seen: manifest.seen, withheld: manifest.withheld ?? [], created_at: manifest.createdAt, state: row?.state === 'imported' ? 'imported' : 'read', reason: null }
      } catch (error) {
        if (isLocked(error) || !isAppError(error)) continue // the passphrase check of the sync speaks for it
        row = { ...base, seen: {}, withheld: [], created_at: '', state: 'refused', reason: error.message }
      }
      compaction.recordSnapshot(row)
    }
    if (row.state !== 'refused') usable.push({ ...row, ...file })
  }
  return usable
}

/**
 * Imports the snapshots that hold changes this library lacks (a late joiner, or a member back
 * after the files it missed were pruned): each is an ordinary sync file of everything its writer
 * held, so importing it is a union, whatever else arrived before or after.
 */
export async function importSnapshots(deps: TeamSyncDeps, compaction: CompactionStore, dir: string, snapshots: readonly (SnapshotRow & FolderSnapshot)[], passphrase: string | undefined): Promise<number> {
  let imported = 0
  const newestFirst = [...snapshots].sort((a, b) => (a.created_at < b.created_at ? 1 : -1))
  for (const snapshot of newestFirst) {
    if (snapshot.member === deps.identity.deviceId || heldCovers(deps.store.seenVector(), snapshot)) continue
    const { bytes } = readFolderFile(dir, snapshot)
    try {
      await deps.sync()['sync.import']({ file_base64: bytes.toString('base64'), ...(passphrase === undefined ? {} : { passphrase }) })
      compaction.recordSnapshot({ ...snapshot, state: 'imported' })
      imported++
    } catch (error) {
      if (!isAppError(error) || !error.code.startsWith('sync.')) throw error
      compaction.recordSnapshot({ ...snapshot, state: 'refused', reason: error.message })
    }
  }
  return imported
}

/** Whether this device should write a snapshot now: asked to, or enough has happened since the newest one. */
export function snapshotDue(deps: TeamSyncDeps, compaction: CompactionStore, snapshots: readonly SnapshotRow[], force: boolean): boolean {
  const newest = snapshots.reduce<SnapshotRow | undefined>((best, s) => (!best || covers(s, best) ? s : best), undefined)
  const past = compaction.changesPast(newest?.seen ?? {})
  if (past === 0) return false
  if (force || past >= SNAPSHOT_AFTER_CHANGES) return true
  // No snapshot yet: the first comes once this device has written files for a week.
  const since = newest?.created_at ?? deps.store.writes()[0]?.at
  return since !== undefined && deps.clock.now().getTime() - Date.parse(since) >= SNAPSHOT_AFTER_MS
}

/** Writes a snapshot of everything this library may share (private findings only as stubs). */
export async function writeSnapshot(deps: TeamSyncDeps, compaction: CompactionStore, dir: string, passphrase: string | undefined): Promise<string> {
  const exported = await deps.sync()['sync.export']({ ...(passphrase === undefined ? {} : { passphrase }) })
  const bytes = Buffer.from(exported.file_base64, 'base64')
  const { manifest } = readSyncFile(bytes, passphrase === undefined ? {} : { passphrase })
  const path = writeOwnSnapshot(dir, deps.identity.deviceId, bytes)
  const file = snapshotsIn(dir).find((s) => s.path === path)!
  compaction.recordSnapshot({ path, member: file.member, size: file.size, mtime_ms: file.mtimeMs, seen: manifest.seen, withheld: manifest.withheld ?? [], created_at: manifest.createdAt, state: 'read', reason: null })
  return path
}

/** The members whose acknowledgement pruning waits for: every one with files here, unless it left or fell silent. */
export function activeAcks(deps: TeamSyncDeps, compaction: CompactionStore, dir: string) {
  const now = deps.clock.now().getTime()
  return compaction.acks().filter((ack) => ack.member !== deps.identity.deviceId && !hasLeft(dir, ack.member) && now - Date.parse(ack.created_at) < SILENT_AFTER_MS)
}

/**
 * Deletes this device's own files that nobody needs any more (it never deletes another
 * member's): a per-change file once a snapshot in the folder carries its changes and every
 * active member's latest file says it holds them (the newest own file always stays: it says what
 * this device holds); an own snapshot once another snapshot carries everything it did.
 */
export function prune(deps: TeamSyncDeps, compaction: CompactionStore, dir: string, snapshots: readonly (SnapshotRow & FolderSnapshot)[]): number {
  const self = deps.identity.deviceId
  const acks = activeAcks(deps, compaction, dir)
  // A change of this device that a member lacks because every file left it out (a finding kept
  // private here) is in no file to keep: without this, one private finding held back every later
  // file for as long as it stayed private, and the folder grew with every file.
  const withheld = compaction.withheldEver()
  const heldByAll = (file: OwnFileRange) => {
    const upTo = file.seen[self] ?? ''
    const lacks = (hlc: string) => parseStamp(hlc)?.device === self && hlc <= upTo && !withheld.has(hlc)
    return acks.every((ack) => (ack.seen[self] ?? '') >= upTo && !ack.missing.some(lacks))
  }
  let pruned = 0
  const own = compaction.ownFiles()
  for (const file of own.slice(0, -1)) {
    const mine: Range = { since: { [self]: file.since[self] ?? '' }, seen: { [self]: file.seen[self] ?? '' }, withheld: file.withheld }
    if (!snapshots.some((s) => covers(s, mine)) || !heldByAll(file)) continue
    deleteOwn(dir, self, `${self}/${file.file}`)
    compaction.pruned(file.seq)
    pruned++
  }
  for (const old of snapshots.filter((s) => s.member === self)) {
    // Equal ranges: the snapshot of the greater device id stays, so two members never delete both.
    const newer = snapshots.find((s) => s.path !== old.path && covers(s, old) && (!covers(old, s) || s.member > self || (s.member === self && s.path > old.path)))
    if (!newer) continue
    deleteOwn(dir, self, old.path)
    compaction.forgetSnapshot(old.path)
    pruned++
  }
  return pruned
}

/** Where snapshots and pruning stand, for `team status` and the Team panel. */
export function describeCompaction(deps: TeamSyncDeps, dir: string): TeamStatus['compaction'] {
  const { compaction } = deps
  const self = deps.identity.deviceId
  const snapshots = snapshotsIn(dir).flatMap((file) => {
    const row = compaction.snapshot(file.path)
    return row && row.state !== 'refused' ? [row] : []
  })
  const newest = snapshots.reduce<SnapshotRow | undefined>((best, s) => (!best || s.created_at > best.created_at ? s : best), undefined)
  const own = compaction.ownFiles()
  const oldest = own.length > 1 ? own[0] : undefined
  // Null for a member none of whose files was read here (a snapshot's writer, say): the screen says "a colleague", never the device id.
  const name = (member: string) => (member === self ? deps.identity.deviceName : (deps.store.files().find((f) => f.member === member && f.sender_name)?.sender_name ?? null))
  // A member acknowledges only through a file imported here, which gave its name.
  const names = (acks: readonly MemberAck[]) => acks.flatMap((ack) => name(ack.member) ?? [])
  const held_back_by = oldest ? names(activeAcks(deps, compaction, dir).filter((ack) => (ack.seen[self] ?? '') < (oldest.seen[self] ?? ''))) : []
  const left = names(compaction.acks().filter((ack) => hasLeft(dir, ack.member)))
  return {
    snapshot: newest ? { file: newest.path, member: name(newest.member), created_at: newest.created_at } : null,
    pruned: compaction.prunedCount(),
    files_in_folder: own.length,
    held_back_by,
    left,
  }
}

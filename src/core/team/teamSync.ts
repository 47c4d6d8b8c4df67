import type { Api } from '../../shared/api/contract'
import { isAppError, type AppError } from '../../shared/api/errors'
import type { TeamFileRefusal, TeamSyncResult } from '../../shared/model/team'
import type { Clock } from '../clock'
import type { Identity } from '../identity'
import { isEncrypted } from '../sync/file/encryption'
import { readSyncFile } from '../sync/file/syncFile'
import { parseStamp } from '../sync/stamps'
import { deleteOwn, othersFiles, ownFileIntact, reachableFolder, readFolderFile, sha256Hex, writeOwnFile, type FolderFile } from './teamFolder'
import { importSnapshots, prune, readSnapshots, snapshotDue, writeSnapshot } from './compaction'
import type { CompactionStore } from './compactionStore'
import type { TeamKeyStore } from './teamKey'
import { isLocked, lockedError } from './teamPassphrase'
import { TEAM_PEER_ID } from '../sync/peers'
import type { OwnWrite, TeamFolderRow, TeamStore, Vector } from './teamStore'

/** The two sync entry points a team file goes through: a manual export's and import's, the import's backups throttled (syncImport.ts). */
export type SyncEntryPoints = Pick<Api, 'sync.export' | 'sync.import'>

export interface TeamSyncDeps {
  store: TeamStore
  identity: Identity
  clock: Clock
  sync: () => SyncEntryPoints
  key: TeamKeyStore
  compaction: CompactionStore
}

/** How long a member with nothing new of its own waits before a file that only says what it now holds. */
const ACK_INTERVAL_MS = 10 * 60_000

/**
 * A damaged file is taken for one still being copied (and tried again when it changes) while it
 * is younger than this by its time on disk and has not been seen unchanged here for as long;
 * after that it is refused with the reason.
 */
const STILL_COPYING_MS = 10 * 60_000

/**
 * Whether a damaged file may still be a copy in progress. Its time on disk alone is not enough:
 * folder tools keep the writer's time, and a writer whose clock is hours behind this library's
 * would make a copy cut off for good look young for ever.
 */
function stillCopying(deps: TeamSyncDeps, file: FolderFile): boolean {
  const now = deps.clock.now().getTime()
  const known = deps.store.file(file.path)
  const unchanged = known?.state === 'incomplete' && known.size === file.size && known.mtime_ms === file.mtimeMs
  return now - file.mtimeMs < STILL_COPYING_MS && (!unchanged || now - Date.parse(known.at) < STILL_COPYING_MS)
}

/** Files to look at: new or changed ones, those waiting for earlier changes, and copies in progress seen long enough to judge. */
function worthTrying(deps: TeamSyncDeps, file: FolderFile): boolean {
  const known = deps.store.file(file.path)
  if (!known || known.state === 'waiting' || known.size !== file.size || known.mtime_ms !== file.mtimeMs) return true
  return known.state === 'incomplete' && deps.clock.now().getTime() - Date.parse(known.at) >= STILL_COPYING_MS
}

/**
 * One sync with the team folder: imports the files of others not imported yet (so this
 * device's own file then acknowledges them), then writes this device's changes since its last
 * file. Reading and writing only whole, named files keeps it safe on any folder-moving tool.
 */
export async function syncTeamFolder(deps: TeamSyncDeps, folder: TeamFolderRow, compact = false): Promise<TeamSyncResult> {
  const dir = reachableFolder(folder.dir)
  const passphrase = deps.key.get()
  const result: TeamSyncResult = { written: null, imported: 0, duplicates: 0, incomplete: 0, waiting: 0, refused: 0, created: 0, updated: 0, deleted: 0, conflicts: 0, snapshot: null, pruned: 0 }
  await importOthers(deps, dir, result, passphrase)
  // A late joiner, or a member back after the files it missed were pruned, catches up from a snapshot.
  const snapshots = readSnapshots(deps, deps.compaction, dir, passphrase)
  const fromSnapshots = await importSnapshots(deps, deps.compaction, dir, snapshots, passphrase)
  if (fromSnapshots > 0) {
    result.imported += fromSnapshots
    await importOthers(deps, dir, result, passphrase)
  }
  result.written = await writeChanges(deps, dir, folder.name, compact)
  if (snapshotDue(deps, deps.compaction, snapshots, compact)) result.snapshot = await writeSnapshot(deps, deps.compaction, dir, passphrase)
  result.pruned = prune(deps, deps.compaction, dir, readSnapshots(deps, deps.compaction, dir, passphrase))
  deps.store.synced()
  return result
}

/**
 * Imports what is new, in causal order: a file is imported once this library holds everything
 * its writer held when it wrote the one before (its manifest's `since`), so an edit never
 * arrives before the record it edits. Files that must wait are tried again after every import
 * that may have let them in, and at the next sync.
 */
async function importOthers(deps: TeamSyncDeps, dir: string, result: TeamSyncResult, passphrase: string | undefined): Promise<void> {
  const locked: FolderFile[] = []
  let opened = 0
  const inFolder = othersFiles(dir, deps.identity.deviceId)
  deps.store.forgetGone(new Set(inFolder.map((file) => file.path)))
  let pending = inFolder.filter((file) => worthTrying(deps, file))
  for (let progress = true; progress && pending.length > 0; ) {
    progress = false
    const waiting: FolderFile[] = []
    for (const file of pending) {
      const { outcome, report } = await importOne(deps, dir, file, passphrase)
      if (outcome === 'locked') {
        locked.push(file)
        continue
      }
      if (outcome !== 'refused') opened++
      if (outcome === 'waiting') {
        waiting.push(file)
        continue
      }
      result[outcome]++
      if (!report) continue
      progress = true
      for (const count of ['created', 'updated', 'deleted', 'conflicts'] as const) result[count] += report.total[count]
    }
    pending = waiting
  }
  result.waiting = pending.length
  refuseLocked(deps, dir, locked, opened, passphrase, result)
}

/**
 * Files that do not open with this library's passphrase. Without one, or when no file opened at
 * all, the sync stops with a clear message before this device writes anything (it would write
 * with no key or the wrong one). When others' files open, the few that do not come from a member
 * using another passphrase: they are refused, with the reason.
 */
function refuseLocked(deps: TeamSyncDeps, dir: string, locked: FolderFile[], opened: number, passphrase: string | undefined, result: TeamSyncResult): void {
  if (locked.length === 0) return
  if (passphrase === undefined || opened === 0) throw lockedError(dir, passphrase, locked.length)
  for (const file of locked) {
    const reason = 'it does not open with the team passphrase: its writer uses another one'
    deps.store.record({ path: file.path, member: file.member, seq: file.seq, size: file.size, mtime_ms: file.mtimeMs, sha256: null, state: 'refused', reason, why: 'otherPassphrase', sender_name: null })
    result.refused++
  }
}

type ImportReport = Awaited<ReturnType<SyncEntryPoints['sync.import']>>
type Outcome = 'imported' | 'duplicates' | 'incomplete' | 'refused' | 'waiting' | 'locked'

/** The devices whose earlier changes this library lacks for a file written after `since`. */
function lacking(since: Vector, held: Vector): string[] {
  return Object.entries(since).filter(([device, hlc]) => (held[device] ?? '') < hlc).map(([device]) => device)
}

/**
 * Imports one file and remembers what became of it. A copy of a file already imported (a
 * folder tool's "conflicted copy") is recognised by its content. A damaged file is taken for
 * one still being copied while it is young, and refused with the reason once it is not.
 */
async function importOne(deps: TeamSyncDeps, dir: string, file: FolderFile, passphrase: string | undefined): Promise<{ outcome: Outcome; report?: ImportReport }> {
  const base = { path: file.path, member: file.member, seq: file.seq, size: file.size, mtime_ms: file.mtimeMs, sender_name: null }
  const { bytes, sha256 } = readFolderFile(dir, file)
  const importedAs = deps.store.importedWithHash(sha256)
  if (importedAs) {
    // The same bytes again: touched by the folder tool (still imported), or its conflicted copy.
    deps.store.record({ ...base, sha256, state: importedAs === file.path ? 'imported' : 'duplicate', reason: null })
    return { outcome: 'duplicates' }
  }
  if (passphrase !== undefined && !isEncrypted(bytes)) {
    const reason = 'it is not encrypted with the team passphrase: its writer joined without it (or someone else put it there)'
    deps.store.record({ ...base, sha256, state: 'refused', reason, why: 'notEncrypted' })
    return { outcome: 'refused' }
  }
  try {
    const { manifest } = readSyncFile(bytes, passphrase === undefined ? {} : { passphrase })
    const before = lacking(manifest.since, deps.store.seenVector())
    if (before.length > 0) {
      const reason = `waits for earlier changes from ${before.length} device(s) that have not arrived yet`
      deps.store.record({ ...base, sha256, state: 'waiting', reason, sender_name: manifest.sender.deviceName })
      return { outcome: 'waiting' }
    }
    const report = await deps.sync()['sync.import']({ file_base64: bytes.toString('base64'), ...(passphrase === undefined ? {} : { passphrase }) })
    deps.store.record({ ...base, sha256, state: 'imported', reason: null, sender_name: report.sender.deviceName })
    deps.compaction.ack({ member: file.member, seq: file.seq, seen: manifest.seen, missing: manifest.missing ?? [], created_at: manifest.createdAt })
    return { outcome: 'imported', report }
  } catch (error) {
    if (isLocked(error)) return { outcome: 'locked' }
    if (!isAppError(error) || !error.code.startsWith('sync.')) throw error
    const copying = error.code === 'sync.invalid_file' && stillCopying(deps, file)
    if (copying) deps.store.record({ ...base, sha256, state: 'incomplete', reason: error.message })
    else deps.store.record({ ...base, sha256, state: 'refused', reason: error.message, why: refusalKind(error) })
    return { outcome: copying ? 'incomplete' : 'refused' }
  }
}

/**
 * What the screen says of a file the sync import refused: the import's errors, as the kinds a
 * reader can act on (a record arriving without its creation is refused as invalid too, but its
 * bytes are whole).
 */
function refusalKind(error: AppError): TeamFileRefusal {
  if (error.code === 'sync.invalid_file' && error.refusal === undefined) return 'damaged'
  if (error.code === 'sync.unsupported_version') return 'newerApp'
  return 'notImportable'
}

/**
 * Writes this device's changes since its last file (and, when a file of its own has gone from
 * the folder, since that one, so nothing it said is lost). Nothing is written when there is
 * nothing new. Other members' changes are left to their own files: each change is in the
 * folder once, written by its author.
 */
async function writeChanges(deps: TeamSyncDeps, dir: string, teamName: string, compact: boolean): Promise<TeamSyncResult['written']> {
  const self = deps.identity.deviceId
  const writes = deps.store.writes()
  const lost = writes.filter((write) => !ownFileIntact(dir, self, write.file, write.size))
  // A damaged one goes: its changes are in this device's next file, and readers stop refusing it.
  for (const write of lost) deleteOwn(dir, self, `${self}/${write.file}`)
  let from = writes.at(-1)?.seen[self] ?? ''
  for (const write of lost) from = (write.since[self] ?? '') < from ? (write.since[self] ?? '') : from
  const acked: Vector = { ...deps.store.seenVector() }
  if (from === '') delete acked[self]
  else acked[self] = from
  deps.store.exportFrom(teamName, acked, wantedAgain(deps, writes.at(-1)))
  const passphrase = deps.key.get()
  const exported = await deps.sync()['sync.export']({ for: TEAM_PEER_ID, ...(passphrase === undefined ? {} : { passphrase }) })
  if (exported.changes === 0 && !acknowledgementDue(deps, writes.at(-1), compact)) return null
  const bytes = Buffer.from(exported.file_base64, 'base64')
  const { seen, withheld } = readSyncFile(bytes, passphrase === undefined ? {} : { passphrase }).manifest
  const { seq, file } = writeOwnFile(dir, self, deps.store.lastSeq(), bytes)
  const sha256 = sha256Hex(bytes)
  deps.store.wrote({ seq, file, since: acked, seen, sha256, changes: exported.changes, size: bytes.length }, lost.map((write) => write.seq))
  deps.compaction.setWithheld(seq, withheld ?? [])
  return { file, changes: exported.changes }
}

/**
 * Changes of this device that members' latest files say they lack although their range was
 * passed: a finding kept private here withheld them, and once it is shared again they are sent
 * (the export leaves out those still private). Only members whose file was imported after this
 * device's last one count: an older file cannot have seen them sent, and would resend them at
 * every sync while its member is away.
 */
function wantedAgain(deps: TeamSyncDeps, last: OwnWrite | undefined): string[] {
  const self = deps.identity.deviceId
  const importedAt = new Map(deps.store.files().filter((f) => f.state === 'imported').map((f) => [`${f.member}/${f.seq}`, f.at]))
  const wanted = new Set<string>()
  for (const ack of deps.compaction.acks()) {
    if (last && (importedAt.get(`${ack.member}/${ack.seq}`) ?? '') <= last.at) continue
    for (const hlc of ack.missing) if (parseStamp(hlc)?.device === self) wanted.add(hlc)
  }
  return [...wanted]
}

/**
 * Whether to write a file with no changes of this device's own, only to say what it now holds
 * (so the others may prune theirs): when it holds more of the others' changes than its last file
 * said, and that file is older than ACK_INTERVAL_MS (or compaction was asked for).
 */
function acknowledgementDue(deps: TeamSyncDeps, last: OwnWrite | undefined, compact: boolean): boolean {
  const self = deps.identity.deviceId
  const advanced = Object.entries(deps.store.seenVector()).some(([device, hlc]) => device !== self && hlc > (last?.seen[device] ?? ''))
  if (!advanced || deps.compaction.acks().length === 0) return false
  return compact || !last || deps.clock.now().getTime() - Date.parse(last.at) >= ACK_INTERVAL_MS
}

import type { Api } from '../../shared/api/contract'
import { isAppError } from '../../shared/api/errors'
import type { TeamSyncResult } from '../../shared/model/team'
import type { Clock } from '../clock'
import type { Identity } from '../identity'
import { readSyncFile } from '../sync/file/syncFile'
import { othersFiles, ownFileExists, reachableFolder, readFolderFile, sha256Hex, writeOwnFile, type FolderFile } from './teamFolder'
import { TEAM_PEER_ID, type TeamFolderRow, type TeamStore, type Vector } from './teamStore'

/** The two sync entry points a team file goes through, exactly as a manual export and import. */
export type SyncEntryPoints = Pick<Api, 'sync.export' | 'sync.import'>

export interface TeamSyncDeps {
  store: TeamStore
  identity: Identity
  clock: Clock
  sync: () => SyncEntryPoints
}

/** A damaged file younger than this is taken for one still being copied, and tried again when it changes. */
const STILL_COPYING_MS = 10 * 60_000

/**
 * One sync with the team folder: imports the files of others not imported yet (so this
 * device's own file then acknowledges them), then writes this device's changes since its last
 * file. Reading and writing only whole, named files keeps it safe on any folder-moving tool.
 */
export async function syncTeamFolder(deps: TeamSyncDeps, folder: TeamFolderRow): Promise<TeamSyncResult> {
  const dir = reachableFolder(folder.dir)
  const result: TeamSyncResult = { written: null, imported: 0, duplicates: 0, incomplete: 0, refused: 0, created: 0, updated: 0, deleted: 0, conflicts: 0 }
  await importOthers(deps, dir, result)
  result.written = await writeChanges(deps, dir, folder.name)
  deps.store.synced()
  return result
}

async function importOthers(deps: TeamSyncDeps, dir: string, result: TeamSyncResult): Promise<void> {
  const highest = new Map<string, number>()
  for (const row of deps.store.files()) if (row.state === 'imported') highest.set(row.member, Math.max(highest.get(row.member) ?? 0, row.seq))
  const filledGaps = new Map<string, number>()
  for (const file of othersFiles(dir, deps.identity.deviceId)) {
    const known = deps.store.file(file.path)
    if (known && known.size === file.size && known.mtime_ms === file.mtimeMs) continue
    const { outcome, report } = await importOne(deps, dir, file)
    result[outcome]++
    if (!report) continue
    for (const count of ['created', 'updated', 'deleted', 'conflicts'] as const) result[count] += report.total[count]
    if (file.seq < (highest.get(file.member) ?? 0)) filledGaps.set(file.member, Math.min(filledGaps.get(file.member) ?? Infinity, file.seq))
    highest.set(file.member, Math.max(highest.get(file.member) ?? 0, file.seq))
  }
  await reapplyAfterGaps(deps, dir, filledGaps)
}

type ImportReport = Awaited<ReturnType<SyncEntryPoints['sync.import']>>
type Outcome = 'imported' | 'duplicates' | 'incomplete' | 'refused'

/**
 * Imports one file and remembers what became of it. A copy of a file already imported (a
 * folder tool's "conflicted copy") is recognised by its content. A damaged file is taken for
 * one still being copied while it is young, and refused with the reason once it is not.
 */
async function importOne(deps: TeamSyncDeps, dir: string, file: FolderFile): Promise<{ outcome: Outcome; report?: ImportReport }> {
  const base = { path: file.path, member: file.member, seq: file.seq, size: file.size, mtime_ms: file.mtimeMs, sender_name: null }
  const { bytes, sha256 } = readFolderFile(dir, file)
  const importedAs = deps.store.importedWithHash(sha256)
  if (importedAs) {
    // The same bytes again: touched by the folder tool (still imported), or its conflicted copy.
    deps.store.record({ ...base, sha256, state: importedAs === file.path ? 'imported' : 'duplicate', reason: null })
    return { outcome: 'duplicates' }
  }
  try {
    const report = await deps.sync()['sync.import']({ file_base64: bytes.toString('base64') })
    deps.store.record({ ...base, sha256, state: 'imported', reason: null, sender_name: report.sender.deviceName })
    return { outcome: 'imported', report }
  } catch (error) {
    if (!isAppError(error) || !error.code.startsWith('sync.')) throw error
    const copying = error.code === 'sync.invalid_file' && deps.clock.now().getTime() - file.mtimeMs < STILL_COPYING_MS
    deps.store.record({ ...base, sha256, state: copying ? 'incomplete' : 'refused', reason: error.message })
    return { outcome: copying ? 'incomplete' : 'refused' }
  }
}

/**
 * A file that arrives after later ones of its member (late, or restored to the folder) lets
 * those later files' coverage join up: importing them again adds no change, but tells the
 * library it now holds everything up to their end, so colleagues are not asked for it.
 */
async function reapplyAfterGaps(deps: TeamSyncDeps, dir: string, filledGaps: Map<string, number>): Promise<void> {
  for (const row of deps.store.files()) {
    const from = filledGaps.get(row.member)
    if (from === undefined || row.state !== 'imported' || row.seq <= from) continue
    const file = { member: row.member, seq: row.seq, conflictedCopy: false, path: row.path, size: row.size, mtimeMs: row.mtime_ms }
    try {
      await deps.sync()['sync.import']({ file_base64: readFolderFile(dir, file).bytes.toString('base64') })
    } catch (error) {
      if (!isAppError(error)) throw error
    }
  }
}

/**
 * Writes this device's changes since its last file (and, when a file of its own has gone from
 * the folder, since that one, so nothing it said is lost). Nothing is written when there is
 * nothing new. Other members' changes are left to their own files: each change is in the
 * folder once, written by its author.
 */
async function writeChanges(deps: TeamSyncDeps, dir: string, teamName: string): Promise<TeamSyncResult['written']> {
  const self = deps.identity.deviceId
  const writes = deps.store.writes()
  const lost = writes.filter((write) => !ownFileExists(dir, self, write.file))
  let from = writes.at(-1)?.seen[self] ?? ''
  for (const write of lost) from = (write.since[self] ?? '') < from ? (write.since[self] ?? '') : from
  const acked: Vector = { ...deps.store.seenVector() }
  if (from === '') delete acked[self]
  else acked[self] = from
  deps.store.exportFrom(teamName, acked)
  const exported = await deps.sync()['sync.export']({ for: TEAM_PEER_ID })
  if (exported.changes === 0) return null
  const bytes = Buffer.from(exported.file_base64, 'base64')
  const { seen } = readSyncFile(bytes).manifest
  const { seq, file } = writeOwnFile(dir, self, deps.store.lastSeq(), bytes)
  const sha256 = sha256Hex(bytes)
  deps.store.wrote({ seq, file, since: acked, seen, sha256, changes: exported.changes }, lost.map((write) => write.seq))
  return { file, changes: exported.changes }
}

import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Api } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import type { TeamMember, TeamStatus } from '../../shared/model/team'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import type { Identity } from '../identity'
import { markLeft, reachableFolder, unmarkLeft } from './teamFolder'
import { teamKeyStore, type TeamKeyStore } from './teamKey'
import { checkPassphrase } from './teamPassphrase'
import { describeCompaction } from './compaction'
import { createCompactionStore } from './compactionStore'
import { createTeamStore, type TeamFileRow, type TeamStore } from './teamStore'
import { syncTeamFolder, type SyncEntryPoints } from './teamSync'

type TeamApi = Pick<Api, 'team.join' | 'team.status' | 'team.leave' | 'team.sync'>

export interface TeamDeps {
  db: Db
  /** The library folder, where the team passphrase is kept (a 0600 file). */
  dataDir: string
  identity: Identity
  clock: Clock
  /** The library's own sync entry points (read when called: the API object is built around this one). */
  sync: () => SyncEntryPoints
}

/** Team-folder sync (issue 16): join a folder, sync with it, see where every member stands, leave. */
export function createTeamApi(deps: TeamDeps): TeamApi {
  const store = createTeamStore(deps.db, deps.clock)
  const joined = () => {
    const folder = store.folder()
    if (!folder) throw new AppError('team.not_joined', 'This library is in no team folder yet: join one first.')
    return folder
  }
  const key = teamKeyStore(deps.dataDir)
  const compaction = createCompactionStore(deps.db, deps.clock)
  const sync = (compact = false) => syncTeamFolder({ store, identity: deps.identity, clock: deps.clock, sync: deps.sync, key, compaction }, joined(), compact)

  const compactionState = (): TeamStatus['compaction'] => {
    const folder = store.folder()
    if (!folder || !existsSync(folder.dir)) return { snapshot: null, pruned: compaction.prunedCount(), files_in_folder: compaction.ownFiles().length, held_back_by: [], left: [] }
    return describeCompaction({ store, identity: deps.identity, clock: deps.clock, sync: deps.sync, key, compaction }, folder.dir)
  }

  return {
    'team.join': async ({ dir, name, passphrase: given }) => {
      const absolute = resolve(reachableFolder(dir))
      const current = store.folder()
      if (current && current.dir !== absolute) {
        throw new AppError('input.invalid', `This library already syncs with the team “${current.name}” in ${current.dir}. Leave it first.`, 'dir', {
          reason: 'team.alreadyJoined',
          values: { name: current.name, dir: current.dir },
        })
      }
      // Joining the same folder again without a passphrase keeps the one kept.
      const passphrase = given ?? (current ? key.get() : undefined)
      checkPassphrase(absolute, deps.identity.deviceId, passphrase)
      try {
        mkdirSync(join(absolute, deps.identity.deviceId), { recursive: true })
      } catch (error) {
        throw new AppError('team.folder_unavailable', `Cannot write into the team folder ${absolute}: ${(error as Error).message}. Nothing was changed.`, undefined, {
          reason: 'team.notWritable',
          values: { dir: absolute },
        })
      }
      if (passphrase !== key.get()) {
        key.set(passphrase)
        store.rekeyed()
      }
      store.join(absolute, name)
      unmarkLeft(absolute, deps.identity.deviceId)
      await sync()
      return status(store, deps.identity, key, compactionState())
    },
    'team.status': () => status(store, deps.identity, key, compactionState()),
    'team.leave': async () => {
      const folder = store.folder()
      if (folder && existsSync(folder.dir)) {
        // A last sync, so nothing of this device's is left unwritten, then the marker: its
        // files then hold back nobody's pruning.
        await sync()
        markLeft(folder.dir, deps.identity.deviceId, deps.clock.now().toISOString())
      }
      store.leave()
      compaction.clear()
      key.set(undefined)
      return status(store, deps.identity, key, compactionState())
    },
    'team.sync': ({ compact }) => sync(compact === true),
  }
}

function status(store: TeamStore, identity: Identity, key: TeamKeyStore, compaction: TeamStatus['compaction']): TeamStatus {
  const folder = store.folder() ?? null
  const writes = store.writes()
  const last = writes.at(-1)
  const files = store.files()
  return {
    folder,
    device: { deviceId: identity.deviceId, deviceName: identity.deviceName },
    own: {
      files: writes.length,
      last_file: last?.file ?? null,
      last_written_at: last?.at ?? null,
      pending_changes: folder ? store.ownChangesAfter(identity.deviceId, last?.seen[identity.deviceId] ?? '') : 0,
    },
    members: members(files),
    encrypted: key.get() !== undefined,
    compaction,
    refused: files
      .filter((file) => file.state === 'refused')
      .map((file) => ({ file: file.path, member: memberName(files, file.member), why: file.why, reason: file.reason ?? '', at: file.at })),
  }
}

/** A member's name as any of its files read here gives it; null when none could be read (the screen then says "a colleague", never the device id). */
function memberName(files: readonly TeamFileRow[], member: string): string | null {
  return files.find((row) => row.member === member && row.sender_name)?.sender_name ?? null
}

/**
 * Each member's progress from the files looked at: the last one imported, and the numbers not
 * arrived between it and the highest file seen. Numbers below the last imported file are no gap:
 * a file is imported only once everything its writer held before it is here (a lost file's
 * changes came in the writer's next one).
 */
function members(files: readonly TeamFileRow[]): TeamMember[] {
  const byMember = new Map<string, TeamFileRow[]>()
  for (const file of files) byMember.set(file.member, [...(byMember.get(file.member) ?? []), file])
  return [...byMember].map(([device, rows]) => {
    const imported = rows.filter((row) => row.state === 'imported')
    const lastRow = imported.reduce<TeamFileRow | undefined>((best, row) => (!best || row.seq > best.seq ? row : best), undefined)
    const present = new Set(rows.map((row) => row.seq))
    const highest = Math.max(0, ...present)
    const missing: number[] = []
    for (let seq = (lastRow?.seq ?? Math.min(...present)) + 1; seq < highest; seq++) if (!present.has(seq)) missing.push(seq)
    return {
      device_id: device,
      name: lastRow?.sender_name ?? memberName(rows, device),
      last_file: lastRow?.seq ?? null,
      last_imported_at: lastRow?.at ?? null,
      imported: imported.length,
      missing,
      incomplete: rows.filter((row) => row.state === 'incomplete').length,
      waiting: rows.filter((row) => row.state === 'waiting').length,
    }
  })
}

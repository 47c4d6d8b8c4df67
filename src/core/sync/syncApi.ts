import { readFileSync, writeFileSync } from 'node:fs'
import type { Api } from '../../shared/api/contract'
import type { ImportReport } from '../../shared/model/sync'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import type { Identity } from '../identity'
import type { Job, Jobs } from '../jobs'
import { createConflicts } from './conflicts'
import type { KindRegistry } from './kinds'
import type { OpStore } from './opStore'
import { createPeers } from './peers'
import { exportSyncFile, type ExportContext, type ExportedFile, type ExportRequest } from './syncExport'
import { applyImport, previewImport } from './syncImport'

type SyncApi = Pick<
  Api,
  'sync.export' | 'sync.preview' | 'sync.import' | 'sync.peers' | 'conflicts.list' | 'conflicts.resolve' | 'jobs.cancel'
>

export interface SyncDeps {
  db: Db
  ops: OpStore
  identity: Identity
  clock: Clock
  jobs: Jobs
  /** Every synced record kind (findings, events, annotations, aliases, ...). */
  kinds: KindRegistry
  dataDir: string
  appVersion: string
}

/** Sync files on disk, for hosts and other features (a shared team folder, say) that work with paths. */
export interface SyncFiles {
  /** Writes a file of what the colleague lacks (or everything) to `path`. */
  exportTo(path: string, request?: ExportRequest): Omit<ExportedFile, 'bytes'>
  /** Checks and applies the file at `path` with a report; `preview` changes nothing. */
  importFrom(path: string, options?: { passphrase?: string; preview?: boolean; job?: Job }): Promise<ImportReport>
}

const noJob: Job = { progress: () => undefined, checkpoint: async () => undefined, signal: new AbortController().signal }

/** Sync by export files (issues 6 and 11): export, preview, import, colleagues, conflicts. */
export function createSyncApi(deps: SyncDeps): { api: SyncApi; files: SyncFiles; automaticImport: SyncApi['sync.import'] } {
  const issued = () => [deps.ops.latestOwn(), deps.identity.floor].filter((s): s is string => s !== undefined).sort().at(-1)
  const peers = createPeers(deps.db, deps.clock, { deviceId: deps.identity.deviceId, issued, heldUpTo: (device) => deps.ops.latestOf(device) })
  const ctx: ExportContext = { ...deps, peers }
  const conflicts = createConflicts(deps.db, deps.ops, deps.kinds, peers, deps.identity.deviceId)
  const bytesOf = (base64: string) => Buffer.from(base64, 'base64')

  const files: SyncFiles = {
    exportTo(path, request) {
      const { bytes, ...rest } = exportSyncFile(ctx, request)
      writeFileSync(path, bytes)
      return rest
    },
    importFrom: async (path, options = {}) => {
      const bytes = readFileSync(path)
      if (options.preview) return previewImport(ctx, bytes, options.passphrase)
      return applyImport(ctx, bytes, options.passphrase, options.job ?? noJob)
    },
  }

  const api: SyncApi = {
    'sync.export': ({ for: colleague, passphrase }) => {
      const file = exportSyncFile(ctx, { for: colleague, passphrase })
      const day = deps.clock.now().toISOString().slice(0, 10)
      const who = (file.recipient?.name ?? colleague ?? 'all').replace(/[^\p{L}\p{N}_-]+/gu, '-')
      return {
        file_base64: file.bytes.toString('base64'),
        file_name: `workbench-${day}-for-${who}.rrsync`,
        changes: file.changes,
        withheld: file.withheld,
        ...(file.recipient ? { recipient: { device_id: file.recipient.deviceId, name: file.recipient.name } } : {}),
      }
    },
    'sync.preview': ({ file_base64, passphrase }) => previewImport(ctx, bytesOf(file_base64), passphrase),
    'sync.import': ({ file_base64, passphrase, job_id }) =>
      deps.jobs.run(job_id, (job) => applyImport(ctx, bytesOf(file_base64), passphrase, job)),
    'sync.peers': () => ({ device: { deviceId: deps.identity.deviceId, deviceName: deps.identity.deviceName }, peers: peers.list(), log: peers.history() }),
    'conflicts.list': () => conflicts.list(),
    'conflicts.resolve': ({ id, take, value }) => {
      conflicts.resolve(id, take, value)
      return { resolved: true as const }
    },
    'jobs.cancel': ({ job_id }) => ({ cancelled: deps.jobs.cancel(job_id) }),
  }
  /** `sync.import` for a team folder's automatic sync: the same import, with its backups throttled (see applyImport). */
  const automaticImport: SyncApi['sync.import'] = ({ file_base64, passphrase, job_id }) =>
    deps.jobs.run(job_id, (job) => applyImport(ctx, bytesOf(file_base64), passphrase, job, true))
  return { api, files, automaticImport }
}

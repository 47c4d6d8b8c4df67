import type { Api } from '../../shared/api/contract'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import { findingKind, findingStubKind } from '../findings/findingKind'
import type { FindingStore } from '../findings/findingStore'
import type { Identity } from '../identity'
import type { Jobs } from '../jobs'
import { createConflicts } from './conflicts'
import type { RecordKind } from './kinds'
import type { OpStore } from './opStore'
import { createPeers } from './peers'
import { exportSyncFile } from './syncExport'
import { applyImport, planImport, type ImportContext } from './syncImport'

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
  findingStore: FindingStore
  /** Every synced record kind besides findings (events, annotations, aliases, ...). */
  kinds: readonly RecordKind[]
  dataDir: string
  appVersion: string
}

/** Sync by export files (issue 6): export, preview, import, colleagues, conflicts. */
export function createSyncApi(deps: SyncDeps): SyncApi {
  const peers = createPeers(deps.db, deps.clock)
  const kinds = new Map<string, RecordKind>(
    [findingKind(deps.findingStore), findingStubKind(deps.db), ...deps.kinds].map((kind) => [kind.name, kind]),
  )
  const ctx: ImportContext = { ...deps, peers, kinds }
  const conflicts = createConflicts(deps.db, deps.ops, deps.findingStore, peers, deps.identity.deviceId)
  const bytesOf = (base64: string) => Buffer.from(base64, 'base64')

  return {
    'sync.export': ({ for: forName, passphrase }) => {
      const file = exportSyncFile(ctx, { forName, passphrase })
      const day = deps.clock.now().toISOString().slice(0, 10)
      const who = (forName ?? 'all').replace(/[^\p{L}\p{N}_-]+/gu, '-')
      return { file_base64: file.bytes.toString('base64'), file_name: `workbench-${day}-for-${who}.rrsync`, changes: file.changes, withheld: file.withheld }
    },
    'sync.preview': ({ file_base64, passphrase }) => planImport(ctx, bytesOf(file_base64), passphrase).report,
    'sync.import': ({ file_base64, passphrase, job_id }) =>
      deps.jobs.run(job_id, (job) => applyImport(ctx, bytesOf(file_base64), passphrase, job)),
    'sync.peers': () => ({ device: deps.identity, peers: peers.list(), log: peers.history() }),
    'conflicts.list': () => conflicts.list(),
    'conflicts.resolve': ({ id, take, value }) => {
      conflicts.resolve(id, take, value)
      return { resolved: true as const }
    },
    'jobs.cancel': ({ job_id }) => ({ cancelled: deps.jobs.cancel(job_id) }),
  }
}

import type { Migration } from '../types'
import { init } from './0010-init'
import { eventsEntities } from './0020-events-entities'
import { syncOps } from './0030-sync-ops'
import { findings } from './0040-findings'
import { attachments } from './0050-attachments'
import { syncPeers } from './0060-sync-peers'
import { findingBrowse } from './0070-finding-browse'
import { opsByRecord } from './0080-ops-by-record'
import { opCount } from './0090-op-count'
import { syncGaps } from './0100-sync-gaps'
import { dayImport } from './0500-day-import'
import { teamFolder } from './0600-team-folder'
import { pageOrder } from './0650-page-order'
import { teamCompaction } from './0900-team-compaction'
import { repositoryCollections } from './0950-repository-collections'
import { teamFileRefusals } from './0960-team-file-refusals'
import { teamWriteSizes } from './0970-team-write-sizes'
import { syncLogDetail } from './0980-sync-log-detail'

/** Every schema step in order. Listed explicitly (not globbed) so bundling cannot drop one. */
export const MIGRATIONS: readonly Migration[] = [init, eventsEntities, syncOps, findings, attachments, syncPeers, findingBrowse, opsByRecord, opCount, syncGaps, dayImport, teamFolder, pageOrder, teamCompaction, repositoryCollections, teamFileRefusals, teamWriteSizes, syncLogDetail]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0

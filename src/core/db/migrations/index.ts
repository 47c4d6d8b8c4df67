import type { Migration } from '../types'
import { init } from './0010-init'
import { syncOps } from './0030-sync-ops'
import { findings } from './0040-findings'

/** Every schema step in order. Listed explicitly (not globbed) so bundling cannot drop one. */
export const MIGRATIONS: readonly Migration[] = [init, syncOps, findings]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0

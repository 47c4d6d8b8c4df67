import type { Migration } from '../types'
import { init } from './0010-init'
import { eventsEntities } from './0020-events-entities'

/** Every schema step in order. Listed explicitly (not globbed) so bundling cannot drop one. */
export const MIGRATIONS: readonly Migration[] = [init, eventsEntities]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0

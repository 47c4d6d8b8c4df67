import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { CoreApi } from '../shared/api/contract'
import { createDispatcher, type Dispatch, type DispatchOptions } from './api/dispatch'
import { createAttachmentsApi } from './attachments/attachmentsApi'
import { createBackupApi, takeDailyBackupSafely } from './backup/backupApi'
import { systemClock, type Clock } from './clock'
import { schemaVersion } from './db/migrate'
import { openDatabase } from './db/open'
import type { Db } from './db/types'
import { storeEssayStructure } from './essay/essayStore'
import { loadEssay } from './essay/loadEssay'
import { createEventHub, type EventHub } from './eventHub'
import { eventKinds } from './events/eventKinds'
import { createEventsApi } from './events/eventsApi'
import { createExportsApi } from './exports/exportsApi'
import { createEssayFindingsApi } from './findings/essayFindings'
import { createFindingsApi } from './findings/findingsApi'
import { loadIdentity, type Identity } from './identity'
import { createJobs } from './jobs'
import { createOcrApi } from './ocr/ocrApi'
import { createOcrEngine } from './ocr/ocrEngine'
import { tessdataDir } from './ocr/tessdata'
import { createSearchApi } from './search/searchApi'
import { createRomanizeApi } from './romanize/romanizeApi'
import { createSearchService, type SearchService } from './search/searchService'
import { createOpStore } from './sync/opStore'
import { createSyncApi } from './sync/syncApi'
import { createSettings } from './settings'
import { APP_VERSION } from './version'

export interface CoreOptions extends DispatchOptions {
  /** The library folder; created on first run. */
  dataDir: string
  /** The app's bundled resources (essay, seed data). */
  resourcesDir: string
  clock?: Clock
  /** Electron-ABI better-sqlite3 addon, passed by the Electron shell only. */
  nativeBinding?: string
  /** The hub to announce events on; a library session passes its own so it outlives a reopen. */
  events?: EventHub
  /**
   * When the search index is loaded or built: 'background' (default) at once, without blocking
   * start-up; 'onDemand' at the first search (one-shot CLI commands, tests that never search).
   */
  searchStart?: 'background' | 'onDemand'
  /** The bundled search worker script (electron-vite build); tsx and vitest find the source. */
  searchWorkerFile?: string
}

export interface Core {
  api: CoreApi
  /** Validating entry point for hosts: unknown method names and raw input are welcome. */
  dispatch: Dispatch
  events: EventHub
  db: Db
  identity: Identity
  /** The library's search index (the `search.*` methods use it; `settled()` waits for a rebuild). */
  search: SearchService
  /** Settles when the day's first-launch backup, copied in the background, is done (or failed). */
  backgroundWork: Promise<void>
  /** Closes the database at once; the promise settles when the search worker has stopped. */
  close(): Promise<void>
}

export const DATABASE_FILE = 'library.sqlite'

/** Tables whose row counts `app.info` reports, keyed by the name shown to users. */
const COUNTED_TABLES = {
  essaySections: 'essay_sections',
  essayParagraphs: 'essay_paragraphs',
  events: 'events',
  entities: 'entities',
  entityNames: 'entity_names',
  repositories: 'repositories',
  documents: 'documents',
  findings: 'findings',
} as const

/** Opens the library in `dataDir` and returns the API every host serves. */
export function createApi(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock
  mkdirSync(options.dataDir, { recursive: true })
  const file = join(options.dataDir, DATABASE_FILE)
  const existed = existsSync(file)
  const db = openDatabase(file, { nativeBinding: options.nativeBinding, clock })
  // A library created just now has nothing to lose yet; an existing one gets its daily copy.
  const backgroundWork = existed ? takeDailyBackupSafely(db, options.dataDir, clock) : Promise.resolve()
  const essay = loadEssay(options.resourcesDir)
  storeEssayStructure(db, essay)
  const settings = createSettings(db, clock)
  const events = options.events ?? createEventHub()
  const identity = loadIdentity(db)
  const ops = createOpStore(db, { device: identity.deviceId, wallMs: () => clock.now().getTime() })
  const eventsApi = createEventsApi(db, ops, options.resourcesDir, essay)
  const findings = createFindingsApi(db, ops, clock, options.resourcesDir)
  const jobs = createJobs(events)
  const ocr = createOcrEngine({ tessdataDir: tessdataDir(options.resourcesDir) })
  const search = createSearchService({
    db,
    dataDir: options.dataDir,
    essay,
    events,
    ...(options.searchStart ? { start: options.searchStart } : {}),
    ...(options.searchWorkerFile ? { workerFile: options.searchWorkerFile } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })

  const api: CoreApi = {
    'app.info': () => ({
      appVersion: APP_VERSION,
      dataDir: options.dataDir,
      schemaVersion: schemaVersion(db),
      counts: countRecords(db),
    }),
    'essay.get': () => essay,
    'settings.get': () => settings.get(),
    'settings.set': (changes) => settings.set(changes),
    ...eventsApi.api,
    ...findings.api,
    ...createExportsApi(db, findings.findings, findings.repositories, options.resourcesDir, essay),
    ...createSyncApi({
      db,
      ops,
      identity,
      clock,
      jobs,
      findingStore: findings.findings.store,
      kinds: eventKinds(eventsApi.events, eventsApi.names),
      dataDir: options.dataDir,
      appVersion: APP_VERSION,
    }),
    ...createEssayFindingsApi(db),
    ...createAttachmentsApi(db, options.dataDir, clock, findings.findings),
    ...createBackupApi(db, options.dataDir, clock),
    ...createSearchApi(search),
    ...createOcrApi({ db, dataDir: options.dataDir, tessdataDir: tessdataDir(options.resourcesDir), engine: ocr, jobs }),
    ...createRomanizeApi(db),
  }

  return {
    api,
    dispatch: createDispatcher(api, events, options),
    events,
    db,
    identity,
    search,
    backgroundWork,
    close: () => {
      const stopped = Promise.all([search.close(), ocr.close()]).then(() => undefined)
      db.close()
      return stopped
    },
  }
}

function countRecords(db: Db): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [name, table] of Object.entries(COUNTED_TABLES)) {
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  }
  return counts
}

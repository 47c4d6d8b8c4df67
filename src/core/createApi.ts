import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { CoreApi } from '../shared/api/contract'
import { createDispatcher, type Dispatch, type DispatchOptions } from './api/dispatch'
import { createAttachmentsApi } from './attachments/attachmentsApi'
import { removeStaleStaging } from './attachments/attachmentStore'
import { removeBackupLeftovers } from './backup/backup'
import { createBackupApi, takeDailyBackupSafely, type FolderPurpose } from './backup/backupApi'
import { systemClock, type Clock } from './clock'
import { schemaVersion } from './db/migrate'
import { openDatabase, prepareLibraryFolder } from './db/open'
import { rememberIssued } from './device/deviceFile'
import type { Db } from './db/types'
import { storeEssayStructure } from './essay/essayStore'
import { loadEssay } from './essay/loadEssay'
import { createEventHub, type EventHub } from './eventHub'
import { eventKinds } from './events/eventKinds'
import { createEventsApi } from './events/eventsApi'
import { createExportsApi } from './exports/exportsApi'
import { createEssayFindingsApi } from './findings/essayFindings'
import { findingKind, findingStubKind } from './findings/findingKind'
import { repositoryKind } from './findings/repositories'
import { repositoryCollectionKind } from './findings/repositoryCollections'
import { createFindingsApi } from './findings/findingsApi'
import { createHistoryApi } from './history/historyApi'
import { loadIdentity, type Identity } from './identity'
import { createJobs } from './jobs'
import { createDayImportApi } from './dayImport/dayImportApi'
import { createDecoder } from './dayImport/decodeClient'
import { createOcrApi } from './ocr/ocrApi'
import { createOcrEngine } from './ocr/ocrEngine'
import { tessdataDir } from './ocr/tessdata'
import { createSearchApi } from './search/searchApi'
import { createFilterValues } from './search/filterValues'
import { createRomanizeApi } from './romanize/romanizeApi'
import { createSearchService, type SearchService } from './search/searchService'
import { createOpStore } from './sync/opStore'
import { createKindRegistry, type KindRegistry } from './sync/kinds'
import { createSyncApi, type SyncFiles } from './sync/syncApi'
import { createSettings } from './settings'
import { createTeamApi } from './team/teamApi'
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
  /** The bundled decoding worker of "Import a day" (HEIC, PDF), likewise. */
  decodeWorkerFile?: string
  /** The host's folder dialog (Electron passes one; the browser host uploads files instead). */
  chooseFolder?: (purpose?: FolderPurpose) => Promise<string | null>
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
  /** Sync files read from and written to paths (the API methods carry them as base64). */
  sync: SyncFiles
  /** Settles when the day's first-launch backup, copied in the background, is done (or failed). */
  backgroundWork: Promise<void>
  /** Closes the database at once; the promise settles when the search worker has stopped. Await it before quitting or swapping the file. */
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
  prepareLibraryFolder(options.dataDir)
  const file = join(options.dataDir, DATABASE_FILE)
  const existed = existsSync(file)
  const db = openDatabase(file, { nativeBinding: options.nativeBinding, clock })
  removeBackupLeftovers(options.dataDir)
  removeStaleStaging(options.dataDir)
  // A library created just now has nothing to lose yet; an existing one gets its daily copy.
  const backgroundWork = existed ? takeDailyBackupSafely(db, options.dataDir, clock) : Promise.resolve()
  const essay = loadEssay(options.resourcesDir)
  storeEssayStructure(db, essay)
  const settings = createSettings(db, clock)
  const events = options.events ?? createEventHub()
  const identity = loadIdentity(db, { dataDir: options.dataDir, databaseFile: file })
  // Local changes pass the very checks colleagues apply on import (kinds are known once built, below).
  const built: { kinds?: KindRegistry } = {}
  const ops = createOpStore(db, {
    device: identity.deviceId,
    wallMs: () => clock.now().getTime(),
    floor: identity.floor,
    check: (op) => built.kinds?.check(op),
  })
  const eventsApi = createEventsApi(db, ops, options.resourcesDir, essay)
  const findings = createFindingsApi(db, ops, clock, options.resourcesDir)
  const jobs = createJobs(events)
  const ocr = createOcrEngine({ tessdataDir: tessdataDir(options.resourcesDir) })
  const decoder = createDecoder(options.decodeWorkerFile)
  const kinds = createKindRegistry([
    findingKind(db, ops, findings.findings.store),
    findingStubKind(db),
    repositoryKind(findings.repositories),
    repositoryCollectionKind(findings.collections),
    ...eventKinds(eventsApi.events, eventsApi.names),
  ])
  built.kinds = kinds
  const sync = createSyncApi({
    db,
    ops,
    identity,
    clock,
    jobs,
    kinds,
    dataDir: options.dataDir,
    appVersion: APP_VERSION,
  })
  const search = createSearchService({
    db,
    dataDir: options.dataDir,
    essay,
    events,
    resourcesDir: options.resourcesDir,
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
    ...sync.api,
    ...createEssayFindingsApi(db),
    ...createAttachmentsApi(db, options.dataDir, clock, findings.findings),
    ...createBackupApi(db, options.dataDir, clock, options.chooseFolder),
    ...createSearchApi(search, createFilterValues(db, () => findings.repositories.list())),
    ...createHistoryApi(db, { ops, findings: findings.findings, identity, clock }),
    ...createOcrApi({ db, dataDir: options.dataDir, tessdataDir: tessdataDir(options.resourcesDir), engine: ocr, jobs }),
    ...createDayImportApi({ db, dataDir: options.dataDir, clock, jobs, engine: ocr, decoder, ...(options.chooseFolder ? { chooseFolder: options.chooseFolder } : {}) }),
    ...createRomanizeApi(db),
    ...createTeamApi({ db, dataDir: options.dataDir, identity, clock, sync: () => ({ 'sync.export': api['sync.export'], 'sync.import': sync.automaticImport }) }),
  }

  return {
    api,
    dispatch: createDispatcher(api, events, options),
    events,
    db,
    identity,
    search,
    sync: sync.files,
    backgroundWork,
    close: () => {
      const stopped = Promise.all([search.close(), ocr.close(), decoder.close()]).then(() => undefined)
      if (db.open) {
        // What this device issued is remembered outside the database, for a later restore.
        rememberIssued(options.dataDir, identity.deviceId, ops.latestOwn(), identity.epoch)
        db.close()
      }
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

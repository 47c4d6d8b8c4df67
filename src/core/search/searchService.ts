import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/api/errors'
import type { Essay } from '../../shared/model/essay'
import type { Db } from '../db/types'
import type { EventHub } from '../eventHub'
import { onMaterialized, type MaterializedKind } from '../materializeHooks'
import { listedNames } from './names/listedNames'
import { SearchIndexError } from './persist'
import {
  countFindings,
  entityDocs,
  essayDocs,
  eventDoc,
  eventDocs,
  findingBatches,
  findingDocById,
  libraryAliases,
  libraryStamp,
} from './searchDocs'
import type { SearchDoc, SearchOptions, SearchResult } from './types'
import { SearchWorker } from './worker/searchClient'

/** The saved index and the cache files beside it in the library folder (rebuildable; never synced). */
export const SEARCH_FILES = { index: 'search-index.json', stamp: 'search-index.stamp', fts: 'search.sqlite' } as const

/** Progress events of a rebuild carry this job id and phase. */
export const REINDEX_JOB = 'search-reindex'
const FINDING_BATCH = 500
const SAVE_DELAY_MS = 2000

export interface SearchServiceOptions {
  db: Db
  dataDir: string
  essay: Essay
  events: EventHub
  /** The app's bundled resources (the list of names that are not entities). */
  resourcesDir: string
  /** 'background' starts the worker at once (app hosts); 'onDemand' at the first search (CLI, tests). */
  start?: 'background' | 'onDemand'
  /** The bundled worker script (electron-vite); tsx and vitest find the source by themselves. */
  workerFile?: string
  /** Electron-ABI better-sqlite3 addon for the worker's FTS5 database. */
  nativeBinding?: string
}

/** A saved index in more b-trees than this is merged after it loads (see tidy). */
const TIDY_LOADED_OVER = 8

/**
 * Keeps the search index of one library: starts the worker, loads the saved index or rebuilds it
 * in the background, applies every materialized record change, and saves (debounced).
 */
export function createSearchService(options: SearchServiceOptions) {
  const { db, dataDir, essay, events } = options
  /** Entity names and the bundled list of other names: what search expands. */
  const names = () => [...libraryAliases(db), ...listedNames(options.resourcesDir)]
  const file = (name: keyof typeof SEARCH_FILES) => join(dataDir, SEARCH_FILES[name])
  const pending = new Map<string, { kind: MaterializedKind; id: string }>()
  let worker: SearchWorker | undefined
  /** Settles once something is searchable: the saved index, or the essay and events of a rebuild. */
  let firstReady: Promise<void> = Promise.resolve()
  let rebuilding: Promise<void> | undefined
  let firstOfRebuild: Promise<void> = Promise.resolve()
  let failure: Error | undefined
  let saveTimer: NodeJS.Timeout | undefined
  let flushTimer: NodeJS.Immediate | undefined
  let dirty = false
  let closed = false
  let tidying = false

  const unsubscribe = onMaterialized(db, (kind, id) => {
    if (!worker) return // the stamp check at start notices what an idle service missed
    pending.set(`${kind}:${id}`, { kind, id })
    flushTimer ??= setImmediate(flushSoon)
  })

  function flushSoon(): void {
    flushTimer = undefined
    if (closed || pending.size === 0) return
    // Inside a running import the rows may still roll back: apply them once it has committed.
    if (db.inTransaction) flushTimer = setImmediate(flushSoon)
    else void flush().catch(fail)
  }

  /** Sends the changes made since the last flush to the worker (reads the rows now, outside any transaction). */
  function flush(): Promise<void> {
    if (!worker || pending.size === 0 || db.inTransaction) return Promise.resolve()
    const changes = [...pending.values()]
    pending.clear()
    const add: SearchDoc[] = []
    const remove: string[] = []
    let aliasesChanged = false
    for (const { kind, id } of changes) {
      if (kind === 'alias') aliasesChanged = true
      else {
        const doc = kind === 'finding' ? findingDocById(db, id) : eventDoc(db, id)
        if (doc) add.push(doc)
        else remove.push(id)
      }
    }
    const sent: Promise<void>[] = []
    if (aliasesChanged) sent.push(worker.setAliases(names()))
    if (remove.length > 0) sent.push(worker.remove(remove))
    if (add.length > 0) sent.push(worker.add(add))
    scheduleSave()
    return Promise.all(sent).then(() => undefined)
  }

  function scheduleSave(): void {
    dirty = true
    clearTimeout(saveTimer)
    saveTimer = setTimeout(() => void save().catch(fail), SAVE_DELAY_MS)
  }

  /** Saves the index, then the stamp of the library state it reflects (no stamp: rebuild next time). */
  async function save(): Promise<void> {
    if (!worker) return
    if (db.inTransaction) return scheduleSave()
    // Everything that reads the database happens before the first await: close() may follow at once.
    const flushed = flush()
    const stamp = libraryStamp(db, essay)
    dirty = false
    rmSync(file('stamp'), { force: true })
    await flushed
    await worker.save(file('index'))
    writeFileSync(file('stamp'), stamp, { mode: 0o600 })
  }

  function fail(error: unknown): void {
    if (closed) return
    failure = error as Error
    console.error('[workbench] search index failed', error)
  }

  function start(): SearchWorker {
    if (worker) return worker
    worker = SearchWorker.start({
      aliases: names(),
      ftsPath: file('fts'),
      ...(options.workerFile ? { workerFile: options.workerFile } : {}),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
    const saved = existsSync(file('stamp')) && readFileSync(file('stamp'), 'utf8') === libraryStamp(db, essay)
    firstReady = saved ? worker.load(file('index')).then(() => void tidy(TIDY_LOADED_OVER), () => rebuild()) : rebuild()
    return worker
  }

  /** Rebuilds from the tables: essay and events first (searchable at once), then entities, then findings. */
  function rebuild(): Promise<void> {
    if (rebuilding) return firstOfRebuild
    const w = worker!
    failure = undefined
    let signalFirst!: () => void
    firstOfRebuild = new Promise<void>((resolve) => (signalFirst = resolve))
    const total = essayDocs(essay).length + eventDocs(db).length + entityDocs(db).length + countFindings(db)
    function* batches(): Generator<SearchDoc[]> {
      yield [...essayDocs(essay), ...eventDocs(db)]
      yield entityDocs(db)
      yield* findingBatches(db, FINDING_BATCH)
    }
    const progress = (done: number) => events.emit('job.progress', { job_id: REINDEX_JOB, phase: 'reindex', done, total })
    progress(0)
    rebuilding = w
      .rebuild(stopWhenClosed(batches()), {
        total,
        onProgress: (p) => {
          signalFirst()
          progress(p.done)
        },
      })
      .then(() => (closed ? undefined : save()))
      .then(() => void tidy(1))
      .catch(fail)
      .finally(() => {
        signalFirst()
        rebuilding = undefined
      })
    return firstOfRebuild
  }

  /**
   * Merges the findings' index into one b-tree, a step per request so that searches go between
   * steps. After a rebuild always; a loaded index only when edits have left it in many pieces
   * (FTS5 merges small ones itself).
   */
  async function tidy(over: number): Promise<void> {
    if (tidying || !worker) return
    tidying = true
    try {
      for (let more = await worker.tidy(over); more && !closed; more = await worker.tidy(1));
    } catch (error) {
      fail(error)
    } finally {
      tidying = false
    }
  }

  /** Stops reading the tables once the library closes (the database handle goes with it). */
  function* stopWhenClosed(batches: Iterator<SearchDoc[]>): Generator<SearchDoc[]> {
    while (!closed) {
      const next = batches.next()
      if (next.done) return
      yield next.value
    }
  }

  async function ready(): Promise<SearchWorker> {
    if (closed) throw new AppError('search.unavailable', 'The library is closed; search is unavailable')
    const w = start()
    await firstReady
    // Started by this very call (CLI, tests): nobody has seen partial results yet, so give whole ones.
    if (options.start === 'onDemand') await rebuilding
    await flush()
    return w
  }

  if (options.start !== 'onDemand') start()

  return {
    /** Searches what is indexed (waiting for the saved index or the first rebuild batches). */
    async query(query: string, searchOptions: SearchOptions): Promise<SearchResult> {
      const w = await ready()
      try {
        return await w.search(query, searchOptions)
      } catch (error) {
        throw asAppError(error, failure)
      }
    },
    /** Starts a rebuild (unless one runs); progress goes out as `job.progress` events. */
    reindex(): { started: true } {
      start()
      void rebuild()
      return { started: true }
    },
    /** Settles when the running rebuild (if any) has finished and every change is applied. */
    async settled(): Promise<void> {
      await ready()
      await rebuilding
      await flush()
      if (failure) throw asAppError(failure)
    },
    /** Saves if needed and stops the worker; the database may close right after this returns. */
    close(): Promise<void> {
      if (closed) return Promise.resolve()
      const w = worker
      const saving = dirty && !rebuilding && w ? save() : Promise.resolve()
      closed = true
      unsubscribe()
      clearTimeout(saveTimer)
      if (flushTimer) clearImmediate(flushTimer)
      return saving.catch(() => undefined).then(() => w?.close())
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>

/** Search failures as the contract's errors: a bad index is `search.unavailable`, bad input `input.invalid`. */
function asAppError(error: unknown, cause?: Error): AppError {
  if (error instanceof AppError) return error
  if (error instanceof TypeError) return new AppError('input.invalid', error.message)
  const reason = error instanceof SearchIndexError ? `the index needs a rebuild (${error.reason})` : (cause ?? (error as Error)).message
  return new AppError('search.unavailable', `Search is unavailable: ${reason}`)
}

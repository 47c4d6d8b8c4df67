import type { Worker } from 'node:worker_threads'
import { spawnWorker } from '../../workers/spawnWorker'
import type { AliasEntry } from '../aliases'
import { SearchIndexError, type SearchIndexErrorReason } from '../persist'
import type { SearchDoc, SearchOptions, SearchResult } from '../types'
import type { MethodName, Request, Response, WireError, WorkerInit, WorkerMethods } from './protocol'

export interface StartOptions extends WorkerInit {
  /**
   * The worker script. Defaults to searchWorker.js beside this file (a build), else
   * searchWorker.ts run through tsx (`npm run workbench`, vitest). A bundler that moves files
   * passes the path of its own worker entry here.
   */
  workerFile?: string
}

export interface RebuildOptions {
  /** Total documents expected, for progress; unknown totals report `total: undefined`. */
  total?: number
  onProgress?: (progress: { done: number; total?: number }) => void
  /** Aborting stops between batches; the index is then incomplete and should be rebuilt later. */
  signal?: AbortSignal
}

/** Creates the worker (searchWorker.js beside this file in a build, else the .ts source through tsx). */
const spawn = (file: string | undefined, workerData: WorkerInit): Worker => spawnWorker(__dirname, 'searchWorker', workerData, file)

function toError(error: WireError): Error {
  if (error.name === 'SearchIndexError') return new SearchIndexError(error.reason as SearchIndexErrorReason, error.message)
  return error.name === 'TypeError' ? new TypeError(error.message) : new Error(error.message)
}

/**
 * The main-thread side of the search index: every method posts a request to the worker thread
 * that owns the index and resolves with its answer, so indexing and searching never run on the
 * UI's (or the HTTP host's) event loop.
 */
export class SearchWorker {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  private failure?: Error

  private constructor(private readonly worker: Worker) {
    worker.on('message', (response: Response) => this.settle(response))
    worker.on('error', (error) => this.failAll(error))
    worker.on('exit', (code) => this.failAll(new Error(`Search worker exited with code ${code}`)))
  }

  /** Starts the worker with an empty index. */
  static start(options: StartOptions): SearchWorker {
    const init: WorkerInit = {
      aliases: options.aliases,
      ...(options.ftsPath ? { ftsPath: options.ftsPath } : {}),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    }
    return new SearchWorker(spawn(options.workerFile, init))
  }

  add(docs: SearchDoc[]): Promise<void> {
    return this.call('add', docs)
  }

  remove(ids: string[]): Promise<void> {
    return this.call('remove', ids)
  }

  setAliases(aliases: AliasEntry[]): Promise<void> {
    return this.call('setAliases', aliases)
  }

  search(query: string, options?: SearchOptions): Promise<SearchResult> {
    return this.call('search', options ? { query, options } : { query })
  }

  size(): Promise<number> {
    return this.call('size', null)
  }

  /** One step of merging the findings' index when it is in more than `over` b-trees; true while more remains. */
  tidy(over: number): Promise<boolean> {
    return this.call('tidy', over)
  }

  /** Saves the index to a file in the data directory. */
  save(path: string): Promise<{ bytes: number }> {
    return this.call('save', path)
  }

  /** Loads a saved index; rejects with SearchIndexError (version, options, corrupt) when it must be rebuilt. */
  load(path: string): Promise<{ docs: number }> {
    return this.call('load', path)
  }

  /**
   * Empties the index and indexes the batches as they come (essay and events first, so they are
   * searchable at once), reporting progress after each batch.
   */
  async rebuild(batches: Iterable<SearchDoc[]> | AsyncIterable<SearchDoc[]>, options: RebuildOptions = {}): Promise<{ docs: number }> {
    await this.call('clear', null)
    let done = 0
    for await (const batch of batches) {
      options.signal?.throwIfAborted()
      await this.add(batch)
      done += batch.length
      options.onProgress?.({ done, ...(options.total === undefined ? {} : { total: options.total }) })
    }
    return { docs: done }
  }

  async close(): Promise<void> {
    this.failure = new Error('Search worker was closed')
    await this.worker.terminate()
  }

  private call<M extends MethodName>(method: M, args: WorkerMethods[M]['args']): Promise<WorkerMethods[M]['result']> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      const request: Request<M> = { id, method, args }
      this.worker.postMessage(request)
    })
  }

  private settle(response: Response): void {
    const waiter = this.pending.get(response.id)
    if (!waiter) return
    this.pending.delete(response.id)
    if (response.ok) waiter.resolve(response.value)
    else waiter.reject(toError(response.error))
  }

  private failAll(error: Error): void {
    this.failure ??= error
    for (const waiter of this.pending.values()) waiter.reject(error)
    this.pending.clear()
  }
}

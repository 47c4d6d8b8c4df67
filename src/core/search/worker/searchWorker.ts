import Database from 'better-sqlite3'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { ensurePrivateDatabase } from '../../privateFiles'
import { SearchEngine, type SearchEngineOptions } from '../engine'
import { SearchIndexError } from '../persist'
import type { MethodName, Request, Response, WorkerInit, WorkerMethods } from './protocol'

/**
 * The worker thread that owns the search index. Requests are handled one at a time in arrival
 * order, so an `add` sent before a `search` is visible to it.
 */
const init = workerData as WorkerInit
if (init.ftsPath) ensurePrivateDatabase(init.ftsPath)
const fts = init.ftsPath ? new Database(init.ftsPath, init.nativeBinding ? { nativeBinding: init.nativeBinding } : {}) : undefined
if (fts) fts.pragma('journal_mode = WAL')
let aliases = init.aliases
const options = (): SearchEngineOptions => ({ aliases, ...(fts ? { fts } : {}) })
let engine = new SearchEngine(options())

type Handlers = { [M in MethodName]: (args: WorkerMethods[M]['args']) => WorkerMethods[M]['result'] }

const handlers: Handlers = {
  add: (docs) => engine.add(docs),
  remove: (ids) => engine.remove(ids),
  setAliases: (entries) => {
    aliases = entries
    engine.setAliases(entries)
  },
  search: ({ query, options: searchOptions }) => engine.search(query, searchOptions),
  save: (path) => {
    const json = JSON.stringify(engine)
    writeFileSync(`${path}.tmp`, json, { mode: 0o600 })
    renameSync(`${path}.tmp`, path)
    return { bytes: Buffer.byteLength(json) }
  },
  load: (path) => {
    let json: string
    try {
      json = readFileSync(path, 'utf8')
    } catch (e) {
      throw new SearchIndexError('corrupt', `Saved search index ${path} could not be read: ${(e as Error).message}`)
    }
    engine = SearchEngine.load(json, options())
    return { docs: engine.size }
  },
  clear: () => engine.clear(),
  size: () => engine.size,
  tidy: (over) => engine.tidy(over),
}

parentPort!.on('message', (request: Request) => {
  let response: Response
  try {
    const handler = handlers[request.method] as (args: unknown) => unknown
    response = { id: request.id, ok: true, value: handler(request.args) }
  } catch (e) {
    const error = e as Error
    response = {
      id: request.id,
      ok: false,
      error: { name: error.name, message: error.message, ...(e instanceof SearchIndexError ? { reason: e.reason } : {}) },
    }
  }
  parentPort!.postMessage(response)
})

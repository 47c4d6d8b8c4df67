import type { AliasEntry } from '../aliases'
import type { SearchDoc, SearchOptions, SearchResult } from '../types'

/** Options the worker builds its engine from (a database path, since a handle cannot cross threads). */
export interface WorkerInit {
  aliases: AliasEntry[]
  /** SQLite file for the FTS5 long-text store (e.g. `<dataDir>/search.sqlite`); none keeps all in memory. */
  ftsPath?: string
  /** The Electron-ABI better-sqlite3 addon, when the host runs inside Electron. */
  nativeBinding?: string
}

/** Every call the main side can make, with its argument and answer types. */
export interface WorkerMethods {
  add: { args: SearchDoc[]; result: void }
  remove: { args: string[]; result: void }
  setAliases: { args: AliasEntry[]; result: void }
  search: { args: { query: string; options?: SearchOptions }; result: SearchResult }
  /** Writes the saved index to a file (atomically: temp file, then rename). */
  save: { args: string; result: { bytes: number } }
  /** Replaces the engine by the one saved in a file; fails with SearchIndexError. */
  load: { args: string; result: { docs: number } }
  /** Empties the engine before a rebuild's batches arrive as `add` calls. */
  clear: { args: null; result: void }
  size: { args: null; result: number }
  /** One step of merging the findings' index when it is in more than `args` b-trees; true while more remains. */
  tidy: { args: number; result: boolean }
}

export type MethodName = keyof WorkerMethods

export interface Request<M extends MethodName = MethodName> {
  id: number
  method: M
  args: WorkerMethods[M]['args']
}

/** An error as it crosses the thread boundary; `reason` is set for SearchIndexError. */
export interface WireError {
  name: string
  message: string
  reason?: string
}

export type Response = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError }

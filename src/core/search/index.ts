/**
 * Multilingual search for the workbench: folding and bigram tokenization shared by indexing and
 * querying, entity name expansion, one engine over essay paragraphs, events, entities and
 * findings (MiniSearch, plus FTS5 for findings when a database is given), and a worker-thread
 * wrapper so the index never runs on a host's main thread.
 */
export { aliasesFromEntities, mergeAliases, type AliasEntry } from './aliases'
export { createSearchEngine, SearchEngine, type SearchEngineOptions } from './engine'
export { INDEX_FORMAT_VERSION, SearchIndexError, type SearchIndexErrorReason } from './persist'
export { foldText } from './text/fold'
export { tokenize, type Token } from './text/tokenize'
export * from './types'
export { SearchWorker, type RebuildOptions, type StartOptions } from './worker/searchClient'

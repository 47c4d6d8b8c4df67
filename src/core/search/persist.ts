import { createHash } from 'node:crypto'
import { FIELD_BOOSTS } from './miniIndex'
import { TEXT_FIELDS } from './types'

/**
 * Bump when tokenization, folding or the saved layout changes: a saved index built by other rules
 * would silently miss matches, so loading it must fail and the caller rebuild.
 */
export const INDEX_FORMAT_VERSION = 4

export type SearchIndexErrorReason = 'version' | 'options' | 'corrupt'

/** Thrown when a saved index cannot be used; the caller rebuilds from its records. */
export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError'
  constructor(
    readonly reason: SearchIndexErrorReason,
    message: string,
  ) {
    super(message)
  }
}

/**
 * A hash of everything that shapes the index besides the documents: format version, fields and
 * their boosts, and whether findings live in FTS5. Entity names are not part of it: they apply at query time.
 */
export function optionsHash(options: { longFieldsInFts: boolean }): string {
  const shape = JSON.stringify({ v: INDEX_FORMAT_VERSION, fields: TEXT_FIELDS, boosts: FIELD_BOOSTS, fts: options.longFieldsInFts })
  return createHash('sha256').update(shape).digest('hex').slice(0, 16)
}

/** The saved form of an engine (the FTS5 part, when there is one, lives in its own database). */
export interface SavedIndex {
  format: 'reading-room-search'
  version: number
  optionsHash: string
  mini: unknown
  docs: [string, unknown][]
  /** Words of four letters or more and how many documents hold them. */
  vocabulary: [string, number][]
}

/** Parses and checks a saved index; throws SearchIndexError saying why it cannot be used. */
export function parseSaved(json: string, expectedHash: string): SavedIndex {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (e) {
    throw new SearchIndexError('corrupt', `Saved search index is not valid JSON: ${(e as Error).message}`)
  }
  const saved = value as Partial<SavedIndex> | null
  if (!saved || typeof saved !== 'object' || saved.format !== 'reading-room-search') {
    throw new SearchIndexError('corrupt', 'Saved search index has no "format": "reading-room-search" header')
  }
  if (saved.version !== INDEX_FORMAT_VERSION) {
    throw new SearchIndexError('version', `Saved search index has format version ${saved.version}; expected ${INDEX_FORMAT_VERSION}`)
  }
  if (saved.optionsHash !== expectedHash) {
    throw new SearchIndexError('options', `Saved search index was built with options ${saved.optionsHash}; expected ${expectedHash}`)
  }
  if (!saved.mini || !Array.isArray(saved.docs) || !Array.isArray(saved.vocabulary)) {
    throw new SearchIndexError('corrupt', 'Saved search index lacks "mini", "docs" or "vocabulary"')
  }
  return saved as SavedIndex
}

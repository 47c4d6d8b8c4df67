import { SEARCH_DOC_TYPES, TEXT_FIELDS, type SearchDoc, type SearchFilters, type SearchOptions } from './types'

/** Whether a document passes the type and facet filters of a search. */
export function passesFilters(doc: SearchDoc, options: SearchOptions): boolean {
  if (options.types && !options.types.includes(doc.type)) return false
  const f: SearchFilters = options.filters ?? {}
  if (f.repository && !f.repository.includes(doc.repository ?? '')) return false
  if (f.language && !f.language.includes(doc.language ?? '')) return false
  if (f.stance && !f.stance.includes(doc.stance ?? '')) return false
  if (f.tags && !f.tags.every((t) => doc.tags?.includes(t))) return false
  if (f.sections && !f.sections.some((s) => doc.sections?.includes(s))) return false
  return overlapsDates(doc, f)
}

/** Sortable date strings: a document from 1956 overlaps a filter from 1956-09 (1956 <= 1956-09 <= 1956~). */
function overlapsDates(doc: SearchDoc, f: SearchFilters): boolean {
  if (!f.dateFrom && !f.dateTo) return true
  const from = doc.dateFrom
  if (!from) return false
  const to = (doc.dateTo ?? from) + '\uffff'
  return (!f.dateFrom || to >= f.dateFrom) && (!f.dateTo || from <= f.dateTo + '\uffff')
}

const OPTIONAL_STRINGS = ['repository', 'language', 'dateFrom', 'dateTo', 'stance', ...TEXT_FIELDS] as const

/** Checks a caller's document; throws a TypeError naming the field path, e.g. `docs[2].type`. */
export function checkDoc(doc: unknown, path: string): asserts doc is SearchDoc {
  const d = doc as Record<string, unknown> | null
  if (!d || typeof d !== 'object') throw new TypeError(`${path} must be an object`)
  if (typeof d.id !== 'string' || d.id === '') throw new TypeError(`${path}.id must be a non-empty string`)
  if (!SEARCH_DOC_TYPES.includes(d.type as SearchDoc['type'])) {
    throw new TypeError(`${path}.type must be one of ${SEARCH_DOC_TYPES.join(', ')}`)
  }
  if (typeof d.title !== 'string') throw new TypeError(`${path}.title must be a string`)
  for (const key of OPTIONAL_STRINGS) {
    if (key === 'tags') continue
    if (d[key] !== undefined && typeof d[key] !== 'string') throw new TypeError(`${path}.${key} must be a string`)
  }
  for (const key of ['tags', 'sections'] as const) {
    const v = d[key]
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
      throw new TypeError(`${path}.${key} must be an array of strings`)
    }
  }
}

/** What the search engine indexes; the caller builds these from essay paragraphs and records. */
export type SearchDocType = 'essay' | 'event' | 'entity' | 'finding'

export const SEARCH_DOC_TYPES: readonly SearchDocType[] = ['essay', 'event', 'entity', 'finding']

/**
 * Text fields, in the order a snippet looks for a match: the short, researcher-written fields
 * first (cheap to scan, and what a reader scans first), then the source text, the title last
 * (the UI shows it anyway).
 */
export const TEXT_FIELDS = ['summary', 'notes', 'transcription', 'translation', 'reference', 'tags', 'title'] as const
export type TextField = (typeof TEXT_FIELDS)[number]

/** Long fields: kept out of memory when an FTS5 database holds them (see createSearchEngine). */
export const LONG_FIELDS: readonly TextField[] = ['transcription', 'translation']

export interface SearchDoc {
  id: string
  type: SearchDocType
  title: string
  summary?: string
  transcription?: string
  translation?: string
  notes?: string
  tags?: string[]
  reference?: string
  /** Ids of linked entities: a query naming one of them finds the document even without the name in its text. */
  entities?: string[]
  /** Facets for filtering; dates are sortable strings (EDTF-like `1956-09-22`, `1956-09`, `1956`). */
  repository?: string
  language?: string
  dateFrom?: string
  dateTo?: string
  sections?: string[]
  stance?: string
}

export interface SearchFilters {
  repository?: string[]
  language?: string[]
  /** Keeps documents whose [dateFrom, dateTo] overlaps [from, to] (string comparison). */
  dateFrom?: string
  dateTo?: string
  /** All listed tags must be present. */
  tags?: string[]
  /** Any listed section will do. */
  sections?: string[]
  stance?: string[]
}

export interface SearchOptions {
  types?: SearchDocType[]
  filters?: SearchFilters
  /** Default 20; Infinity returns every hit (benchmarks, exports). */
  limit?: number
  offset?: number
  /** false skips snippets and matchedAlias (ids and scores only: exports, counts, benchmarks). */
  snippets?: boolean
}

/** A highlighted run of the snippet text, [start, end) in UTF-16 code units. */
export type Range = [number, number]

export interface SearchHit {
  id: string
  type: SearchDocType
  title: string
  score: number
  /** Plain text around the first match, in the document's own script; undefined if only a facet matched. */
  snippet?: { field: TextField; text: string; highlights: Range[] }
  /** Set when the document matched through another name of an entity (or of a listed name) the query named. */
  matchedAlias?: { entityId: string; form: string }
}

/** What a search did with the query, in words people can be shown. */
export interface SearchNotes {
  /** Names searched in their other forms too: the typed text, the entity's name, a few other forms and how many. */
  alsoSearchedAs: { typed: string; name: string; forms: string[]; formCount: number }[]
  /** Words that belong to several names (Kim), or a name inside another (Kim Il): searched as typed only. */
  ambiguous: { typed: string; names: string[] }[]
  /** The query with misspellings mended, when nothing matched the words as typed or as names. */
  didYouMean?: string
}

export interface SearchResult {
  hits: SearchHit[]
  /** Number of matching documents before offset/limit. */
  total: number
  /** Matches per type before offset/limit; the page lists findings first. */
  counts: Record<SearchDocType, number>
  notes: SearchNotes
}

import { z } from 'zod'
import { defineMethods } from '../define'

/** What search covers; the hits say which kind each one is. */
export const SearchDocType = z.enum(['essay', 'event', 'entity', 'finding'])
export type SearchDocType = z.infer<typeof SearchDocType>

const Facet = z.string().trim().min(1).max(200)
const FacetList = z.array(Facet).min(1).max(50)
/** EDTF-like sortable date: `1956`, `1956-09`, `1956-09-22`. */
const DateBound = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')

export const SearchFilters = z.strictObject({
  repository: FacetList.optional(),
  language: FacetList.optional(),
  /** Keeps records whose dates overlap [dateFrom, dateTo]. */
  dateFrom: DateBound.optional(),
  dateTo: DateBound.optional(),
  /** Every listed tag must be present. */
  tags: FacetList.optional(),
  /** Any listed essay section will do. */
  sections: FacetList.optional(),
  stance: FacetList.optional(),
})
export type SearchFilters = z.infer<typeof SearchFilters>

export const SearchQuery = z.strictObject({
  query: z.string().max(500),
  types: z.array(SearchDocType).min(1).max(4).optional(),
  filters: SearchFilters.optional(),
  limit: z.int().min(1).max(100).default(20),
  offset: z.int().min(0).max(100_000).default(0),
})
export type SearchQuery = z.input<typeof SearchQuery>

/** A highlighted run of the snippet text, [start, end) in UTF-16 code units. */
const Range = z.tuple([z.int().min(0), z.int().min(0)])

export const SearchHit = z.object({
  id: z.string(),
  type: SearchDocType,
  title: z.string(),
  /** Plain text around the first match; null when only a name or facet matched. */
  snippet: z.object({ field: z.string(), text: z.string(), highlights: z.array(Range) }).nullable(),
  score: z.number(),
  /**
   * The other name through which the record matched (e.g. 金日成 for a query 김일성); entity_id is
   * null for a name from the bundled list of names that are not entities (Kaesong).
   */
  matched_alias: z.object({ entity_id: z.string().nullable(), form: z.string() }).nullable(),
})
export type SearchHit = z.infer<typeof SearchHit>

const Count = z.int().min(0)

/** What the search did with the query, for people to read. */
export const SearchNotes = z.object({
  /** Names also searched in their other forms: the typed words, the name, a few forms and how many in all. */
  also_searched_as: z.array(z.object({ typed: z.string(), name: z.string(), forms: z.array(z.string()), form_count: Count })),
  /** Words that are part of several names (Kim), searched only as typed. */
  ambiguous: z.array(z.object({ typed: z.string(), names: z.array(z.string()) })),
  /** The query with misspellings mended, when nothing matched it as typed. */
  did_you_mean: z.string().nullable(),
})
export type SearchNotes = z.infer<typeof SearchNotes>

export const SearchResults = z.object({
  /** The page: the researcher's own findings first, then essay, events and entities. */
  hits: z.array(SearchHit),
  total: Count,
  /** Matches of each type, before paging. */
  counts: z.object({ essay: Count, event: Count, entity: Count, finding: Count }),
  notes: SearchNotes,
})
export type SearchResults = z.infer<typeof SearchResults>

export const searchMethods = defineMethods({
  /** Searches essay paragraphs, events, entities and findings in any script, with entity names expanded. */
  'search.query': { input: SearchQuery, output: SearchResults },
  /** Rebuilds the index from the library in the background; progress comes as `job.progress` (phase `reindex`). */
  'search.reindex': { input: z.strictObject({}), output: z.object({ started: z.literal(true) }) },
})

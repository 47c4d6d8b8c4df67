import type { Api } from '../../shared/api/contract'
import type { SearchHit as ContractHit, SearchFilters } from '../../shared/api/contract/search'
import { isListedName } from './names/listedNames'
import type { SearchService } from './searchService'
import type { SearchHit } from './types'

/** The `search.*` methods over a library's search service. */
export function createSearchApi(
  service: SearchService,
  understand: (filters: SearchFilters | undefined) => SearchFilters | undefined = (filters) => filters,
): Pick<Api, 'search.query' | 'search.reindex'> {
  return {
    'search.query': async ({ query, types, filters: typed, limit, offset }) => {
      // Filters as people write them ("Korean", a section's title) become the stored values, or are refused.
      const filters = understand(typed)
      const result = await service.query(query, { limit, offset, ...(types ? { types } : {}), ...(filters ? { filters } : {}) })
      const { notes } = result
      return {
        hits: result.hits.map(toContractHit),
        total: result.total,
        counts: result.counts,
        notes: {
          also_searched_as: notes.alsoSearchedAs.map(({ formCount, ...n }) => ({ ...n, form_count: formCount })),
          ambiguous: notes.ambiguous,
          did_you_mean: notes.didYouMean ?? null,
        },
      }
    },
    'search.reindex': () => service.reindex(),
  }
}

function toContractHit(hit: SearchHit): ContractHit {
  return {
    id: hit.id,
    type: hit.type,
    title: hit.title,
    snippet: hit.snippet ?? null,
    score: hit.score,
    matched_alias: hit.matchedAlias ? { entity_id: isListedName(hit.matchedAlias.entityId) ? null : hit.matchedAlias.entityId, form: hit.matchedAlias.form } : null,
  }
}

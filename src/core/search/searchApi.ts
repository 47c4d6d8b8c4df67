import type { Api } from '../../shared/api/contract'
import type { SearchHit as ContractHit } from '../../shared/api/contract/search'
import type { SearchService } from './searchService'
import type { SearchHit } from './types'

/** The `search.*` methods over a library's search service. */
export function createSearchApi(service: SearchService): Pick<Api, 'search.query' | 'search.reindex'> {
  return {
    'search.query': async ({ query, types, filters, limit, offset }) => {
      const result = await service.query(query, { limit, offset, ...(types ? { types } : {}), ...(filters ? { filters } : {}) })
      return { hits: result.hits.map(toContractHit), total: result.total }
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
    matched_alias: hit.matchedAlias ? { entity_id: hit.matchedAlias.entityId, form: hit.matchedAlias.form } : null,
  }
}

import { useEffect, useState } from 'react'
import type { SearchQuery, SearchResults } from '../../../../shared/api/contract/search'
import { call } from '../../api/client'
import { errorText } from '../../i18n/errorText'

/** Typing pauses this long before a search goes out. */
const DEBOUNCE_MS = 120

/**
 * Runs `search.query` as the request changes (debounced); an answer to an older request never
 * replaces a newer one, and the last answer stays on screen while the next is on its way.
 * An empty query gives no results and no call.
 */
export function useSearch(request: SearchQuery): { results?: SearchResults; error?: string } {
  const [state, setState] = useState<{ results?: SearchResults; error?: string }>({})
  const key = JSON.stringify(request)
  const empty = !request.query.trim()
  useEffect(() => {
    if (empty) return
    let current = true
    const timer = setTimeout(() => {
      call('search.query', JSON.parse(key) as SearchQuery).then(
        (results) => current && setState({ results }),
        (e: unknown) => current && setState({ error: errorText(e) }),
      )
    }, DEBOUNCE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [key, empty])
  return empty ? {} : state
}

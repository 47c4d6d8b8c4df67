import { useState } from 'react'
import type { SearchDocType, SearchFilters, SearchQuery } from '../../../../shared/api/contract/search'
import { STANCES } from '../../../../shared/model/findingVocab'
import { useCall } from '../../api/useCall'
import { useNavigate } from '../../navigation'
import type { MessageId } from '../../../../shared/i18n/messageIds'
import { useLabels, useT } from '../../i18n'
import { HIT_TYPES, hitDestination, SearchHitText } from './SearchHitText'
import { FILTER_LANGUAGES } from '../../../../shared/vocabulary'
import { useSearch } from './useSearch'

const PAGE_SIZE = 20

/** The filter fields of the form; the pickers are those of the findings view, in words. */
const FILTER_FIELDS = [
  { key: 'repository', label: 'search.filter.repository', any: 'common.anyRepository' },
  { key: 'language', label: 'search.filter.language', any: 'common.anyLanguage' },
  { key: 'dateFrom', label: 'search.filter.dateFrom' },
  { key: 'dateTo', label: 'search.filter.dateTo' },
  { key: 'tags', label: 'search.filter.tags' },
  { key: 'sections', label: 'search.filter.sections', any: 'common.anySection' },
  { key: 'stance', label: 'search.filter.stance', any: 'common.anyStance' },
] as const satisfies readonly { key: string; label: MessageId; any?: MessageId }[]

type FilterKey = (typeof FILTER_FIELDS)[number]['key']

/** Korean and Chinese as a whole (every regional and script tag), then the usual tags one by one. */
const SEARCH_LANGUAGES = ['ko', 'zh', ...FILTER_LANGUAGES]

/** The form's filter values as the contract wants them: single dates, everything else a one-item list. */
function toFilters(values: Partial<Record<FilterKey, string>>): SearchFilters | undefined {
  const filters: SearchFilters = {}
  for (const { key } of FILTER_FIELDS) {
    const value = values[key]?.trim()
    if (!value) continue
    if (key === 'dateFrom' || key === 'dateTo') filters[key] = value
    else filters[key] = [value]
  }
  return Object.keys(filters).length > 0 ? filters : undefined
}

/** The choices of a picker, as [stored value, words]. */
function useChoices(): Partial<Record<FilterKey, [string, string][]>> {
  const repositories = useCall('repositories.list', {})
  const essay = useCall('essay.get', {})
  const t = useT()
  const labels = useLabels()
  return {
    repository: repositories.status === 'done' ? repositories.value.map((r) => [r.id, r.name]) : [],
    language: SEARCH_LANGUAGES.map((tag) => [
      tag,
      tag === 'ko' || tag === 'zh' ? t('actions.languageAll', { language: labels.vocab('language', tag) }) : labels.vocab('language', tag),
    ]),
    sections: essay.status === 'done' ? essay.value.sections.map((s) => [s.slug, s.title]) : [],
    stance: STANCES.map((s) => [s, labels.vocab('stance', s)]),
  }
}

/** Full search: every hit with its snippet, a type filter, record filters and paging. */
export function SearchView({ initialQuery = '' }: { initialQuery?: string }) {
  const navigate = useNavigate()
  const t = useT()
  const labels = useLabels()
  const [query, setQuery] = useState(initialQuery)
  const [type, setType] = useState<SearchDocType | ''>('')
  const [values, setValues] = useState<Partial<Record<FilterKey, string>>>({})
  const [page, setPage] = useState(0)
  const choices = useChoices()
  const filters = toFilters(values)
  const request: SearchQuery = {
    query,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
    ...(type ? { types: [type] } : {}),
    ...(filters ? { filters } : {}),
  }
  const { results, error } = useSearch(request)
  const change = (apply: () => void) => {
    apply()
    setPage(0)
  }
  const pages = results ? Math.max(1, Math.ceil(results.total / PAGE_SIZE)) : 1

  return (
    <main id="main" className="search-view" tabIndex={-1}>
      <h1>{t('search.title')}</h1>
      <form className="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('search.words')}
          <input type="search" value={query} onChange={(e) => change(() => setQuery(e.target.value))} />
        </label>
        <label>
          {t('search.type')}
          <select value={type} onChange={(e) => change(() => setType(e.target.value as SearchDocType | ''))}>
            <option value="">{t('search.everything')}</option>
            {HIT_TYPES.map((value) => (
              <option key={value} value={value}>
                {labels.vocab('hitType', value)}
              </option>
            ))}
          </select>
        </label>
        {FILTER_FIELDS.map((field) => {
          const value = values[field.key] ?? ''
          const onValue = (next: string) => change(() => setValues({ ...values, [field.key]: next }))
          const list = choices[field.key]
          return (
            <label key={field.key}>
              {t(field.label)}
              {list && 'any' in field ? (
                <select value={value} onChange={(e) => onValue(e.target.value)}>
                  <option value="">{t(field.any)}</option>
                  {list.map(([stored, words]) => (
                    <option key={stored} value={stored}>
                      {words}
                    </option>
                  ))}
                </select>
              ) : (
                <input value={value} onChange={(e) => onValue(e.target.value)} />
              )}
            </label>
          )
        })}
      </form>
      {error && (
        <p role="alert" className="filter-problem">
          {error}
        </p>
      )}
      {results && (
        <p aria-live="polite">
          {t('count.result', { count: results.total })}
          {results.total > PAGE_SIZE && t('search.page', { page: page + 1, pages })}
        </p>
      )}
      <ol className="search-results">
        {results?.hits.map((hit) => (
          <li key={hit.id} className="search-hit">
            <span className="search-hit-type">{labels.vocab('hitType', hit.type)}</span>
            <a
              href={hit.type === 'essay' ? `#${hit.id}` : '#'}
              onClick={(e) => {
                e.preventDefault()
                navigate(hitDestination(hit))
              }}
            >
              <SearchHitText hit={hit} />
            </a>
          </li>
        ))}
      </ol>
      {results && results.total > PAGE_SIZE && (
        <nav aria-label={t('search.pages')} className="search-paging">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('common.previous')}
          </button>
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {t('common.next')}
          </button>
        </nav>
      )}
    </main>
  )
}

import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit } from '../../../../shared/api/contract/search'
import { useNavigate } from '../../navigation'
import { useLabels, useT } from '../../i18n'
import { HIT_TYPES, hitDestination, SearchHitText } from './SearchHitText'
import { useSearch } from './useSearch'

const PALETTE_LIMIT = 30

/** Hits grouped by type (essay, events, entities, findings), each keeping its place in keyboard order. */
function groupHits(hits: readonly SearchHit[]) {
  const ordered = HIT_TYPES.flatMap((type) => hits.filter((h) => h.type === type))
  const groups = HIT_TYPES
    .map((type) => ({ type, hits: ordered.map((hit, index) => ({ hit, index })).filter((h) => h.hit.type === type) }))
    .filter((g) => g.hits.length > 0)
  return { ordered, groups }
}

/** The global as-you-type search, opened with Ctrl+K (Cmd+K on a Mac) from any view. */
export function SearchPalette() {
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [chosen, setActive] = useState(0)
  const navigate = useNavigate()
  const t = useT()
  const labels = useLabels()
  const { results, error } = useSearch({ query: open ? query : '', limit: PALETTE_LIMIT })
  const { ordered, groups } = groupHits(results?.hits ?? [])
  /** The last option, after the hits: the same query in the full search view, with filters and paging. */
  const seeAllIndex = results && results.total > 0 ? ordered.length : -1
  const optionCount = seeAllIndex >= 0 ? ordered.length + 1 : ordered.length
  /** The highlighted option, kept inside the current results (typing resets it to the first). */
  const active = Math.max(0, Math.min(chosen, optionCount - 1))

  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent): void {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal()
    if (!open && dialog.current?.open) dialog.current.close()
  }, [open])

  function openHit(hit: SearchHit | undefined): void {
    if (!hit) return
    setOpen(false)
    navigate(hitDestination(hit))
  }

  function seeAll(): void {
    setOpen(false)
    navigate({ view: 'search', query })
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive(Math.min(Math.max(active + step, 0), Math.max(optionCount - 1, 0)))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (active === seeAllIndex) seeAll()
      else openHit(ordered[active])
    }
  }

  return (
    <dialog ref={dialog} className="search-palette" aria-label={t('search.palette')} onClose={() => setOpen(false)}>
      {open && (
        <>
          <input
            type="search"
            role="combobox"
            aria-label={t('search.everythingLabel')}
            aria-expanded={optionCount > 0}
            aria-controls="search-palette-hits"
            aria-autocomplete="list"
            aria-activedescendant={optionCount > 0 ? `search-hit-${active}` : undefined}
            placeholder={t('search.placeholder')}
            value={query}
            autoFocus
            onChange={(e) => {
              setQuery(e.target.value)
              setActive(0)
            }}
            onKeyDown={onKeyDown}
          />
          {error && <p role="alert">{error}</p>}
          {results && <p className="search-total" aria-live="polite">{t('count.result', { count: results.total })}</p>}
          <div id="search-palette-hits" role="listbox" aria-label={t('search.results')}>
            {groups.map((group) => (
              <div key={group.type} role="group" aria-label={labels.vocab('hitType', group.type)}>
                <div className="search-group-label" aria-hidden="true">
                  {labels.vocab('hitType', group.type)}
                </div>
                {group.hits.map(({ hit, index }) => (
                  <div
                    key={hit.id}
                    id={`search-hit-${index}`}
                    role="option"
                    aria-selected={index === active}
                    className="search-hit"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => openHit(hit)}
                  >
                    <SearchHitText hit={hit} />
                  </div>
                ))}
              </div>
            ))}
            {seeAllIndex >= 0 && (
              <div
                id={`search-hit-${seeAllIndex}`}
                role="option"
                aria-selected={active === seeAllIndex}
                className="search-hit search-see-all"
                onMouseDown={(e) => e.preventDefault()}
                onClick={seeAll}
              >
                {t('search.seeAll', { count: results?.total ?? 0 })}
              </div>
            )}
          </div>
        </>
      )}
    </dialog>
  )
}

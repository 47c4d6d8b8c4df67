import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { FindingsViewState } from '../../../../shared/model/app'
import type { FindingFilter } from '../../../../shared/model/findingList'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'
import { ExportFindingsButton } from '../exports/ExportFindingsButton'
import { BulkActions } from './BulkActions'
import { FindingDetail } from './FindingDetail'
import { FindingGrid, type SelectIntent } from './FindingGrid'
import { FindingsFilterBar } from './FindingsFilterBar'
import { FindingPageCache, queryKey, type ListQuery } from './pageCache'
import { anchorNow, moveAnchor, NO_SELECTION, rangeBounds, selectAll, selectOnly, selectRange, toggle, type Selection } from './selection'
import { useFindingsVersion } from './useFindingsVersion'

interface Props {
  /** Filter and sort, kept in the settings so they survive a reload. */
  state: FindingsViewState
  onStateChange(state: FindingsViewState): void
  /** A finding to show on arrival (a link from the timeline). */
  initialFindingId?: string
}

/** The findings: a filter bar, the virtualised list with bulk actions, and the focused finding's detail. */
export function FindingsView({ state, onStateChange, initialFindingId }: Props) {
  const version = useFindingsVersion()
  const [cache] = useState(() => new FindingPageCache((query, offset, limit) => call('findings.list', { ...query, offset, limit })))
  const revision = useSyncExternalStore(cache.subscribe, cache.revision)
  const [focusIndex, setFocusIndex] = useState(0)
  const [selection, setSelection] = useState<Selection>(NO_SELECTION)
  const [arrivalId, setArrivalId] = useState(initialFindingId)
  const [error, setError] = useState<string>()
  /** Counts selection requests: an answer that arrives after a newer request is dropped. */
  const requests = useRef(0)
  const repositories = useCall('repositories.list', {})
  const t = useT()
  const query: ListQuery = useMemo(() => ({ ...state.filter, sort: state.sort, descending: state.descending }), [state])

  // After a change elsewhere (another window, the detail's Restore), selected findings that left
  // the list leave the selection too, so bulk actions never touch rows no longer shown.
  const pruneSelection = useEffectEvent(() => {
    if (selection.ids.size === 0) return
    call('findings.ids', query).then(({ ids }) => {
      const present = new Set(ids)
      setSelection((current) => ({ ...current, ids: new Set([...current.ids].filter((id) => present.has(id))) }))
    }, (e: unknown) => setError(errorText(e)))
  })
  useEffect(() => {
    if (version === 0) return
    cache.invalidate()
    pruneSelection()
  }, [version, cache])

  // A re-sort or a new filter makes a pending range's rows mean something else: drop its answer.
  const listKey = queryKey(query)
  useEffect(() => {
    requests.current++
  }, [listKey])

  const ensure = useCallback((first: number, last: number) => cache.ensure(query, first, last), [cache, query])
  const row = useCallback((index: number) => cache.row(query, index), [cache, query])
  const total = cache.total(query)
  const focused = cache.row(query, focusIndex)
  const detailId = arrivalId ?? focused?.id

  function setFilter(filter: FindingFilter): void {
    onStateChange({ ...state, filter })
    setFocusIndex(0)
    setSelection(NO_SELECTION)
  }

  function onFocusIndex(index: number): void {
    setArrivalId(undefined)
    setFocusIndex(index)
  }

  /**
   * Applies a click or key to the selection. A range or Select all may wait for ids; if the user
   * asked for something else meanwhile, or the list was re-sorted or filtered, the late answer is
   * dropped, so it never overrides what was chosen after it.
   */
  async function onSelect(intent: SelectIntent): Promise<void> {
    if (intent.kind === 'anchor') return setSelection((current) => moveAnchor(current, intent.index, cache.row(query, intent.index)?.id))
    const request = ++requests.current
    const apply = (update: (current: Selection) => Selection) => {
      if (request === requests.current) setSelection(update)
    }
    try {
      if (intent.kind === 'none') return apply(() => ({ ...NO_SELECTION, anchor: focusIndex }))
      if (intent.kind === 'all') {
        const { ids } = await call('findings.ids', query)
        return apply((current) => selectAll(current, ids))
      }
      if (intent.kind === 'range') {
        const { anchor, ids } = await rangeTo(intent.index)
        return apply((current) => selectRange(current, ids, intent.keep, anchor))
      }
      const id = cache.row(query, intent.index)?.id
      if (id) apply((current) => (intent.kind === 'only' ? selectOnly(intent.index, id) : toggle(current, intent.index, id)))
    } catch (e) {
      setError(errorText(e))
    }
  }

  /** The ids from the anchor's finding (where it is now) to row `index`, loaded rows first. */
  async function rangeTo(index: number): Promise<{ anchor: number; ids: string[] }> {
    const here = cache.row(query, selection.anchor)?.id
    const moved = selection.anchorId !== undefined && here !== selection.anchorId
    const anchor = anchorNow(selection, here, moved ? (await call('findings.ids', query)).ids : undefined)
    const [first, last] = rangeBounds(anchor, index)
    const ids = cache.loadedIds(query, first, last) ?? (await call('findings.ids', { ...query, offset: first, limit: last - first + 1 })).ids
    return { anchor, ids }
  }

  const names = useMemo(
    () => new Map(repositories.status === 'done' ? repositories.value.map((r) => [r.id, r.name]) : []),
    [repositories],
  )
  const failure = cache.error(query)
  const listError = failure !== undefined ? errorText(failure) : error
  const inTrash = state.filter.deleted === true
  return (
    <main id="main" className="findings-view" tabIndex={-1}>
      <h1 className="visually-hidden">{t('findings.title')}</h1>
      <FindingsFilterBar
        filter={state.filter}
        onChange={setFilter}
        repositories={repositories.status === 'done' ? repositories.value : []}
      />
      <section className="findings-list" aria-label={t('findings.list')}>
        <div className="findings-toolbar">
          <p className="findings-count" aria-live="polite">
            {total === undefined ? t('findings.loading') : t(inTrash ? 'findings.inTrash' : 'findings.total', { count: total })}
            {selection.ids.size > 0 && t('findings.selected', { selected: t('count.selected', { count: selection.ids.size }) })}
          </p>
          <BulkActions
            ids={selection.ids}
            inTrash={inTrash}
            onError={setError}
            onMoved={() => setSelection(NO_SELECTION)}
          />
          {!inTrash && <ExportFindingsButton query={query} total={total} selected={selection.ids} />}
        </div>
        {listError && (
          <p role="alert" className="error-banner">
            {listError}{' '}
            <button type="button" onClick={() => (setError(undefined), cache.invalidate())}>
              {t('common.tryAgain')}
            </button>
          </p>
        )}
        {total === 0 && <p className="hint">{t('findings.noMatch')}</p>}
        <FindingGrid
          label={inTrash ? t('findings.gridTrash') : t('findings.gridLabel')}
          total={total ?? 0}
          row={row}
          ensure={ensure}
          revision={revision}
          repositoryName={(id) => names.get(id) ?? id}
          isSelected={(id) => selection.ids.has(id)}
          focusIndex={Math.min(focusIndex, Math.max(0, (total ?? 1) - 1))}
          onFocusIndex={onFocusIndex}
          onSelect={(intent) => void onSelect(intent)}
          sort={{ sort: state.sort, descending: state.descending }}
          onSort={(sort) => onStateChange({ ...state, ...sort })}
        />
      </section>
      <aside className="finding-pane" aria-label={t('findings.details')}>
        {detailId ? (
          <FindingDetail id={detailId} repositoryName={(id) => names.get(id) ?? id} onOpen={setArrivalId} />
        ) : (
          <p className="hint">{t('findings.selectHint')}</p>
        )}
      </aside>
    </main>
  )
}

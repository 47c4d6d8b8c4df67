import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react'
import type { FindingSummary } from '../../../../shared/model/findingList'
import { currentLocale, useT } from '../../i18n'
import { useDateColumns } from './dateColumns'
import { COLUMNS, FindingRow, GridHeader, type SortState } from './FindingRow'

export const ROW_HEIGHT = 32
/** Rows a Page Up/Down moves; about a screenful of the list's usual height. */
const PAGE_ROWS = 15

/** What a click or key asked the selection to do; the view decides how (it may need ids it lacks). */
export type SelectIntent =
  | { kind: 'only' | 'toggle'; index: number }
  | { kind: 'range'; index: number; keep: boolean }
  /** The keyboard moved without Shift: a later Shift range starts here. */
  | { kind: 'anchor'; index: number }
  | { kind: 'all' }
  | { kind: 'none' }

interface Props {
  total: number
  row(index: number): FindingSummary | undefined
  /** Asks for the rows first..last to be loaded. */
  ensure(first: number, last: number): void
  /** Changes whenever loaded rows change, so the visible rows re-render. */
  revision: number
  repositoryName(id: string): string
  isSelected(id: string): boolean
  focusIndex: number
  onFocusIndex(index: number): void
  onSelect(intent: SelectIntent): void
  sort: SortState
  onSort(sort: SortState): void
  label: string
}

/**
 * The findings list as an ARIA grid: only the rows in view exist in the page (TanStack
 * Virtual), so 100,000 findings scroll like 100. One row at a time is in the tab order (roving
 * focus); arrows, Page Up/Down, Home/End move it, Shift extends the selection, Space toggles,
 * Ctrl/Cmd+A selects every row, Escape clears.
 */
export function FindingGrid(props: Props) {
  const { total, focusIndex } = props
  const scroller = useRef<HTMLDivElement>(null)
  /** Set when a key moved the focus, so the new row takes DOM focus once it is rendered. */
  const moveFocus = useRef(false)
  useDateColumns(scroller, currentLocale(), useT())
  // TanStack Virtual returns functions the React Compiler cannot memoise; it is used as documented.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // The sticky header sits above the rows inside the scroller.
    scrollMargin: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
  })
  const items = virtual.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? 0
  const { ensure, revision } = props

  useEffect(() => ensure(first, last), [ensure, first, last, revision, total])

  useEffect(() => {
    if (!moveFocus.current) return
    const element = scroller.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"]`)
    if (!element) return
    moveFocus.current = false
    element.focus({ preventScroll: true })
  })

  function focusRow(index: number, extend: boolean, keep: boolean): void {
    const target = Math.max(0, Math.min(total - 1, index))
    moveFocus.current = true
    props.onFocusIndex(target)
    virtual.scrollToIndex(target, { align: 'auto' })
    props.onSelect(extend ? { kind: 'range', index: target, keep } : { kind: 'anchor', index: target })
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (total === 0 || (event.target as HTMLElement).closest('button')) return
    const mod = event.ctrlKey || event.metaKey
    const moves: Record<string, number> = {
      ArrowDown: focusIndex + 1,
      ArrowUp: focusIndex - 1,
      PageDown: focusIndex + PAGE_ROWS,
      PageUp: focusIndex - PAGE_ROWS,
      Home: 0,
      End: total - 1,
    }
    const move = moves[event.key]
    if (move !== undefined) focusRow(move, event.shiftKey, mod)
    else if (event.key === ' ') props.onSelect({ kind: 'toggle', index: focusIndex })
    else if (mod && event.key.toLowerCase() === 'a') props.onSelect({ kind: 'all' })
    else if (event.key === 'Escape') props.onSelect({ kind: 'none' })
    else return
    event.preventDefault()
  }

  function onRowClick(event: MouseEvent, index: number): void {
    props.onFocusIndex(index)
    if (event.shiftKey) props.onSelect({ kind: 'range', index, keep: event.ctrlKey || event.metaKey })
    else if (event.ctrlKey || event.metaKey) props.onSelect({ kind: 'toggle', index })
    else props.onSelect({ kind: 'only', index })
  }

  const focusRendered = items.some((item) => item.index === focusIndex)
  return (
    <div
      ref={scroller}
      role="grid"
      aria-label={props.label}
      aria-multiselectable="true"
      aria-rowcount={total + 1}
      aria-colcount={COLUMNS.length}
      className="finding-grid"
      tabIndex={focusRendered ? -1 : 0}
      onKeyDown={onKeyDown}
      onFocus={(event) => event.target === event.currentTarget && focusRow(focusIndex, false, false)}
    >
      <GridHeader sort={props.sort} onSort={props.onSort} />
      <div role="rowgroup" className="grid-body" style={{ height: virtual.getTotalSize() }}>
        {items.map((item) => {
          const finding = props.row(item.index)
          return (
            <FindingRow
              key={item.index}
              index={item.index}
              top={item.start - ROW_HEIGHT}
              finding={finding}
              repositoryName={props.repositoryName}
              selected={finding ? props.isSelected(finding.id) : false}
              focused={item.index === focusIndex}
              onClick={onRowClick}
            />
          )
        })}
      </div>
    </div>
  )
}

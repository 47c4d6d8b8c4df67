import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { FindingMark } from '../../../../shared/api/contract/findings'

const ROW_HEIGHT = 30

/** The findings on the axis as a list: the keyboard and screen-reader way to them. Virtualised. */
export function FindingMarkList({
  marks,
  selectedId,
  onSelect,
}: {
  marks: readonly FindingMark[]
  selectedId?: string
  onSelect(id: string): void
}) {
  const scroller = useRef<HTMLDivElement>(null)
  // TanStack Virtual returns functions the React Compiler cannot memoise; it is used as documented.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: marks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  })
  return (
    <div ref={scroller} className="event-list" role="region" aria-label={`Findings on the timeline (${marks.length})`} tabIndex={-1}>
      <ul style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((row) => {
          const mark = marks[row.index]
          if (!mark) return null
          const certaintyNote = mark.certainty === 'exact' ? '' : mark.certainty === 'approximate' ? ' (approximate)' : ` (${mark.certainty})`
          return (
            <li key={mark.id} style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}>
              <button type="button" aria-pressed={mark.id === selectedId} className="event-row finding-row" onClick={() => onSelect(mark.id)}>
                <span className="event-date">
                  {mark.doc_date}
                  {certaintyNote}
                </span>{' '}
                <span className="event-title">{mark.title}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

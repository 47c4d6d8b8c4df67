import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { FindingMark } from '../../../../shared/api/contract/findings'
import { formatEdtf } from '../../../../shared/i18n/format'
import { currentLocale, useLabels, useT } from '../../i18n'

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
  const t = useT()
  const labels = useLabels()
  // TanStack Virtual returns functions the React Compiler cannot memoise; it is used as documented.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: marks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  })
  return (
    <div ref={scroller} className="event-list" role="region" aria-label={t('timeline.findingList', { count: marks.length })} tabIndex={-1}>
      <ul style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((row) => {
          const mark = marks[row.index]
          if (!mark) return null
          // An EDTF qualifier (~ ? %) already says it in the date; otherwise the certainty is named.
          const certaintyNote = mark.certainty === 'exact' || /[~?%]/.test(mark.doc_date) ? '' : ` ${t('timeline.dateCertainty', { certainty: labels.vocab('dateCertainty', mark.certainty).toLowerCase() })}`
          return (
            <li key={mark.id} style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}>
              <button type="button" aria-pressed={mark.id === selectedId} className="event-row finding-row" onClick={() => onSelect(mark.id)}>
                <span className="event-date">
                  {formatEdtf(mark.doc_date, currentLocale(), t)}
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

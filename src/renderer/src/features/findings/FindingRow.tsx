import type { MouseEvent } from 'react'
import type { FINDING_SORTS, FindingSummary } from '../../../../shared/model/findingList'
import type { MessageId } from '../../../../shared/i18n/messageIds'
import { formatDay, formatEdtf } from '../../../../shared/i18n/format'
import { currentLocale, useLabels, useT } from '../../i18n'

type FindingSort = (typeof FINDING_SORTS)[number]

export interface SortState {
  sort: FindingSort
  descending: boolean
}

/** The list's columns; those with a `sort` can be sorted by clicking their header. */
export const COLUMNS: { label: MessageId; sort?: FindingSort }[] = [
  { label: 'findings.column.date', sort: 'date' },
  { label: 'findings.column.title', sort: 'title' },
  { label: 'findings.column.repository', sort: 'repository' },
  { label: 'findings.column.language' },
  { label: 'findings.column.confidence', sort: 'confidence' },
  { label: 'findings.column.updated', sort: 'updated' },
]

/** Column headers; a sortable one is a button that sorts by it, or reverses the order when it already does. */
export function GridHeader({ sort, onSort }: { sort: SortState; onSort(sort: SortState): void }) {
  const t = useT()
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="grid-row">
        {COLUMNS.map((column) => {
          const active = column.sort === sort.sort
          return (
            <div
              key={column.label}
              role="columnheader"
              title={t(column.label)}
              aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
            >
              {column.sort ? (
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => onSort({ sort: column.sort!, descending: active ? !sort.descending : false })}
                >
                  {t(column.label)}
                  {active && <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>}
                </button>
              ) : (
                t(column.label)
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}

interface RowProps {
  index: number
  top: number
  finding: FindingSummary | undefined
  repositoryName(id: string): string
  selected: boolean
  focused: boolean
  onClick(event: MouseEvent, index: number): void
}

/** One finding as a grid row; a placeholder row while its page loads. */
export function FindingRow({ index, top, finding, selected, focused, repositoryName, onClick }: RowProps) {
  const t = useT()
  const labels = useLabels()
  const locale = currentLocale()
  const common = {
    role: 'row',
    'aria-rowindex': index + 2,
    'data-index': index,
    tabIndex: focused ? 0 : -1,
    style: { transform: `translateY(${top}px)` },
  }
  if (!finding) {
    return (
      <div {...common} aria-busy="true" className="grid-row grid-row-loading">
        <div role="gridcell" aria-colspan={COLUMNS.length}>
          {t('common.loading')}
        </div>
      </div>
    )
  }
  return (
    <div
      {...common}
      aria-selected={selected}
      className={`grid-row${finding.deleted ? ' is-deleted' : ''}`}
      onClick={(event) => onClick(event, index)}
    >
      <div role="gridcell" className="cell-date" title={formatEdtf(finding.doc_date, locale, t)}>
        {formatEdtf(finding.doc_date, locale, t, 'short')}
      </div>
      <div role="gridcell" className="cell-title" title={finding.title}>
        {finding.conflict_count > 0 && (
          <span className="badge badge-conflict" title={t('findings.conflictBadgeTitle')}>
            {t('count.conflict', { count: finding.conflict_count })}
          </span>
        )}
        {finding.deleted && <span className="badge">{t('findings.inTrashBadge')}</span>} {finding.title}
      </div>
      <TextCell text={repositoryName(finding.repository_id)} />
      <TextCell text={labels.vocab('language', finding.original_language)} />
      <TextCell text={labels.vocab('confidence', finding.confidence)} />
      <div role="gridcell" className="cell-updated" title={formatDay(finding.updated_at.slice(0, 10), locale)}>
        {formatDay(finding.updated_at.slice(0, 10), locale, 'short')}
      </div>
    </div>
  )
}

/** A cell cut short with an ellipsis in a narrow window keeps its whole text as a tooltip. */
function TextCell({ text }: { text: string }) {
  return (
    <div role="gridcell" title={text}>
      {text}
    </div>
  )
}

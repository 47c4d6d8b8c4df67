import { useState } from 'react'
import type { FindingFilter } from '../../../../shared/model/findingList'
import { call } from '../../api/client'
import type { ListQuery } from '../findings/pageCache'
import { ExportDialog, type ExportScope } from './ExportDialog'
import { toExportFilter } from './exportFilter'

interface Props {
  query: ListQuery
  /** Findings the list shows, when known. */
  total?: number
  selected: ReadonlySet<string>
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`

/** "Export these findings…": the list's filter, or its selection, becomes what the export carries. */
export function ExportFindingsButton({ query, total, selected }: Props) {
  const [open, setOpen] = useState(false)
  const list: ExportScope = {
    id: 'list',
    label: total === undefined ? 'The findings in this list' : `The ${plural(total, 'finding', 'findings')} in this list`,
    filter: () => listFilter(query),
  }
  const ids = [...selected]
  const selection: ExportScope = {
    id: 'selection',
    label: `The ${plural(ids.length, 'selected finding', 'selected findings')}`,
    filter: async () => ({ finding_ids: ids }),
  }
  // A click selects one row on its way to the detail pane; only a deliberate multiple selection
  // becomes the default scope.
  const scopes = ids.length === 0 ? [list] : ids.length === 1 ? [list, selection] : [selection, list]
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={total === 0}>
        Export these findings…
      </button>
      {open && <ExportDialog scopes={scopes} onClose={() => setOpen(false)} />}
    </>
  )
}

/**
 * The export filter for what the list shows. Criteria the export filter cannot express (stance,
 * language, words, ...) are honoured by adding the ids the list holds, so the file matches the list.
 */
async function listFilter(query: ListQuery) {
  const { sort: _sort, descending: _descending, ...listOnly } = query
  const { filter, unmapped } = toExportFilter(listOnly as FindingFilter)
  if (unmapped.length === 0) return filter
  const { ids } = await call('findings.ids', query)
  // An empty id list would mean "no restriction", so an empty list must not reach the export.
  if (ids.length === 0) throw new Error('This list is empty: there is nothing to export.')
  return { ...filter, finding_ids: ids }
}

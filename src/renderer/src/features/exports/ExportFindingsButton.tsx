import { useState } from 'react'
import type { FindingFilter } from '../../../../shared/model/findingList'
import type { Translate } from '../../../../shared/i18n/messageIds'
import { call } from '../../api/client'
import { useT } from '../../i18n'
import type { ListQuery } from '../findings/pageCache'
import { ExportDialog, type ExportScope } from './ExportDialog'
import { toExportFilter } from './exportFilter'

interface Props {
  query: ListQuery
  /** Findings the list shows, when known. */
  total?: number
  selected: ReadonlySet<string>
}

/** "Export these findings…": the list's filter, or its selection, becomes what the export carries. */
export function ExportFindingsButton({ query, total, selected }: Props) {
  const [open, setOpen] = useState(false)
  const t = useT()
  const list: ExportScope = {
    id: 'list',
    label: total === undefined ? t('exports.scopeList') : t('exports.scopeListCount', { count: total }),
    filter: () => listFilter(query, t),
  }
  const ids = [...selected]
  const selection: ExportScope = {
    id: 'selection',
    label: t('exports.scopeSelected', { count: ids.length }),
    filter: async () => ({ finding_ids: ids }),
  }
  // A click selects one row on its way to the detail pane; only a deliberate multiple selection
  // becomes the default scope.
  const scopes = ids.length === 0 ? [list] : ids.length === 1 ? [list, selection] : [selection, list]
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={total === 0}>
        {t('exports.exportThese')}
      </button>
      {open && <ExportDialog scopes={scopes} onClose={() => setOpen(false)} />}
    </>
  )
}

/**
 * The export filter for what the list shows. Criteria the export filter cannot express (stance,
 * language, words, ...) are honoured by adding the ids the list holds, so the file matches the list.
 */
async function listFilter(query: ListQuery, t: Translate) {
  const { sort: _sort, descending: _descending, ...listOnly } = query
  const { filter, unmapped } = toExportFilter(listOnly as FindingFilter)
  if (unmapped.length === 0) return filter
  const { ids } = await call('findings.ids', query)
  // An empty id list would mean "no restriction", so an empty list must not reach the export.
  if (ids.length === 0) throw new Error(t('exports.emptyList'))
  return { ...filter, finding_ids: ids }
}

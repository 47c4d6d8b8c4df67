import type { ExportFilter } from '../../../../shared/model/export'
import type { FindingFilter } from '../../../../shared/model/findingList'

/** The list filter as an export filter, and the list criteria an export filter cannot say. */
export interface MappedFilter {
  filter: ExportFilter
  /** List criteria without an export equivalent (language, stance, words, ...): the list's ids must stand in. */
  unmapped: (keyof FindingFilter)[]
}

/**
 * Maps the findings list filter onto the export filter: section, tag, repository and dates
 * translate directly; anything else is reported, so the caller can pin the export to the ids the
 * list shows. The Trash (`deleted: true`) is unmapped too: exports never carry deleted findings.
 */
export function toExportFilter(list: FindingFilter): MappedFilter {
  const filter: ExportFilter = {}
  const unmapped: (keyof FindingFilter)[] = []
  for (const [key, value] of Object.entries(list) as [keyof FindingFilter, unknown][]) {
    if (value === undefined || value === '' || (key === 'deleted' && value === false)) continue
    if (key === 'essay_section') filter.essay_sections = [list.essay_section!]
    else if (key === 'tag') filter.tags = [list.tag!]
    else if (key === 'repository_id') filter.repository_ids = [list.repository_id!]
    else if (key === 'date_from') filter.date_from = list.date_from
    else if (key === 'date_to') filter.date_to = list.date_to
    else unmapped.push(key)
  }
  return { filter, unmapped }
}

import { AppError } from '../../shared/api/errors'
import type { Finding } from '../../shared/model/finding'
import type { ExportFilter, ExportFormat, ExportReport } from '../../shared/model/export'
import type { Repository } from '../../shared/model/repository'
import { bibFile } from './bibtex'
import type { CitationStyle } from './citation'
import { citationContext } from './citationItem'
import { cslItems, cslJsonFile } from './cslJson'
import type { ExportEntity } from './cslNames'
import { csvFile } from './csv'
import { markdownReport, type OutlineSection } from './markdown'
import { risFile } from './ris'
import { selectFindings } from './selection'

export interface ExportOptions {
  /** CSV only: start the file with a UTF-8 byte order mark for spreadsheet programs. */
  bom?: boolean
  /** The Chicago style and locale (`loadCitationStyle`); required for `markdown`. */
  citation?: CitationStyle
  /** Seed entities, so resolved creators are named and typed (person or institution) correctly. */
  entities?: readonly ExportEntity[]
  /** CSV only: keep formula-like cells raw instead of neutralising them (OWASP CSV injection). */
  keepFormulas?: boolean
  /** Leave out every note the researcher marked for publication. */
  omitCitationNotes?: boolean
}

export interface ExportRequest {
  format: ExportFormat
  /** Stored findings, tombstones included: the report counts what was left out. */
  findings: readonly Finding[]
  repositories: readonly Repository[]
  /** The essay outline in order (markdown groups findings under it). */
  sections: readonly OutlineSection[]
  filter?: ExportFilter
  options?: ExportOptions
}

export interface ExportResult {
  content: string
  report: ExportReport
}

/**
 * Exports the findings that match the filter in one format. Tombstones are never exported;
 * `do_not_share` findings are withheld; conflicted findings go out with their provisional values
 * and a `workbench-conflict:` note line; `quote_permission_required` drops transcriptions. Pure:
 * same input, same bytes.
 */
export function runExport(request: ExportRequest): ExportResult {
  const { format, repositories, options = {} } = request
  const { selected: matching, report } = selectFindings(request.findings, request.filter, format)
  const selected = options.omitCitationNotes ? matching.map(({ citation_note: _note, ...rest }) => rest) : matching
  const source = { findings: selected, repositories, entities: options.entities ?? [] }
  const context = citationContext(repositories, source.entities)
  const content = (() => {
    switch (format) {
      case 'csl-json':
        return cslJsonFile(cslItems(source, true))
      case 'csl-json-strict':
        return cslJsonFile(cslItems(source, false))
      case 'bibtex':
      case 'biblatex':
        return bibFile(selected, context, format)
      case 'ris':
        return risFile(selected, context)
      case 'csv':
        return csvFile(selected, repositories, { bom: options.bom ?? false, keepFormulas: options.keepFormulas ?? false })
      case 'markdown':
        if (options.citation === undefined) {
          throw new AppError(
            'input.invalid',
            'The markdown report needs the citation style (options.citation)',
            'options.citation',
          )
        }
        return markdownReport(selected, context, request.sections, options.citation)
    }
  })()
  return { content, report }
}

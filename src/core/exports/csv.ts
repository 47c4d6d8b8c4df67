import { stringify } from 'csv-stringify/sync'
import type { Finding } from '../../shared/model/finding'
import type { AgentRef } from '../../shared/model/findingParts'
import type { Repository } from '../../shared/model/repository'
import { conflictFields } from './cslNote'
import { sectionsOf, withholdsTranscription } from './selection'

/**
 * Cells that hold several values join them with "; " (semicolon, space): tags, entities, essay
 * sections, stances. A value that itself contains "; " stays readable but cannot be split back;
 * the CSL-JSON export is the lossless one.
 */
export const MULTI_VALUE_SEPARATOR = '; '

const join = (values: readonly string[]) => values.join(MULTI_VALUE_SEPARATOR)
const agents = (list: readonly AgentRef[]) =>
  join(list.map((a) => [a.name ?? a.entity_id ?? '', a.role ? ` (${a.role})` : ''].join('')))

type Column = readonly [
  header: string,
  cell: (finding: Finding, repository: Repository | undefined) => string,
]

/** The columns a researcher expects, in reading order: what the document is, then what they made of it. */
export const CSV_COLUMNS: readonly Column[] = [
  ['id', (f) => f.id],
  ['repository', (f, r) => r?.name ?? f.repository_id],
  ['repository id', (f) => f.repository_id],
  ['reference', (f) => f.reference_raw],
  ['reference key', (f) => f.reference_key],
  ['pages', (f) => f.pages ?? ''],
  ['date', (f) => f.doc_date],
  ['date precision', (f) => f.doc_date_precision],
  ['date certainty', (f) => f.doc_date_certainty],
  ['date as written', (f) => f.doc_date_as_written ?? ''],
  ['title', (f) => f.title_or_description],
  ['original title', (f) => f.title_original ?? ''],
  ['romanized title', (f) => f.title_romanized ?? ''],
  ['romanization', (f) => f.romanization_scheme ?? ''],
  ['language', (f) => f.original_language],
  ['document type', (f) => f.doc_type],
  ['classification', (f) => f.classification_original ?? ''],
  ['classification level', (f) => f.classification_level ?? ''],
  ['precedence', (f) => f.precedence ?? ''],
  ['creators', (f) => agents(f.creators)],
  ['recipients', (f) => agents(f.recipients)],
  ['participants', (f) => agents(f.participants)],
  ['summary', (f) => f.summary_en],
  ['transcription', (f) => (withholdsTranscription(f) ? '' : (f.transcription ?? ''))],
  ['transcription status', (f) => (withholdsTranscription(f) ? '' : (f.transcription_status ?? ''))],
  ['translation', (f) => f.translation_en ?? ''],
  ['notes', (f) => f.provenance_note ?? ''],
  ['tags', (f) => join(f.tags)],
  ['entities', (f) => join(f.entities)],
  ['events', (f) => join(f.events)],
  ['essay sections', (f) => join([...sectionsOf(f)].sort())],
  [
    'stances',
    (f) =>
      join(
        f.claim_links.map((l) =>
          `${l.stance} ${l.essay_paragraph_id ?? l.essay_section ?? l.passage?.paragraph_id ?? ''}`.trim(),
        ),
      ),
  ],
  ['confidence', (f) => f.confidence],
  ['copy type', (f) => f.copy_type],
  ['supplied by', (f) => f.supplied_by ?? ''],
  ['viewed on', (f) => f.viewed_on ?? ''],
  ['access at viewing', (f) => f.access_status_at_viewing ?? ''],
  ['access now', (f) => f.access_status_current ?? ''],
  ['rights', (f) => join(f.rights)],
  ['published translation', (f) => join(f.published_translation?.url ?? [])],
  ['translator', (f) => f.published_translation?.translator ?? ''],
  ['conflicts', (f) => join(conflictFields(f))],
  ['updated at', (f) => f.updated_at],
]

/** How the CSV is written. */
export interface CsvOptions {
  /** Start with U+FEFF so that spreadsheet programs read UTF-8 and show Chinese, Korean and Russian. */
  bom?: boolean
  /** Write cells starting with = + - @ tab or CR as they are (by default they are neutralised). */
  keepFormulas?: boolean
}

/**
 * The findings as CSV (RFC 4180: comma-separated, quotes doubled, CRLF row ends), written by
 * csv-stringify. Every field with a comma, a quote or any line break (a bare LF too, which RFC 4180
 * readers and spreadsheets take as a row end) is quoted, so a transcription never splits a row.
 * A cell that a spreadsheet would run as a formula (= + - @, tab, CR at its start) gets a leading
 * apostrophe (csv-stringify's `escape_formulas`, as OWASP advises) unless `keepFormulas` is set.
 */
export function csvFile(findings: readonly Finding[], repositories: readonly Repository[], options: CsvOptions = {}): string {
  const byId = new Map(repositories.map((r) => [r.id, r]))
  const rows = findings.map((finding) =>
    CSV_COLUMNS.map(([, cell]) => cell(finding, byId.get(finding.repository_id))),
  )
  return stringify(rows, {
    header: true,
    columns: CSV_COLUMNS.map(([header]) => header),
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    escape_formulas: !options.keepFormulas,
    bom: options.bom ?? false,
  })
}

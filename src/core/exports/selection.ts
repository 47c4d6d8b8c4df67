import type { Finding } from '../../shared/model/finding'
import type { ExportFilter, ExportFormat, ExportReport } from '../../shared/model/export'
import { edtfBounds } from '../../shared/findings/date'
import { conflictFields } from './cslNote'

/** True when the finding's rights keep it on the owner's device (archival-model.md §3.2, §4). */
export const isDoNotShare = (finding: Finding) => finding.rights.includes('do_not_share')

/** True when the rights forbid quoting: exports then carry metadata only, no transcription. */
export const withholdsTranscription = (finding: Finding) =>
  finding.rights.includes('quote_permission_required') && finding.transcription !== undefined

/** The section slugs a finding is tagged to: its `essay_sections` and the targets of its claim links. */
export function sectionsOf(finding: Finding): Set<string> {
  const sections = new Set(finding.essay_sections)
  for (const link of finding.claim_links) {
    if (link.essay_section) sections.add(link.essay_section)
    if (link.essay_paragraph_id) sections.add(link.essay_paragraph_id.replace(/-p\d+$/, ''))
    if (link.passage?.paragraph_id) sections.add(link.passage.paragraph_id.replace(/-p\d+$/, ''))
  }
  return sections
}

function boundStart(bound: string): number {
  const [y, m = 1, d = 1] = bound.split('-').map(Number)
  return Date.UTC(y!, m - 1, d)
}

function boundEnd(bound: string): number {
  const parts = bound.split('-').map(Number)
  const [y, m, d] = parts
  if (d !== undefined) return Date.UTC(y!, m! - 1, d + 1) - 1
  if (m !== undefined) return Date.UTC(y!, m, 1) - 1
  return Date.UTC(y! + 1, 0, 1) - 1
}

/** True when the finding's date may overlap [from, to]; an unknown date never matches a date filter. */
function inDateRange(finding: Finding, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true
  const { earliest, latest } = edtfBounds(finding.doc_date)
  if (from !== undefined && (latest === null || latest < boundStart(from))) return false
  if (to !== undefined && (earliest === null || earliest > boundEnd(to))) return false
  return true
}

const anyOf = <T>(wanted: readonly T[] | undefined, has: (value: T) => boolean) =>
  wanted === undefined || wanted.length === 0 || wanted.some(has)

/** True when the finding meets every criterion of the filter. */
export function matchesFilter(finding: Finding, filter: ExportFilter = {}): boolean {
  const sections = sectionsOf(finding)
  return (
    anyOf(filter.finding_ids, (id) => id === finding.id) &&
    anyOf(filter.essay_sections, (slug) => sections.has(slug)) &&
    anyOf(filter.tags, (tag) => finding.tags.includes(tag)) &&
    anyOf(filter.repository_ids, (id) => id === finding.repository_id) &&
    inDateRange(finding, filter.date_from, filter.date_to)
  )
}

/** Sort key: the earliest instant of the date (unknown dates last), then the id. */
function compareForExport(a: Finding, b: Finding): number {
  const ea = edtfBounds(a.doc_date).earliest ?? Number.POSITIVE_INFINITY
  const eb = edtfBounds(b.doc_date).earliest ?? Number.POSITIVE_INFINITY
  if (ea !== eb) return ea < eb ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * The findings an export may carry, in a stable order (by date, then id, so a re-export is
 * byte-identical), and the report of what was left out: tombstones, then `do_not_share`.
 */
export function selectFindings(
  findings: readonly Finding[],
  filter: ExportFilter | undefined,
  format: ExportFormat,
): { selected: Finding[]; report: ExportReport } {
  const matching = findings.filter((finding) => matchesFilter(finding, filter))
  const deleted = matching.filter((finding) => finding.deleted)
  const withheld = matching.filter((finding) => !finding.deleted && isDoNotShare(finding))
  const selected = matching
    .filter((finding) => !finding.deleted && !isDoNotShare(finding))
    .sort(compareForExport)
  return {
    selected,
    report: {
      format,
      exported: selected.length,
      withheld_do_not_share: withheld.length,
      excluded_deleted: deleted.length,
      with_conflicts: selected.filter((finding) => conflictFields(finding).length > 0).length,
      transcription_suppressed: selected.filter(withholdsTranscription).length,
    },
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The report in words, in the form of acceptance S12: "5 items exported; 1 withheld (do_not_share);
 * 0 deleted included; 1 with unresolved conflict", then what else was left out, if anything.
 */
export function describeReport(report: ExportReport): string {
  const parts = [
    `${plural(report.exported, 'item', 'items')} exported`,
    `${report.withheld_do_not_share} withheld (do_not_share)`,
    '0 deleted included',
    plural(report.with_conflicts, 'with unresolved conflict', 'with unresolved conflicts'),
  ]
  if (report.excluded_deleted > 0) parts.push(`${report.excluded_deleted} deleted excluded`)
  if (report.transcription_suppressed > 0) {
    parts.push(
      `${plural(report.transcription_suppressed, 'transcription', 'transcriptions')} left out (quote_permission_required)`,
    )
  }
  return parts.join('; ')
}

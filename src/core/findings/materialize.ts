import { createHash } from 'node:crypto'
import { decodeHlc } from '../sync/hlc'
import { edtfBounds, validateEdtf } from '../../shared/findings/date'
import { parseReference } from '../../shared/findings/reference'
import { FINDING_SCHEMA_VERSION, type Finding } from '../../shared/model/finding'
import type { ClaimLink } from '../../shared/model/findingParts'
import type { MergedRecord } from '../sync/merge'
import type { Op } from '../sync/op'
import { SET_FIELDS, setValues } from './findingOps'

/**
 * The document id of an archival file, derived from its reference key, so two laptops that log
 * the same file independently link their findings to the same document. A recognised key names
 * its archive (`avprf|f0102|…`) and stands alone, so a published translation meets the
 * reading-room copy; a generic or unknown key is only unique within its repository.
 */
export function documentIdFor(repositoryId: string, referenceKey: string): string {
  const scoped = /^(generic|unknown)\|/.test(referenceKey) ? `${repositoryId}\u0000${referenceKey}` : referenceKey
  const hex = createHash('sha256').update(scoped).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** The reference key of a finding; an unknown reference is a document of its own. */
export function referenceKeyOf(findingId: string, repositoryId: string, referenceRaw: string) {
  const reference = parseReference(referenceRaw, repositoryId)
  return { reference, key: reference.reference_key ?? `unknown|${findingId}` }
}

const instant = (hlc: string): string => new Date(decodeHlc(hlc).wall).toISOString()
const day = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString().slice(0, 10))

/**
 * Builds the stored finding from its merged state and its ops: the user's fields, the derived
 * ones (reference key, document, date precision) and the stamps (who and when, from the clocks).
 */
export function buildFinding(id: string, merged: MergedRecord, ops: readonly Op[]): Finding {
  const first = ops[0]!
  const last = ops.find((op) => op.hlc === merged.updatedHlc) ?? first
  const values = merged.values as Record<string, unknown> & { repository_id: string; reference_raw: string; doc_date: string }
  const { reference, key } = referenceKeyOf(id, values.repository_id, values.reference_raw)
  const checked = validateEdtf(values.doc_date)
  const deletion = merged.deleted ? ops.filter((op) => op.change.type === 'delete').at(-1) : undefined
  const finding: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(values)) if (value !== undefined && value !== null) finding[field] = value
  for (const field of SET_FIELDS) finding[field] = setValues(field, merged)
  Object.assign(finding, {
    id,
    schema_version: FINDING_SCHEMA_VERSION,
    document_id: documentIdFor(values.repository_id, key),
    reference_key: key,
    reference_scheme: reference.scheme,
    reference_parsed: reference.reference_parsed,
    doc_date_precision: checked.ok ? checked.value.precision : 'unknown',
    created_at: instant(first.hlc),
    updated_at: instant(last.hlc),
    created_hlc: first.hlc,
    updated_hlc: last.hlc,
    created_by: first.device,
    updated_by: last.device,
    device_id: first.device,
    deleted: merged.deleted,
    conflicts: merged.conflicts,
  })
  if (deletion) Object.assign(finding, { deleted_at: instant(deletion.hlc), deleted_by: deletion.device })
  return finding as Finding
}

/** Sortable day bounds of the document date, for range filters and the timeline. */
export function dateRange(docDate: string): { start: string | null; end: string | null } {
  const bounds = edtfBounds(docDate)
  return { start: day(bounds.earliest), end: day(bounds.latest) }
}

/** The essay rows of a finding: tagged sections, and claim links with their stance. */
export interface ClaimRow {
  section: string
  paragraph: string | null
  stance: string | null
  passage: string | null
}

export function claimRows(finding: Finding, sectionOfParagraph: (id: string) => string | undefined): ClaimRow[] {
  const rows: ClaimRow[] = finding.essay_sections.map((slug) => ({ section: slug, paragraph: null, stance: null, passage: null }))
  for (const link of finding.claim_links as ClaimLink[]) {
    const paragraph = link.essay_paragraph_id ?? link.passage?.paragraph_id ?? null
    const section = link.essay_section ?? (paragraph ? sectionOfParagraph(paragraph) : undefined)
    if (!section) continue
    rows.push({ section, paragraph, stance: link.stance, passage: link.passage ? JSON.stringify(link.passage) : null })
  }
  return rows
}

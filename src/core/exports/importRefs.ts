import { AppError } from '../../shared/api/errors'
import { FindingCreateInput } from '../../shared/model/finding'
import type { ReferenceFormat, ReferenceProblem } from '../../shared/model/export'
import type { Repository } from '../../shared/model/repository'
import { parseReference } from '../../shared/findings/reference'
import { readBibtex } from './bibRead'
import { readRis } from './risRead'
import { draftFromCsl } from './cslToDraft'

/** One imported record as a finding draft, with the key the store deduplicates documents by. */
export interface ReferenceDraft {
  /** Position of the record in the file, from 0. */
  index: number
  draft: FindingCreateInput
  /** `null` when the reference is unknown: such a draft never matches an existing document. */
  reference_key: string | null
  /** The record's own id in the file (Zotero key, workbench id), for the import report. */
  source_id?: string
}

export interface ParsedReferences {
  drafts: ReferenceDraft[]
  problems: ReferenceProblem[]
  /** Archives the records name that are not in the list of repositories, with those records' positions. */
  unknownArchives: UnknownArchive[]
}

export interface UnknownArchive {
  name: string
  records: number[]
}

function readItems(text: string, format: ReferenceFormat): Array<Record<string, unknown>> {
  if (format === 'ris') return readRis(text)
  if (format === 'bibtex') return readBibtex(text)
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new AppError('input.invalid', `The CSL-JSON file is not JSON: ${(error as Error).message}`, 'file')
  }
  const items = Array.isArray(data) ? data : [data]
  return items.map((item) =>
    typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {},
  )
}

/**
 * The lossless path: a workbench extended export carries the finding's own fields in
 * `custom.workbench_fields`, which are taken as they are (and validated like any input).
 */
function workbenchFields(item: Record<string, unknown>): unknown {
  const custom = item.custom
  return typeof custom === 'object' && custom !== null
    ? (custom as Record<string, unknown>).workbench_fields
    : undefined
}

/**
 * Reads a CSL-JSON, RIS or BibTeX/biblatex file (a Zotero export, Wilson Center Digital Archive records, or a
 * workbench export) into finding drafts with their repository and reference key. A record that
 * cannot become a valid finding is reported in `problems` (record index and field) and skipped;
 * defaults taken are reported as warnings. Deduplication by reference key is the caller's.
 * Throws AppError `input.invalid` (field `file`) only when the file as a whole cannot be read.
 */
export function parseReferences(
  text: string,
  format: ReferenceFormat,
  repositories: readonly Repository[],
): ParsedReferences {
  const problems: ReferenceProblem[] = []
  const drafts: ReferenceDraft[] = []
  const unknown = new Map<string, number[]>()
  readItems(text, format).forEach((item, index) => {
    const candidate = workbenchFields(item) ?? draftFromCsl(item, repositories, index, problems)
    if (candidate === undefined) {
      const archive = typeof item.archive === 'string' ? item.archive.replace(/\s+/g, ' ').trim() : ''
      if (archive !== '' && problems.some((p) => p.index === index && p.field === 'archive')) {
        const key = [...unknown.keys()].find((name) => name.toLowerCase() === archive.toLowerCase()) ?? archive
        unknown.set(key, [...(unknown.get(key) ?? []), index])
      }
      return
    }
    const parsed = FindingCreateInput.safeParse(candidate)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          index,
          field: issue.path.join('.') || '(record)',
          message: issue.message,
          severity: 'error',
        })
      }
      return
    }
    const draft = candidate as FindingCreateInput
    const sourceId = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : undefined
    drafts.push({
      index,
      draft,
      reference_key: parseReference(draft.reference_raw, draft.repository_id).reference_key,
      ...(sourceId ? { source_id: sourceId } : {}),
    })
  })
  const unknownArchives = [...unknown].map(([name, records]) => ({ name, records }))
  return { drafts, problems, unknownArchives }
}

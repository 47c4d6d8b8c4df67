import type { Finding } from '../../shared/model/finding'
import { issuedIsExact } from './cslDate'
import { ORIGINAL_SEEN } from './labels'

/** The fields with unresolved conflicts, in a stable order (`edit_vs_delete` counts as `deleted`). */
export function conflictFields(finding: Finding): string[] {
  const fields = finding.conflicts.map((c) =>
    c.kind === 'edit_vs_delete' ? 'deleted' : (c.field ?? 'unknown'),
  )
  return [...new Set(fields)].sort()
}

/** Keeps a value on one line: a `key: value` line must not break the Extra field's key block. */
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ').trim()

/**
 * The `key: value` lines of the CSL `note` (Zotero "Extra"), in a fixed order. `original-title`
 * comes first because citeproc-js and Zotero read CSL variables from Extra lines; the rest is
 * workbench data a Zotero user can still read. A line is omitted when its value is empty.
 */
export function noteKeyLines(finding: Finding): Array<[string, string]> {
  const lines: Array<[string, string | undefined]> = [
    ['original-title', finding.title_original],
    ['title-romanized', finding.title_romanized],
    ['romanization', finding.title_romanized ? finding.romanization_scheme : undefined],
    ['title-translation', finding.title_translation],
    ['title-short', finding.title_short],
    ['title-on-document', finding.title_on_document === undefined ? undefined : String(finding.title_on_document)],
    ['document-type', finding.doc_type],
    ['classification', finding.classification_original ?? finding.classification_level],
    ['classification-level', finding.classification_original ? finding.classification_level : undefined],
    ['precedence', finding.precedence],
    ['date-edtf', issuedIsExact(finding.doc_date) ? undefined : finding.doc_date],
    ['date-certainty', finding.doc_date_certainty === 'exact' ? undefined : finding.doc_date_certainty],
    ['date-as-written', finding.doc_date_as_written],
    ['workbench-repository', finding.repository_id],
    ['reference', finding.reference_raw],
    ['reference-unknown-reason', finding.reference_unknown_reason],
    ['pages', finding.pages],
    ['confidence', finding.confidence],
    ['copy-type', finding.copy_type],
    ['original-not-seen', ORIGINAL_SEEN.includes(finding.copy_type) ? undefined : 'true'],
    ['supplied-by', finding.supplied_by],
    ['viewed-on', finding.viewed_on],
    ['access-at-viewing', finding.access_status_at_viewing],
    ['access-current', finding.access_status_current],
    ['access-as-of', finding.access_status_as_of],
    ['tags', finding.tags.join('; ')],
    ['citation-style', finding.citation_style],
    ['citation-note', finding.citation_note],
    ['workbench-finding', finding.id],
    ['workbench-conflict', conflictFields(finding).join(', ')],
  ]
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined && line[1].trim() !== '')
    .map(([key, value]) => [key, oneLine(value)])
}

/**
 * The whole CSL `note`: key lines first (CSL variables Zotero has no field for, such as
 * `archive-place` and a manuscript's `recipient`, then the workbench's own), then a blank line, then prose (the provenance note and,
 * unless the rights forbid quoting, nothing else: transcriptions go in `custom`, not in Extra).
 */
export function cslNote(finding: Finding, zoteroLines: ReadonlyArray<[string, string]> = []): string {
  const keys = [...zoteroLines.map(([key, value]): [string, string] => [key, oneLine(value)]), ...noteKeyLines(finding)].map(
    ([key, value]) => `${key}: ${value}`,
  )
  const prose = finding.provenance_note?.trim()
  return prose ? `${keys.join('\n')}\n\n${prose}` : keys.join('\n')
}

/** Reads the key lines back from a note (the leading block of `key: value` lines), for imports. */
export function readNoteKeys(note: string | undefined): Map<string, string> {
  const keys = new Map<string, string>()
  for (const line of (note ?? '').split(/\r?\n/)) {
    const match = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line.trim())
    if (!match) break
    keys.set(match[1]!.toLowerCase(), match[2]!.trim())
  }
  return keys
}

/** The prose after the key block of a note, for imports. */
export function readNoteProse(note: string | undefined): string | undefined {
  const lines = (note ?? '').split(/\r?\n/)
  const start = lines.findIndex((line) => !/^([A-Za-z][\w-]*):\s*(.*)$/.test(line.trim()))
  if (start === -1) return undefined
  const prose = lines.slice(start).join('\n').trim()
  return prose === '' ? undefined : prose
}

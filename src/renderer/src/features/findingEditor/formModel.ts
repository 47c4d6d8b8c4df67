import type { Input } from '../../../../shared/api/contract'
import type { PassageAnchor } from '../../../../shared/anchoring'
import type { Finding } from '../../../../shared/model/finding'
import type { ClaimLink } from '../../../../shared/model/findingParts'
import type { PageRef } from '../../../../shared/model/pages'
import {
  FINDING_TEXT_FIELDS,
  FINDING_TEXT_SET_FIELDS,
  type FindingTextField,
  type FindingTextSetField,
} from '../../../../shared/model/findingFieldKinds'

/** One claim link as the form holds it: a target kind and id (or a passage) with its stance. */
export interface ClaimLinkForm {
  target: 'section' | 'paragraph' | 'passage'
  /** Section slug or paragraph id; for a passage, its paragraph. */
  targetId: string
  passage?: PassageAnchor
  stance: string
  note: string
}

/** The text fields of the form (every text field of the model): each holds what was typed, '' when empty. */
export const TEXT_FIELDS = FINDING_TEXT_FIELDS
export type TextField = FindingTextField

/** The list fields that hold plain ids or strings. */
export const LIST_FIELDS = FINDING_TEXT_SET_FIELDS
export type ListField = FindingTextSetField

/** The entry form exactly as typed; this is what a draft stores. Pages are files already stored, in order. */
export type FindingForm = Record<TextField, string> &
  Record<ListField, string[]> & { claim_links: ClaimLinkForm[]; translation_machine_assisted: boolean; attachments: PageRef[] }

export function emptyForm(): FindingForm {
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>
  const lists = Object.fromEntries(LIST_FIELDS.map((f) => [f, []])) as unknown as Record<ListField, string[]>
  return { ...text, ...lists, confidence: 'unassessed', claim_links: [], translation_machine_assisted: false, attachments: [] }
}

function linkToForm(link: ClaimLink): ClaimLinkForm {
  const common = { stance: link.stance, note: link.note ?? '' }
  if (link.passage) return { ...common, target: 'passage', targetId: link.passage.paragraph_id ?? '', passage: link.passage }
  if (link.essay_paragraph_id) return { ...common, target: 'paragraph', targetId: link.essay_paragraph_id }
  return { ...common, target: 'section', targetId: link.essay_section ?? '' }
}

function linkFromForm(link: ClaimLinkForm): ClaimLink {
  const note = link.note.trim() === '' ? {} : { note: link.note }
  const stance = link.stance as ClaimLink['stance']
  if (link.target === 'passage' && link.passage) return { passage: link.passage, stance, ...note }
  if (link.target === 'paragraph') return { essay_paragraph_id: link.targetId, stance, ...note }
  return { essay_section: link.targetId, stance, ...note }
}

/** Fills the form from a saved finding (for editing). */
export function formFromFinding(finding: Finding): FindingForm {
  const form = emptyForm()
  const record = finding as unknown as Record<string, unknown>
  for (const field of TEXT_FIELDS) if (typeof record[field] === 'string') form[field] = record[field]
  for (const field of LIST_FIELDS) form[field] = [...((record[field] as string[] | undefined) ?? [])]
  form.claim_links = finding.claim_links.map(linkToForm)
  form.translation_machine_assisted = finding.translation_machine_assisted ?? false
  form.attachments = finding.attachments.map(({ sha256, name }) => ({ sha256, name }))
  return form
}

/**
 * Accepts a draft's stored form, filling in fields an older draft lacked from `base`: the saved
 * finding when the draft edits one, so a draft written before pages were part of the form keeps
 * the finding's pages instead of removing them.
 */
export function formFromDraft(stored: Record<string, unknown>, base: FindingForm = emptyForm()): FindingForm {
  return { ...base, ...(stored as Partial<FindingForm>) }
}

/** The fields of the form that carry a value, as the API expects them. */
function filledFields(form: FindingForm): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const field of TEXT_FIELDS) if (form[field].trim() !== '') fields[field] = form[field]
  for (const field of LIST_FIELDS) fields[field] = form[field]
  fields.claim_links = form.claim_links.map(linkFromForm)
  fields.attachments = form.attachments
  if (form.translation_machine_assisted) fields.translation_machine_assisted = true
  return fields
}

/** What `findings.create` gets; the core checks it and names the first field at fault. */
export function createInput(form: FindingForm): Input<'findings.create'> {
  return filledFields(form) as Input<'findings.create'>
}

/**
 * What `findings.update` gets: only the fields that differ from the saved finding, so sync
 * merges field by field. A cleared text field is sent as '' (the API has no "unset").
 */
export function updateInput(id: string, form: FindingForm, saved: FindingForm): Input<'findings.update'> {
  const now = filledFields(form)
  const before = filledFields(saved)
  const patch: Record<string, unknown> = { id }
  for (const [field, value] of Object.entries(now)) {
    if (JSON.stringify(value) !== JSON.stringify(before[field])) patch[field] = value
  }
  for (const field of TEXT_FIELDS) if (field in before && !(field in now)) patch[field] = ''
  return patch as Input<'findings.update'>
}

/** The DOM id of the control for a field path (`claim_links.0.stance` → `fe-claim_links-0-stance`). */
export const controlId = (path: string): string => `fe-${path.replaceAll('.', '-')}`

/**
 * The control an API error points at: the most specific existing id along the dotted path, so
 * `essay_sections.1` focuses the section picker and `claim_links.0.stance` that link's stance.
 */
export function controlForPath(path: string, exists: (id: string) => boolean): string | undefined {
  const parts = path.split('.')
  for (let n = parts.length; n > 0; n--) {
    const id = controlId(parts.slice(0, n).join('.'))
    if (exists(id)) return id
  }
  return undefined
}

import { uuidv7 } from 'uuidv7'
import { AppError } from '../../shared/api/errors'
import { inputError } from '../../shared/api/validate'
import { parseDateAsWritten, validateEdtf } from '../../shared/findings/date'
import { parseReference, type ParsedReference } from '../../shared/findings/reference'
import { suggestClassification } from '../../shared/findings/suggest'
import { FindingCreateInput, type FindingDraft } from '../../shared/model/finding'
import type { DatePrecision } from '../../shared/model/findingVocab'

/** A checked draft plus what the workbench derives from it before saving. */
export interface PreparedFinding {
  draft: FindingDraft
  reference: ParsedReference
  doc_date_precision: DatePrecision
}

/** A new finding or document id: UUIDv7, made on this device, ordered by creation time. */
export function newRecordId(): string {
  return uuidv7()
}

type Loose = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined)

/**
 * Fills `doc_date` and `doc_date_certainty` from `doc_date_as_written` when the user gave only
 * the latter; throws `input.invalid` on the field that is wrong.
 */
function withDate(input: Loose): Loose {
  const typed = text(input.doc_date)
  if (typed !== undefined) {
    const checked = validateEdtf(typed)
    if (!checked.ok) throw new AppError('input.invalid', `doc_date ${checked.message}`, 'doc_date', checked.refusal)
    return {
      ...input,
      doc_date: checked.value.edtf,
      doc_date_certainty: input.doc_date_certainty ?? checked.value.certainty,
    }
  }
  const asWritten = text(input.doc_date_as_written)
  if (asWritten === undefined) {
    throw new AppError('input.invalid', 'doc_date: give an EDTF date or doc_date_as_written', 'doc_date', { reason: 'date.missing' })
  }
  const parsed = parseDateAsWritten(asWritten)
  if (!parsed.ok)
    throw new AppError('input.invalid', `doc_date_as_written: ${parsed.message}`, 'doc_date_as_written', parsed.refusal)
  return {
    ...input,
    doc_date: parsed.value.edtf,
    doc_date_certainty: input.doc_date_certainty ?? parsed.value.certainty,
  }
}

/** Fills `classification_level` from a recognized marking (机密 → secret) when it was left out. */
function withClassification(input: Loose): Loose {
  const marking = text(input.classification_original)
  if (marking === undefined || input.classification_level !== undefined) return input
  const suggestion = suggestClassification(marking)
  return suggestion === undefined ? input : { ...input, classification_level: suggestion.level }
}

/**
 * Turns what a user or `workbench add` supplied into a checked draft: derives the date from the
 * date as written and the level from the marking when they were omitted, validates against
 * `FindingCreateInput` (errors name the field), and parses the reference into its key.
 * Pure: the caller adds ids, clocks and the document link.
 */
export function prepareFinding(input: unknown, method = 'findings.create'): PreparedFinding {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('input.invalid', `${method}: a finding must be a JSON object`)
  }
  const parsed = FindingCreateInput.safeParse(withClassification(withDate(input as Loose)))
  if (!parsed.success) throw inputError(method, parsed.error)
  const draft = parsed.data
  const checkedDate = validateEdtf(draft.doc_date)
  return {
    draft,
    reference: parseReference(draft.reference_raw, draft.repository_id),
    doc_date_precision: checkedDate.ok ? checkedDate.value.precision : 'unknown',
  }
}

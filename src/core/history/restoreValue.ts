import { AppError } from '../../shared/api/errors'
import { describeFieldIssue, fieldLabel } from '../../shared/findings/fieldLabels'
import { FindingFieldsObject, type Finding, type FindingUpdateInput } from '../../shared/model/finding'
import type { Db } from '../db/types'
import type { FindingService } from '../findings/findingService'
import type { Op } from '../sync/op'
import { decodeElement, type FindingRecord } from './findingRecord'
import { sameValue, writesOf } from './valueTimeline'

export interface RestoreRequest {
  id: string
  /** The field whose earlier value to bring back. */
  field: string
  /** The change (clock stamp) that set the value, or that added or removed the list element. */
  change_id: string
}

interface RestoreDeps {
  db: Db
  findings: FindingService
  load(id: string): FindingRecord
}

/**
 * Brings back an earlier value as a new change, made through the same write path as an edit
 * (`findings.update`), so it is checked by the same rules, syncs, and appears in the history
 * itself. A list element (tag, link, photo) removed earlier is added back.
 */
export function createRestore(deps: RestoreDeps) {
  return function restoreValue(request: RestoreRequest): Finding {
    const record = deps.load(request.id)
    if (record.finding.deleted) {
      throw new AppError('record.deleted', 'This finding is in the Trash. Restore it from the Trash first, then bring back the earlier value.', 'id', {
        reason: 'history.inTrash',
      })
    }
    const op = record.ops.find((candidate) => candidate.hlc === request.change_id)
    if (!op) throw new AppError('record.not_found', "That change is not in this finding's history.", 'change_id', { reason: 'history.changeGone' })
    return op.change.type === 'add' || op.change.type === 'remove' ? restoreElement(record, request.field, op) : restoreScalar(record, request.field, op)
  }

  function restoreScalar(record: FindingRecord, field: string, op: Op): Finding {
    const write = writesOf(field, record.ops).find((candidate) => candidate.op === op)
    if (!write) throw new AppError('input.invalid', `That change did not set ${fieldLabel(field)}.`, 'field', { reason: 'history.notThisField', values: { field } })
    const value = write.value === null ? emptyValueFor(field) : write.value
    const id = record.finding.id
    if (sameValue(value, record.merged().values[field])) {
      const conflicted = record.merged().conflicts.some((conflict) => conflict.kind === 'field' && conflict.field === field)
      if (!conflicted) return record.finding
      // Choosing the value shown meanwhile: an edit would find nothing to change, yet the choice
      // must be written down, made knowing every side, so the conflict ends on every laptop.
      return deps.db.transaction(() => deps.findings.store.apply(id, [{ type: 'set', values: { [field]: value } }]))()
    }
    return withRuleMessage(() => deps.findings.update({ id, [field]: value } as FindingUpdateInput))
  }

  function restoreElement(record: FindingRecord, field: string, op: Op): Finding {
    const change = op.change as Extract<Op['change'], { type: 'add' | 'remove' }>
    if (change.field !== field) throw new AppError('input.invalid', `That change did not touch ${fieldLabel(field)}.`, 'field', { reason: 'history.notThisField', values: { field } })
    if (record.merged().setAdds[field]?.[change.element]) return record.finding
    const element = decodeElement(field, change.element)
    const id = record.finding.id
    if (field === 'attachments') {
      const file = element as { sha256: string; name: string }
      deps.db.transaction(() => deps.findings.attach(id, file.sha256, file.name))()
      return deps.findings.get(id)
    }
    const list = (record.finding as unknown as Record<string, unknown[]>)[field] ?? []
    return withRuleMessage(() => deps.findings.update({ id, [field]: [...list, element] } as FindingUpdateInput))
  }
}

/** What "empty" is for a field as an edit writes it: '' for text, [] for lists, false for a yes/no. */
function emptyValueFor(field: string): unknown {
  const schema = FindingFieldsObject.shape[field as keyof typeof FindingFieldsObject.shape]
  const empty = ['', [], false].find((candidate) => schema?.safeParse(candidate).success)
  if (empty === undefined) {
    throw new AppError('input.invalid', `${fieldLabel(field)} cannot be made empty again once it holds a value; choose another value in the editor instead.`, field, {
      reason: 'history.cannotEmpty',
      values: { field },
    })
  }
  return empty
}

/** Runs an edit; a rule it would break is told in words, with what to do about it. */
function withRuleMessage(edit: () => Finding): Finding {
  try {
    return edit()
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'input.invalid' || !error.field) throw error
    const field = error.field.split('.')[0]!
    const detail = error.message.replace(/^findings\.update: /, '').replace(`${error.field}: `, '')
    // The finding's rules say what to do in a whole sentence; a schema message is put after the field's label.
    const rule = /[.!?]$/.test(detail) ? detail : `${describeFieldIssue(field, detail)}.`
    throw new AppError(
      'input.invalid',
      `Restoring this value would break a rule of the finding: ${rule} Change ${fieldLabel(field)} first, then restore this value.`,
      error.field,
    )
  }
}

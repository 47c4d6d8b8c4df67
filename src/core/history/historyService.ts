import { FindingFieldsObject } from '../../shared/model/finding'
import type { FieldHistory, FindingHistory } from '../../shared/model/history'
import type { Db } from '../db/types'
import { PAGE_POSITIONS } from '../findings/pageOrder'
import { decodeElement, loadFindingRecord, type RecordSources } from './findingRecord'
import { pageMoves } from './pageMoves'
import { recordTimeline } from './recordTimeline'
import { createRestore } from './restoreValue'
import { setTimeline } from './setTimeline'
import { valueTimeline } from './valueTimeline'

/** Field order as the finding model lists them; the order of the pages follows the pages. */
const MODEL_ORDER = Object.keys(FindingFieldsObject.shape).flatMap((field) => (field === 'attachments' ? [field, PAGE_POSITIONS] : [field]))
const orderOf = (field: string) => (MODEL_ORDER.includes(field) ? MODEL_ORDER.indexOf(field) : MODEL_ORDER.length)

/**
 * A finding's history from the op log: every field's values with who set them and when, what
 * replaced them and how conflicts ended; and restoring an earlier value as a new change.
 */
export function createHistory(db: Db, sources: RecordSources) {
  const load = (id: string) => loadFindingRecord(sources, id)

  function forFinding(id: string): FindingHistory {
    const { finding, ops, lineage } = load(id)
    const setFields = new Set(ops.flatMap((op) => (op.change.type === 'add' || op.change.type === 'remove' ? [op.change.field] : [])))
    const valueFields = new Set(ops.flatMap((op) => (op.change.type === 'set' ? Object.keys(op.change.values) : [])))
    const fields = [...new Set([...valueFields, ...setFields])].sort((a, b) => orderOf(a) - orderOf(b) || (a < b ? -1 : 1))
    return {
      id,
      title: finding.title_or_description,
      deleted: finding.deleted,
      fields: fields.map((field): FieldHistory => {
        if (!setFields.has(field)) return { type: 'value', field, entries: valueTimeline(field, lineage) }
        if (field === PAGE_POSITIONS) return { type: 'set', field, entries: pageMoves(lineage) }
        return { type: 'set', field, entries: setTimeline(field, lineage, (element) => decodeElement(field, element)) }
      }).filter((history) => history.entries.length > 0),
      record: recordTimeline(lineage),
      changes: ops.length,
    }
  }

  return { forFinding, restoreValue: createRestore({ db, findings: sources.findings, load }) }
}

export type History = ReturnType<typeof createHistory>

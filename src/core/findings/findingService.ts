import { AppError } from '../../shared/api/errors'
import { inputError } from '../../shared/api/validate'
import { FINDING_STORED_FIELDS, FindingCreateInput, findingRuleIssues, type Finding, type FindingUpdateInput } from '../../shared/model/finding'
import type { Db } from '../db/types'
import { mergeRecord } from '../sync/merge'
import type { OpStore } from '../sync/opStore'
import type { Change } from '../sync/op'
import { attachmentElement, creationChanges, FINDING_KIND, updateChanges } from './findingOps'
import { createFindingQueries } from './findingQueries'
import { createFindingStore } from './findingStore'
import { newRecordId, prepareFinding } from './prepareFinding'
import { createReferenceCheck } from './references'

/** Most findings one `createBatch` (or `workbench add`) may carry: one transaction, all or none. */
export const MAX_BATCH = 10_000

/** Creating, editing, deleting and restoring findings; every write goes through the op log. */
export function createFindingService(db: Db, ops: OpStore) {
  const store = createFindingStore(db, ops)
  const queries = createFindingQueries(db)
  const checkReferences = createReferenceCheck(db)

  function prepare(input: unknown, prefix: string) {
    try {
      const prepared = prepareFinding(input)
      checkReferences(prepared.draft)
      return prepared
    } catch (error) {
      if (error instanceof AppError && prefix) {
        throw new AppError(error.code, `${prefix}${error.message.replace(/^findings\.create: /, '')}`, error.field && `${prefix}${error.field}`)
      }
      throw error
    }
  }

  /** Validates every finding first, then stores all of them in one transaction. */
  function createBatch(inputs: readonly unknown[]): Finding[] {
    if (inputs.length > MAX_BATCH) throw new AppError('input.invalid', `at most ${MAX_BATCH} findings at once, not ${inputs.length}`)
    const prepared = inputs.map((input, i) => prepare(input, inputs.length > 1 ? `findings.${i}.` : ''))
    return db.transaction(() => prepared.map(({ draft }) => store.apply(newRecordId(), creationChanges(draft))))()
  }

  function update(patch: FindingUpdateInput): Finding {
    const current = queries.get(patch.id)
    if (current.deleted) throw new AppError('record.deleted', `Finding ${patch.id} is in the Trash; restore it before editing`, 'id')
    checkReferences(patch)
    const { id: _id, ...fields } = patch
    const merged = { ...userFields(current), ...definedOnly(fields) }
    const parsed = FindingCreateInput.safeParse(merged)
    if (!parsed.success) throw inputError('findings.update', parsed.error)
    const issue = findingRuleIssues(parsed.data)[0]
    if (issue) throw new AppError('input.invalid', `findings.update: ${issue.field}: ${issue.message}`, issue.field)
    const changes = updateChanges(mergeRecord(ops.opsOf(FINDING_KIND, patch.id)), fields)
    if (changes.length === 0) return current
    return db.transaction(() => store.apply(patch.id, changes))()
  }

  /** Moves findings to the Trash (tombstones) or back; already-there findings are left alone. */
  function setDeleted(ids: readonly string[], deleted: boolean): number {
    const targets = ids.map((id) => queries.get(id)).filter((finding) => finding.deleted !== deleted)
    db.transaction(() => {
      for (const finding of targets) store.apply(finding.id, [{ type: deleted ? 'delete' : 'restore' }])
    })()
    return targets.length
  }

  /** Adds and removes tags on many findings in one transaction; returns how many changed. */
  function retag(ids: readonly string[], add: readonly string[], remove: readonly string[]): number {
    const current = ids.map((id) => queries.get(id))
    let changed = 0
    db.transaction(() => {
      for (const finding of current) {
        const tags = [...new Set([...finding.tags, ...add])].filter((tag) => !remove.includes(tag))
        const changes = updateChanges(mergeRecord(ops.opsOf(FINDING_KIND, finding.id)), { tags })
        if (changes.length === 0) continue
        store.apply(finding.id, changes)
        changed++
      }
    })()
    return changed
  }

  /** Links a stored file to a finding, as an op, so the link syncs. Run inside a transaction. */
  function attach(findingId: string, sha256: string, name: string): void {
    store.apply(findingId, [{ type: 'add', field: 'attachments', element: attachmentElement(sha256, name) }])
  }

  /** Unlinks every name under which the file is attached; false if it was not attached. */
  function detach(findingId: string, sha256: string): boolean {
    const present = mergeRecord(ops.opsOf(FINDING_KIND, findingId)).setAdds.attachments ?? {}
    const changes = Object.entries(present)
      .filter(([element]) => element.startsWith(`${sha256}/`))
      .map(([element, removes]): Change => ({ type: 'remove', field: 'attachments', element, removes }))
    if (changes.length > 0) store.apply(findingId, changes)
    return changes.length > 0
  }

  return {
    attach,
    detach,
    create: (input: unknown): Finding => createBatch([input])[0]!,
    retag,
    createBatch,
    update,
    delete: (ids: readonly string[]) => setDeleted(ids, true),
    restore: (ids: readonly string[]) => setDeleted(ids, false),
    get: queries.get,
    list: queries.list,
    store,
  }
}

export type FindingService = ReturnType<typeof createFindingService>

const DERIVED = new Set(FINDING_STORED_FIELDS)

/** The fields a user edits, without what the workbench derives or stamps. */
function userFields(finding: Finding): Record<string, unknown> {
  return Object.fromEntries(Object.entries(finding).filter(([key]) => !DERIVED.has(key)))
}

function definedOnly(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
}

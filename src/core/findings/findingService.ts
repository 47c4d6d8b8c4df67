import { AppError } from '../../shared/api/errors'
import { inputError } from '../../shared/api/validate'
import { FINDING_STORED_FIELDS, FindingCreateInput, findingRuleIssues, type Finding, type FindingUpdateInput } from '../../shared/model/finding'
import type { Db } from '../db/types'
import { mergeRecord } from '../sync/merge'
import type { OpStore } from '../sync/opStore'
import type { PageRef } from '../../shared/model/pages'
import { creationChanges, FINDING_KIND, updateChanges } from './findingOps'
import { orderedPages, pageChanges, removedPages } from './pageOrder'
import { createFindingQueries } from './findingQueries'
import { createFindingStore } from './findingStore'
import { newRecordId, prepareFinding } from './prepareFinding'
import { checkNewRegions, createReferenceCheck } from './references'

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
      checkNewRegions(prepared.draft.regions, prepared.draft.attachments, [])
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
    if (fields.regions) checkNewRegions(parsed.data.regions, parsed.data.attachments, current.regions)
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

  /** Rewrites a finding's page list (ops that sync); returns whether anything changed. Run inside a transaction. */
  function changePages(findingId: string, edit: (pages: PageRef[]) => PageRef[]): boolean {
    const merged = mergeRecord(ops.opsOf(FINDING_KIND, findingId))
    const changes = pageChanges(merged, edit(orderedPages(merged)))
    if (changes.length > 0) store.apply(findingId, changes)
    return changes.length > 0
  }

  /** Makes a stored file the finding's last page (or renames it where it is). */
  const attach = (findingId: string, sha256: string, name: string): void =>
    void changePages(findingId, (pages) =>
      pages.some((p) => p.sha256 === sha256) ? pages.map((p) => (p.sha256 === sha256 ? { sha256, name } : p)) : [...pages, { sha256, name }],
    )

  /** Takes the file out of the finding's pages; false if it was not one of them. */
  const detach = (findingId: string, sha256: string): boolean => changePages(findingId, (pages) => pages.filter((p) => p.sha256 !== sha256))

  /** Files that were pages of the finding and are no more, latest removal first. */
  function removed(findingId: string) {
    const history = ops.opsOf(FINDING_KIND, findingId)
    return removedPages(history, orderedPages(mergeRecord(history)))
  }

  return {
    attach,
    detach,
    removedPages: removed,
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

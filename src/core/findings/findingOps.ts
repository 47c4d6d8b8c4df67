import { FINDING_SET_FIELDS, type FindingDraft } from '../../shared/model/finding'
import { canonical, textKeyed, type MergedRecord } from '../sync/merge'
import type { Change } from '../sync/op'

/** The kind name of findings in the op log and in sync files. */
export const FINDING_KIND = 'finding'

/**
 * Finding fields merged as observed-remove sets: the model's set fields, and the attachments
 * (`<sha256>/<file name>` elements). Claim links are set elements too, identified by their
 * canonical JSON, so changing a stance is a removal plus an addition.
 */
export const SET_FIELDS = [...FINDING_SET_FIELDS, 'attachments'] as const
type SetField = (typeof SET_FIELDS)[number]

const isSetField = (field: string): field is SetField => (SET_FIELDS as readonly string[]).includes(field)

/** A set field's elements as the strings stored in add/remove ops. */
function elementsOf(field: SetField, values: readonly unknown[]): string[] {
  return field === 'claim_links' ? values.map(canonical) : (values as string[])
}

/** An attachment as a set element: `<sha256>/<file name>`, so renaming is a removal plus an addition. */
export const attachmentElement = (sha256: string, name: string): string => `${sha256}/${name}`

/** Decodes stored elements back to their values (claim links are JSON, attachments hash + name). */
export function setValues(field: SetField, elements: readonly string[]): unknown[] {
  if (field === 'claim_links') return elements.map((e) => JSON.parse(e) as unknown)
  if (field === 'attachments') return elements.map((e) => ({ sha256: e.slice(0, 64), name: e.slice(65) }))
  return [...elements]
}

/** The changes that create a finding: one assignment of its fields, one addition per set element. */
export function creationChanges(draft: FindingDraft): Change[] {
  const values: Record<string, unknown> = {}
  const additions: Change[] = []
  for (const [field, value] of Object.entries(draft)) {
    if (value === undefined) continue
    if (isSetField(field)) {
      for (const element of new Set(elementsOf(field, value as unknown[]))) additions.push({ type: 'add', field, element })
    } else {
      values[field] = value
    }
  }
  return [{ type: 'set', values }, ...additions]
}

/**
 * The changes that turn the current merged record into `patch`: only fields whose value differs
 * are assigned (so a save that changed one field conflicts with nothing else), and set fields
 * become additions and removals of exactly the elements that changed.
 */
export function updateChanges(current: MergedRecord, patch: Record<string, unknown>): Change[] {
  const values: Record<string, unknown> = {}
  const setChanges: Change[] = []
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined || field === 'id') continue
    if (isSetField(field)) {
      setChanges.push(...setDiff(field, current, elementsOf(field, value as unknown[])))
    } else if (canonical(current.values[field]) !== canonical(value)) {
      values[field] = value
    }
  }
  return Object.keys(values).length > 0 ? [{ type: 'set', values }, ...setChanges] : setChanges
}

function setDiff(field: SetField, current: MergedRecord, wanted: string[]): Change[] {
  const present = current.setAdds[field] ?? textKeyed<string[]>()
  const target = new Set(wanted)
  const removals: Change[] = Object.entries(present)
    .filter(([element]) => !target.has(element))
    .map(([element, removes]) => ({ type: 'remove', field, element, removes }))
  const additions: Change[] = [...target]
    .filter((element) => !Object.hasOwn(present, element))
    .map((element) => ({ type: 'add', field, element }))
  return [...removals, ...additions]
}

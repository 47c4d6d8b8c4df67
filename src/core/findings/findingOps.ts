import { FINDING_SET_FIELDS, type FindingDraft } from '../../shared/model/finding'
import type { PageRef } from '../../shared/model/pages'
import { canonical, textKeyed, type MergedRecord } from '../sync/merge'
import type { Change } from '../sync/op'
import { creationPageChanges, orderedPages, pageChanges } from './pageOrder'

/** The kind name of findings in the op log and in sync files. */
export const FINDING_KIND = 'finding'

/**
 * Finding fields merged as observed-remove sets: the model's set fields (archival-model §4), so
 * concurrent additions on two laptops both survive. Claim links and page regions are set elements
 * too, identified by their canonical JSON, so changing a stance is a removal plus an addition.
 * Attachments (pages, `<sha256>/<file name>`) are a set with a second one for their order: see
 * pageOrder.ts.
 */
export const SET_FIELDS = FINDING_SET_FIELDS
type SetField = (typeof SET_FIELDS)[number]

const isSetField = (field: string): field is SetField => (SET_FIELDS as readonly string[]).includes(field)

/** A set field's elements as the strings stored in add/remove ops. */
const JSON_ELEMENTS: readonly SetField[] = ['claim_links', 'regions']

function elementsOf(field: SetField, values: readonly unknown[]): string[] {
  return JSON_ELEMENTS.includes(field) ? values.map(canonical) : (values as string[])
}

/** One stored element as the finding shows it: claim links and regions are JSON, a page its hash and name. */
export function elementValue(field: string, element: string): unknown {
  if (field === 'attachments') return { sha256: element.slice(0, 64), name: element.slice(65) }
  return (JSON_ELEMENTS as readonly string[]).includes(field) ? (JSON.parse(element) as unknown) : element
}

/** A set field's value in the finding: its elements decoded, and pages in their order. */
export function setValues(field: SetField, merged: MergedRecord): unknown[] {
  if (field === 'attachments') return orderedPages(merged)
  return (merged.sets[field] ?? []).map((element) => elementValue(field, element))
}

/** The changes that create a finding: one assignment of its fields, one addition per set element. */
export function creationChanges(draft: FindingDraft): Change[] {
  const values: Record<string, unknown> = {}
  const additions: Change[] = []
  for (const [field, value] of Object.entries(draft)) {
    if (value === undefined) continue
    if (field === 'attachments') additions.push(...creationPageChanges(value as PageRef[]))
    else if (isSetField(field)) {
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
    if (field === 'attachments') setChanges.push(...pageChanges(current, value as PageRef[]))
    else if (isSetField(field)) {
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

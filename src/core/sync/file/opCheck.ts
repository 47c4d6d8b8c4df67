import type { Op } from '../op'

const HLC = /^[0-9a-f]{12}\.[0-9a-f]{4}\.[0-9A-Za-z._-]{1,64}(:stub)?$/
const RECORD = /^[0-9A-Za-z._:-]+$/
const DEVICE = /^[0-9A-Za-z._-]+$/
const KIND = /^[a-z_]+$/
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/

const isText = (value: unknown, max: number, pattern?: RegExp): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= max && (!pattern || pattern.test(value))

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Exactly these keys (strict objects): none missing (undefined counts as missing), none extra. */
function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value)
  return own.length === keys.length && keys.every((key) => value[key] !== undefined && Object.hasOwn(value, key))
}

const OP_KEYS = ['hlc', 'device', 'kind', 'record', 'seen', 'change'] as const
const CHANGE_KEYS: Record<string, readonly string[]> = {
  set: ['type', 'values'],
  add: ['type', 'field', 'element'],
  remove: ['type', 'field', 'element', 'removes'],
  delete: ['type'],
  restore: ['type'],
}

function isChange(value: unknown): boolean {
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(CHANGE_KEYS, value.type)) return false
  if (!hasExactKeys(value, CHANGE_KEYS[value.type]!)) return false
  switch (value.type) {
    case 'set':
      return isRecord(value.values) && Object.keys(value.values).every((field) => isText(field, 64, FIELD))
    case 'add':
      return isText(value.field, 64, FIELD) && isText(value.element, 2_000)
    case 'remove':
      return (
        isText(value.field, 64, FIELD) &&
        isText(value.element, 2_000) &&
        Array.isArray(value.removes) &&
        value.removes.length <= 10_000 &&
        value.removes.every((hlc) => isText(hlc, 90, HLC))
      )
    default:
      return true
  }
}

/**
 * The same verdict as `OpSchema` (src/shared/model/syncFile.ts), by hand: zod copies each op and
 * prepares for error reports, which made up a third of reading a 70,000-op file. Reading accepts
 * what this accepts and asks zod only about the rest, for its message; a property test holds the
 * two to the same verdict, so keep them in step when the schema changes.
 */
export function isWellFormedOp(value: unknown): value is Op {
  return (
    isRecord(value) &&
    hasExactKeys(value, OP_KEYS) &&
    isText(value.hlc, 90, HLC) &&
    isText(value.device, 64, DEVICE) &&
    isText(value.kind, 32, KIND) &&
    isText(value.record, 64, RECORD) &&
    isRecord(value.seen) &&
    Object.entries(value.seen).every(([device, hlc]) => isText(device, 64, DEVICE) && isText(hlc, 90, HLC)) &&
    isChange(value.change)
  )
}

import { z } from 'zod'
import type { MergedRecord } from './merge'
import type { Op } from './op'
import { plainStamp, stampProblem } from './stamps'

/** A record's whole history (in clock order) and its merged state, when the caller already has them. */
export interface KnownHistory {
  ops: Op[]
  merged: MergedRecord
}

/** Field schemas of a kind: scalar fields by name, and set fields with their element check. */
export interface KindFields {
  /** Scalar fields. An optional one may be set to `null`, which clears it. */
  scalars: z.ZodObject
  sets: Readonly<Record<string, (element: string) => string | undefined>>
}

/** Records a laptop keeps to itself (a finding marked do_not_share) and what they leave elsewhere. */
export interface PrivacyRule {
  /** Ids of the records of this kind that stay on this laptop. */
  privateRecords(): Set<string>
  /** The op that tells colleagues a private record exists (to spot duplicates), if any. */
  stub(id: string): Op | undefined
}

/**
 * A kind of synced record (findings, the researcher's events, annotations, aliases, ...): its
 * ids, its fields, when its history makes a whole record, how the record is rebuilt from its
 * ops, and which of its records stay private. Sync, conflicts and checks know kinds only
 * through this, and every op a library writes or imports passes `checkOp` with its kind.
 */
export interface RecordKind {
  name: string
  /** What people call one record of this kind, in messages ("finding", "event"). */
  label: string
  /** Why `id` is not an id of this kind's records, or undefined. */
  checkId(id: string): string | undefined
  fields: KindFields
  /** Stub ops carry `:stub` stamps (see syncExport). */
  stubs?: boolean
  /**
   * Why a merged history is not a whole record (its creation is missing: changes made for a
   * record this library does not have), or undefined.
   */
  checkWhole(merged: MergedRecord): string | undefined
  /**
   * Recomputes the stored record from all of its ops; `known` may pass them with their merge when
   * the caller already holds them (an import plans every record first).
   */
  materialize(id: string, known?: KnownHistory): void
  privacy?: PrivacyRule
  /** The words a person knows the record by (conflict lists), if it has any. */
  title?(id: string): string | undefined
}

/**
 * The usual `checkWhole`: a record is whole once every required field has a value (the change
 * that created it assigned them all; later changes may not clear them).
 */
export function wholeWhenRequiredSet(scalars: z.ZodObject): (merged: MergedRecord) => string | undefined {
  const required = Object.entries(scalars.shape as Record<string, z.ZodType>)
    .filter(([, schema]) => !(schema instanceof z.ZodOptional || schema instanceof z.ZodDefault))
    .map(([field]) => field)
  return (merged) => {
    const absent = required.find((field) => !Object.hasOwn(merged.values, field))
    return absent === undefined ? undefined : `it has no ${absent}: the change that created it is not here`
  }
}

/** Checks a record id against a schema, in words. */
export function idChecker(schema: z.ZodType<string>, what: string): (id: string) => string | undefined {
  return (id) => (schema.safeParse(id).success ? undefined : `is not ${what}`)
}

const opSchemas = new WeakMap<z.ZodObject, z.ZodObject>()

/** The values a `set` op may carry: any subset of the fields; `null` clears an optional one. */
function opValuesSchema(scalars: z.ZodObject): z.ZodObject {
  let schema = opSchemas.get(scalars)
  if (!schema) {
    const shape = Object.entries(scalars.shape as Record<string, z.ZodType>).map(([field, value]) => [
      field,
      z.optional(value instanceof z.ZodOptional ? value.nullable() : value),
    ])
    schema = z.strictObject(Object.fromEntries(shape) as Record<string, z.ZodType>)
    opSchemas.set(scalars, schema)
  }
  return schema
}

/** Checks an op's change against a kind's fields: unknown fields and bad values are refused. */
export function validateChange(op: Op, fields: KindFields): string | undefined {
  const change = op.change
  if (change.type === 'delete' || change.type === 'restore') return undefined
  if (change.type === 'set') {
    const unknown = Object.keys(change.values).find((field) => !Object.hasOwn(fields.scalars.shape, field))
    if (unknown !== undefined) return `field "${unknown}" is not a ${op.kind} field`
    const parsed = opValuesSchema(fields.scalars).safeParse(change.values)
    if (parsed.success) return undefined
    const issue = parsed.error.issues[0]
    return `${issue?.path.join('.') ?? 'value'}: ${issue?.message ?? 'invalid'}`
  }
  const check = Object.hasOwn(fields.sets, change.field) ? fields.sets[change.field] : undefined
  if (!check) return `"${change.field}" is not a set field of ${op.kind}`
  const problem = check(change.element)
  return problem && `${change.field}: ${problem}`
}

/**
 * Everything an op must be, whichever way it travels: a stamp of its own device (bounded by
 * `now` for an incoming op), a record id of its kind, stamps of what it had seen that precede
 * it, and a change its kind's fields accept.
 */
export function checkOp(kind: RecordKind, op: Op, now?: number): string | undefined {
  const own = stampProblem(op.hlc, { device: op.device, stub: kind.stubs === true, now })
  if (own) return own
  const id = kind.checkId(op.record)
  if (id) return `record id "${op.record.slice(0, 80)}" ${id}`
  for (const [device, hlc] of Object.entries(op.seen)) {
    const problem = stampProblem(hlc, { device, stub: false, now })
    if (problem) return `what it had seen: ${problem}`
  }
  const ownSeen = Object.hasOwn(op.seen, op.device) ? op.seen[op.device]! : ''
  if (ownSeen >= plainStamp(op.hlc)) return `it claims to have seen its own later change ${ownSeen}`
  if (op.change.type === 'remove') {
    for (const hlc of op.change.removes) {
      const problem = stampProblem(hlc, { stub: false, now })
      if (problem) return `removes: ${problem}`
    }
  }
  return validateChange(op, kind.fields)
}

/** The synced kinds of one library, by name. */
export interface KindRegistry {
  get(name: string): RecordKind | undefined
  all(): readonly RecordKind[]
  /** What is wrong with `op` (unknown kind, or `checkOp`), or undefined; `now` bounds incoming stamps. */
  check(op: Op, now?: number): string | undefined
}

export function createKindRegistry(kinds: readonly RecordKind[]): KindRegistry {
  const byName = new Map(kinds.map((kind) => [kind.name, kind]))
  return {
    get: (name) => byName.get(name),
    all: () => kinds,
    check(op, now) {
      const kind = byName.get(op.kind)
      return kind ? checkOp(kind, op, now) : `unknown record kind "${op.kind}" (written by a newer version?)`
    },
  }
}

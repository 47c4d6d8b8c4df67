import type { z } from 'zod'
import type { MergedRecord } from './merge'
import type { Op } from './op'

/** A record's whole history (in clock order) and its merged state, when the caller already has them. */
export interface KnownHistory {
  ops: Op[]
  merged: MergedRecord
}

/**
 * A kind of synced record: how to check an incoming op of that kind (a sync file is untrusted
 * input) and how to rebuild the stored record from its ops after an import.
 */
export interface RecordKind {
  name: string
  /** Returns what is wrong with the op, or undefined if it is acceptable. */
  validate(op: Op): string | undefined
  /**
   * Recomputes the stored record from all of its ops; `known` may pass them with their merge when
   * the caller already holds them (an import plans every record first), sparing a read of the
   * log and a second merge.
   */
  materialize(id: string, known?: KnownHistory): void
}

/** Field schemas of a kind: scalar fields by name, and set fields with their element check. */
export interface KindFields {
  scalars: z.ZodObject
  sets: Record<string, (element: string) => string | undefined>
}

const partials = new WeakMap<z.ZodObject, z.ZodObject>()

/** Building a partial schema is costly; an import checks thousands of ops against the same few. */
function partialOf(schema: z.ZodObject): z.ZodObject {
  let partial = partials.get(schema)
  if (!partial) {
    partial = schema.partial()
    partials.set(schema, partial)
  }
  return partial
}

/** Checks an op's change against a kind's fields: unknown fields and bad values are refused. */
export function validateChange(op: Op, fields: KindFields): string | undefined {
  const change = op.change
  if (change.type === 'delete' || change.type === 'restore') return undefined
  if (change.type === 'set') {
    const unknown = Object.keys(change.values).find((field) => !(field in fields.scalars.shape))
    if (unknown) return `field "${unknown}" is not a ${op.kind} field`
    const parsed = partialOf(fields.scalars).safeParse(change.values)
    if (parsed.success) return undefined
    const issue = parsed.error.issues[0]
    return `${issue?.path.join('.') ?? 'value'}: ${issue?.message ?? 'invalid'}`
  }
  const check = fields.sets[change.field]
  if (!check) return `"${change.field}" is not a set field of ${op.kind}`
  const problem = check(change.element)
  return problem && `${change.field}: ${problem}`
}

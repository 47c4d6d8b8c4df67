import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OpSchema } from '../../../shared/model/syncFile'
import { isWellFormedOp } from './opCheck'

const stamp = fc.stringMatching(/^[0-9a-f]{12}\.[0-9a-f]{4}\.[A-Za-z0-9._-]{1,8}$/)
const device = fc.stringMatching(/^[A-Za-z0-9._-]{1,10}$/)
const field = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/)
const change = fc.oneof(
  fc.record({ type: fc.constant('set'), values: fc.dictionary(field, fc.jsonValue({ maxDepth: 2 })) }),
  fc.record({ type: fc.constant('add'), field, element: fc.string({ minLength: 1, maxLength: 20 }) }),
  fc.record({ type: fc.constant('remove'), field, element: fc.string({ minLength: 1 }), removes: fc.array(stamp, { maxLength: 3 }) }),
  fc.record({ type: fc.constantFrom('delete', 'restore') }),
)
const op = fc.record({
  hlc: stamp,
  device,
  kind: fc.constantFrom('finding', 'finding_stub', 'user_event'),
  record: fc.uuid(),
  seen: fc.dictionary(device, stamp, { maxKeys: 3 }),
  change,
})

/** Odd values for any place in an op: wrong types, edge lengths, bad characters, empty things. */
const odd = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', 'x'.repeat(65), 'x'.repeat(2_001), 'a b', 'A', 'ok', 'set', '__proto__', 0, null, [], {}),
)
/** A valid op with one place (maybe nested) replaced, removed or added to. */
const mutated = fc
  .tuple(op, fc.array(fc.constantFrom('hlc', 'device', 'kind', 'record', 'seen', 'change', 'type', 'values', 'field', 'element', 'removes', 'extra', 'ab-c', '0')), odd, fc.boolean())
  .map(([base, path, value, remove]) => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>
    let target: Record<string, unknown> = copy
    for (const key of path.slice(0, -1)) {
      const next = target[key]
      if (typeof next !== 'object' || next === null) break
      target = next as Record<string, unknown>
    }
    const key = path.at(-1) ?? 'extra'
    if (remove) delete target[key]
    else target[key] = value
    return JSON.parse(JSON.stringify(copy)) as unknown
  })

describe('isWellFormedOp', () => {
  it('gives the same verdict as OpSchema on valid, mutated and arbitrary ops', () => {
    fc.assert(
      fc.property(fc.oneof(op, mutated, mutated, fc.jsonValue({ maxDepth: 3 })), (value) => {
        expect(isWellFormedOp(value)).toBe(OpSchema.safeParse(value).success)
      }),
      { numRuns: 5_000 },
    )
  })

  it('accepts a real op and refuses one with an unknown key', () => {
    const real = { hlc: '0000000003e8.0000.LAP-A', device: 'LAP-A', kind: 'finding', record: 'f1', seen: {}, change: { type: 'delete' } }
    expect(isWellFormedOp(real)).toBe(true)
    expect(isWellFormedOp({ ...real, extra: 1 })).toBe(false)
    expect(isWellFormedOp({ ...real, change: { type: 'delete', values: {} } })).toBe(false)
  })
})

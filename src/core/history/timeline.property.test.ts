import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ValueEntry } from '../../shared/model/history'
import { encodeHlc } from '../sync/hlc'
import { canonical, mergeRecord } from '../sync/merge'
import { hasSeen, type Change, type Op } from '../sync/op'
import { createLineage } from './lineage'
import { setTimeline } from './setTimeline'
import { sameValue, valueTimeline } from './valueTimeline'
import { writeGraph } from './writeGraph'

const RECORD = '01a2271e-778c-7a70-9ed5-0aeccf7d46e6'
const FIELDS = ['summary_en', 'confidence'] as const

/** A laptop in memory: real clock stamps, and `seen` as the real op store keeps it. */
class Laptop {
  readonly ops = new Map<string, Op>()
  private wall = 0
  constructor(readonly device: string) {}

  change(change: Change): void {
    this.wall = Math.max(this.wall, ...[...this.ops.values()].map((op) => parseInt(op.hlc.slice(0, 12), 16))) + 1
    const seen: Record<string, string> = {}
    for (const op of this.ops.values()) if ((seen[op.device] ?? '') < op.hlc) seen[op.device] = op.hlc
    const hlc = encodeHlc({ wall: this.wall, counter: 0, device: this.device })
    this.ops.set(hlc, { hlc, device: this.device, kind: 'finding', record: RECORD, seen, change })
  }

  receive(from: Laptop): void {
    for (const op of from.ops.values()) this.ops.set(op.hlc, op)
  }

  sorted(): Op[] {
    return [...this.ops.values()].sort((a, b) => (a.hlc < b.hlc ? -1 : 1))
  }

  presentAdds(element: string): string[] {
    return mergeRecord(this.sorted()).setAdds.tags?.[element] ?? []
  }
}

const action = fc.record({
  laptop: fc.nat(2),
  kind: fc.constantFrom('set', 'set', 'set', 'add', 'remove', 'delete', 'restore', 'sync', 'sync', 'resolve', 'resolve'),
  field: fc.constantFrom(...FIELDS),
  value: fc.constantFrom('a', 'b', 'c'),
  peer: fc.nat(2),
})
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never

/** How a conflict was resolved, by the merge's account: the resolving change, and the sides kept and set aside. */
interface Resolution {
  field: string
  change: string
  kept: string[]
  setAside: string[]
}

/** A resolution: a write made knowing every side, keeping side `pick` of each field conflict. */
function resolveAll(l: Laptop, pick: number): Resolution[] {
  const resolutions: Resolution[] = []
  for (const conflict of mergeRecord(l.sorted()).conflicts) {
    if (conflict.kind !== 'field') {
      l.change({ type: pick % 2 === 0 ? 'restore' : 'delete' })
      continue
    }
    const chosen = conflict.sides[pick % conflict.sides.length]!.value
    l.change({ type: 'set', values: { [conflict.field]: chosen } })
    const [kept, setAside] = [true, false].map((keep) => conflict.sides.filter((side) => sameValue(side.value, chosen) === keep).map((side) => side.hlc))
    resolutions.push({ field: conflict.field, change: l.sorted().at(-1)!.hlc, kept: kept!, setAside: setAside! })
  }
  return resolutions
}

const receiveAll = (laptops: Laptop[]) => laptops.forEach((l) => laptops.forEach((other) => l.receive(other)))

/**
 * Plays a history on three laptops, lets every laptop receive everything, and then, when
 * `resolver` is given, has that laptop resolve every conflict and the others receive it.
 */
function play(actions: Action[], resolver: number | undefined, pick: number): { laptops: Laptop[]; resolutions: Resolution[] } {
  const laptops = ['LAP-A', 'LAP-B', 'LAP-C'].map((device) => new Laptop(device))
  laptops[0]!.change({ type: 'set', values: { summary_en: 'start', confidence: 'a' } })
  for (const l of laptops.slice(1)) l.receive(laptops[0]!)
  for (const step of actions) {
    const l = laptops[step.laptop]!
    if (step.kind === 'sync') l.receive(laptops[step.peer]!)
    else if (step.kind === 'set') l.change({ type: 'set', values: { [step.field]: step.value } })
    else if (step.kind === 'add') l.change({ type: 'add', field: 'tags', element: step.value })
    else if (step.kind === 'remove') l.change({ type: 'remove', field: 'tags', element: step.value, removes: l.presentAdds(step.value) })
    else if (step.kind === 'resolve') void resolveAll(l, step.peer)
    else l.change({ type: step.kind })
  }
  receiveAll(laptops)
  if (resolver === undefined) return { laptops, resolutions: [] }
  const resolutions = resolveAll(laptops[resolver]!, pick)
  receiveAll(laptops)
  return { laptops, resolutions }
}

const describeOp = (op: Op) => ({ change_id: op.hlc, device: { id: op.device, name: op.device, this_device: false, named: true }, at: new Date(0).toISOString() })

function timelines(ops: Op[]) {
  const lineage = createLineage(ops, describeOp)
  const merged = mergeRecord(ops)
  const values = Object.fromEntries(FIELDS.map((field) => [field, valueTimeline(field, lineage)]))
  const tags = setTimeline('tags', lineage, (e) => e)
  return { merged, values, tags }
}

describe('history over random histories on three laptops', () => {
  it('agrees with the merge, names what each resolution kept and set aside, links every replaced value to a later change, and is the same on every laptop', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 5, maxLength: 40 }), fc.option(fc.nat(2), { nil: undefined }), fc.nat(2), (actions, resolver, pick) => {
        const { laptops, resolutions } = play(actions, resolver, pick)
        const { merged, values, tags } = timelines(laptops[0]!.sorted())
        for (const field of FIELDS) {
          const entries = values[field]!
          const conflict = merged.conflicts.find((c) => c.kind === 'field' && c.field === field)
          const heads = entries.filter((e) => e.replaced_by === null)
          // The values still standing are exactly the merge's: its value, or every side of its conflict.
          expect(heads.every((e) => e.state === (conflict ? 'in_conflict' : 'current'))).toBe(true)
          if (conflict?.kind === 'field') expect(heads.map((e) => e.change.change_id).sort()).toEqual(conflict.sides.map((s) => s.hlc).sort())
          else expect(heads.every((e) => sameValue(e.value, merged.values[field]))).toBe(true)
          checkReplacements(entries)
          for (const e of entries) expect(e.restorable).toBe(e.state === 'in_conflict' || !sameValue(e.value, merged.values[field]))
        }
        const present = tags.filter((e) => e.action === 'added' && e.present).map((e) => e.element)
        expect([...new Set(present)].sort()).toEqual(merged.sets.tags ?? [])
        for (const resolution of resolutions) {
          const entry = values[resolution.field]!.find((e) => e.change.change_id === resolution.change)!
          expect(entry.resolved?.kept.map((c) => c.change_id).sort()).toEqual(resolution.kept.sort())
          expect(entry.resolved?.set_aside.map((c) => c.change_id).sort()).toEqual(resolution.setAside.sort())
        }
        for (const other of laptops.slice(1)) expect(canonical(timelines(other.sorted()))).toBe(canonical({ merged, values, tags }))
      }),
      { numRuns: 300 },
    )
  })
})

describe('writeGraph', () => {
  it('finds the same replacers and predecessors as comparing every write with every other', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 5, maxLength: 40 }), fc.option(fc.nat(2), { nil: undefined }), fc.nat(2), (actions, resolver, pick) => {
        const ops = play(actions, resolver, pick).laptops[0]!.sorted().filter((op) => op.change.type === 'set' && 'summary_en' in op.change.values)
        const seenBy = (i: number) => ops.flatMap((op, j) => (hasSeen(ops[i]!, op) ? [j] : []))
        const replacer = ops.map((op) => {
          const next = ops.findIndex((other) => hasSeen(other, op))
          return next < 0 ? undefined : next
        })
        const predecessors = ops.map((_op, i) => seenBy(i).filter((j) => !seenBy(i).some((k) => hasSeen(ops[k]!, ops[j]!))))
        expect(writeGraph(ops)).toEqual({ replacer, predecessors })
      }),
      { numRuns: 300 },
    )
  })
})

/** Every ended value names a later change of the same field; kept values equal it, set-aside ones differ. */
function checkReplacements(entries: ValueEntry[]): void {
  const byId = new Map(entries.map((e) => [e.change.change_id, e]))
  for (const entry of entries) {
    if (!entry.replaced_by) continue
    const next = byId.get(entry.replaced_by.change_id)!
    expect(next.change.change_id > entry.change.change_id).toBe(true)
    expect(next.replaces).toContain(entry.change.change_id)
    if (entry.state === 'kept') expect(sameValue(next.value, entry.value)).toBe(true)
    if (entry.set_aside_by === 'conflict') expect(sameValue(next.value, entry.value)).toBe(false)
    if (entry.state === 'kept' || entry.set_aside_by === 'conflict') {
      expect(next.resolved).not.toBeNull()
      expect([...next.resolved!.kept, ...next.resolved!.set_aside].map((c) => c.change_id)).toContain(entry.change.change_id)
    }
  }
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonical, mergeRecord } from './merge'
import { hasSeen, type Op } from './op'
import { Replica } from './testing/replica'

const F = 'F-0042'

describe('mergeRecord: scenario S10, conflicting edits on two laptops', () => {
  const a = new Replica('LAP-A')
  const b = new Replica('LAP-B')
  a.change(F, { type: 'set', values: { doc_date: '1956-09', confidence: 'probable', summary_en: 'Kim on readmitting the dissidents.' } })
  a.change(F, { type: 'add', field: 'tags', element: 'plenum' })
  b.receive(a.ops.values())
  a.change(F, { type: 'set', values: { doc_date: '1956-09-22' } })
  a.change(F, { type: 'set', values: { summary_en: 'Kim says fled cadres will rejoin the party but not the CC.' } })
  b.change(F, { type: 'set', values: { confidence: 'confirmed' } })
  b.change(F, { type: 'add', field: 'tags', element: 'purge' })
  b.change(F, { type: 'set', values: { summary_en: 'Kim rejects restoring fled cadres to the Central Committee.' } })
  a.receive(b.ops.values())
  b.receive(a.ops.values())
  const merged = mergeRecord(a.opsOf(F))

  it('takes a field changed on one side only from that side', () => {
    expect(merged.values.doc_date).toBe('1956-09-22')
    expect(merged.values.confidence).toBe('confirmed')
  })

  it('unions concurrent tag additions', () => {
    expect(merged.sets.tags).toEqual(['plenum', 'purge'])
  })

  it('keeps base and both sides of a field changed on both, showing the later clock provisionally', () => {
    expect(merged.conflicts).toEqual([
      {
        kind: 'field',
        field: 'summary_en',
        base: 'Kim on readmitting the dissidents.',
        sides: [
          { value: 'Kim says fled cadres will rejoin the party but not the CC.', device: 'LAP-A', hlc: expect.any(String) },
          { value: 'Kim rejects restoring fled cadres to the Central Committee.', device: 'LAP-B', hlc: expect.any(String) },
        ],
      },
    ])
    expect(merged.values.summary_en).toBe('Kim rejects restoring fled cadres to the Central Committee.')
  })

  it('is identical on both laptops', () => {
    expect(mergeRecord(b.opsOf(F))).toEqual(merged)
  })

  it('clears the conflict once one side writes a resolution, on both laptops after the next exchange', () => {
    a.change(F, { type: 'set', values: { summary_en: 'Merged summary.' } })
    b.receive(a.ops.values())
    const resolved = mergeRecord(b.opsOf(F))
    expect(resolved.conflicts).toEqual([])
    expect(resolved.values.summary_en).toBe('Merged summary.')
  })
})

describe('mergeRecord: scenario S11, deletion', () => {
  function duplicateOnBoth(): [Replica, Replica] {
    const a = new Replica('LAP-A')
    const b = new Replica('LAP-B')
    a.change('F-0051', { type: 'set', values: { summary_en: 'duplicate' } })
    b.receive(a.ops.values())
    return [a, b]
  }

  it('11a: a delete made on one side is a tombstone on both', () => {
    const [a, b] = duplicateOnBoth()
    a.change('F-0051', { type: 'delete' })
    b.receive(a.ops.values())
    expect(mergeRecord(b.opsOf('F-0051'))).toMatchObject({ deleted: true, conflicts: [] })
  })

  it('11b: an edit the deleter had not seen stays deleted and becomes an edit_vs_delete conflict', () => {
    const [a, b] = duplicateOnBoth()
    a.change('F-0051', { type: 'delete' })
    b.change('F-0051', { type: 'add', field: 'tags', element: 'border' })
    b.change('F-0051', { type: 'set', values: { notes: 'B note' } })
    a.receive(b.ops.values())
    b.receive(a.ops.values())
    const merged = mergeRecord(a.opsOf('F-0051'))
    expect(merged.deleted).toBe(true)
    expect(merged.conflicts).toHaveLength(1)
    expect(merged.conflicts[0]).toMatchObject({ kind: 'edit_vs_delete', deletedBy: { device: 'LAP-A' } })
    expect(mergeRecord(b.opsOf('F-0051'))).toEqual(merged)
  })

  it('11b restore: the record returns with the concurrent edits applied', () => {
    const [a, b] = duplicateOnBoth()
    a.change('F-0051', { type: 'delete' })
    b.change('F-0051', { type: 'set', values: { notes: 'B note' } })
    a.receive(b.ops.values())
    a.change('F-0051', { type: 'restore' })
    const merged = mergeRecord(a.opsOf('F-0051'))
    expect(merged).toMatchObject({ deleted: false, conflicts: [], values: { notes: 'B note' } })
  })

  it('11b confirm delete: a second delete that has seen the edits settles the conflict', () => {
    const [a, b] = duplicateOnBoth()
    a.change('F-0051', { type: 'delete' })
    b.change('F-0051', { type: 'set', values: { notes: 'B note' } })
    a.receive(b.ops.values())
    a.change('F-0051', { type: 'delete' })
    expect(mergeRecord(a.opsOf('F-0051'))).toMatchObject({ deleted: true, conflicts: [] })
  })

  it('a remove wins only over the additions the remover had seen', () => {
    const [a, b] = duplicateOnBoth()
    a.change('F-0051', { type: 'add', field: 'tags', element: 'x' })
    b.receive(a.ops.values())
    b.change('F-0051', { type: 'remove', field: 'tags', element: 'x', removes: b.presentAdds('F-0051', 'tags', 'x') })
    a.change('F-0051', { type: 'add', field: 'tags', element: 'x' })
    a.receive(b.ops.values())
    expect(mergeRecord(a.opsOf('F-0051')).sets.tags).toEqual(['x'])
  })
})

describe('mergeRecord: properties over random histories', () => {
  const action = fc.record({
    replica: fc.integer({ min: 0, max: 2 }),
    kind: fc.constantFrom('set', 'add', 'remove', 'delete', 'restore', 'sync'),
    field: fc.constantFrom('summary_en', 'confidence', 'doc_date'),
    value: fc.constantFrom('a', 'b', 'c'),
    peer: fc.integer({ min: 0, max: 2 }),
  })

  type Action = typeof action extends fc.Arbitrary<infer T> ? T : never

  function play(actions: Action[]): Replica[] {
    const replicas = ['A', 'B', 'C'].map((d) => new Replica(d))
    replicas[0]!.change(F, { type: 'set', values: { summary_en: 'start' } })
    for (const step of actions) {
      const r = replicas[step.replica]!
      const peer = replicas[step.peer]!
      if (step.kind === 'sync') r.receive(peer.ops.values())
      else if (r.opsOf(F).length === 0) continue
      else if (step.kind === 'set') r.change(F, { type: 'set', values: { [step.field]: step.value } })
      else if (step.kind === 'add') r.change(F, { type: 'add', field: 'tags', element: step.value })
      else if (step.kind === 'remove')
        r.change(F, { type: 'remove', field: 'tags', element: step.value, removes: r.presentAdds(F, 'tags', step.value) })
      else r.change(F, { type: step.kind })
    }
    return replicas
  }

  it('converges: every replica holding the same ops, in any order and with duplicates, has the same state', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), fc.integer(), (actions, seed) => {
        const replicas = play(actions)
        const all: Op[] = replicas.flatMap((r) => [...r.ops.values()])
        const shuffled = fc.sample(fc.shuffledSubarray(all, { minLength: all.length }), { numRuns: 1, seed })[0]!
        expect(canonical(mergeRecord([...shuffled, ...all.slice(0, 3)]))).toBe(canonical(mergeRecord(all)))
      }),
      { numRuns: 200 },
    )
  })

  it('never loses a concurrent edit: every unsuperseded value is the value or a side of a conflict', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const replicas = play(actions)
        const all = replicas.flatMap((r) => [...r.ops.values()])
        const merged = mergeRecord(all)
        for (const field of ['summary_en', 'confidence', 'doc_date']) {
          const writes = all.filter((op) => op.change.type === 'set' && field in op.change.values)
          const unsuperseded = writes.filter((w) => !writes.some((other) => hasSeen(other, w)))
          const kept = new Set([
            merged.values[field],
            ...merged.conflicts.flatMap((c) => (c.kind === 'field' && c.field === field ? c.sides.map((s) => s.value) : [])),
          ])
          for (const w of unsuperseded) expect(kept).toContain((w.change as { values: Record<string, unknown> }).values[field])
        }
      }),
      { numRuns: 200 },
    )
  })
})

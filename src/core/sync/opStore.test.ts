import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../db/open'
import type { Db } from '../db/types'
import { tempDir } from '../testing/tempLibrary'
import { createOpStore } from './opStore'

describe('op store', () => {
  const opened: Db[] = []
  const open = (file: string): Db => {
    const db = openDatabase(file)
    opened.push(db)
    return db
  }
  afterEach(() => opened.splice(0).forEach((db) => db.close()))

  it('stamps local changes with increasing clocks that carry what the library had seen', () => {
    const store = createOpStore(open(join(tempDir(), 'a.sqlite')), { device: 'LAP-A', wallMs: () => 1000 })
    const first = store.append('finding', 'f1', { type: 'set', values: { summary_en: 'x' } })
    const second = store.append('finding', 'f1', { type: 'delete' })
    expect(second.hlc > first.hlc).toBe(true)
    expect(second.seen).toEqual({ 'LAP-A': first.hlc })
    expect(store.opsOf('finding', 'f1')).toEqual([first, second])
  })

  it('keeps the count of its ops as it adds them, however often the same ops arrive', () => {
    const dbA = open(join(tempDir(), 'a.sqlite'))
    const dbB = open(join(tempDir(), 'b.sqlite'))
    const a = createOpStore(dbA, { device: 'LAP-A', wallMs: () => 1000 })
    const b = createOpStore(dbB, { device: 'LAP-B', wallMs: () => 500 })
    const ops = [1, 2, 3].map((i) => a.append('finding', `f${i}`, { type: 'set', values: { summary_en: `${i}` } }))
    b.append('finding', 'g1', { type: 'delete' })
    b.receive([ops[1]!])
    b.receive(ops)
    b.receive(ops)
    const counted = (db: Db) => db.prepare('SELECT (SELECT n FROM op_count) AS kept, (SELECT count(*) FROM ops) AS actual').get()
    expect(counted(dbA)).toEqual({ kept: 3, actual: 3 })
    expect(counted(dbB)).toEqual({ kept: 4, actual: 4 })
  })

  it('receives a colleague’s ops once, however often they arrive', () => {
    const a = createOpStore(open(join(tempDir(), 'a.sqlite')), { device: 'LAP-A', wallMs: () => 1000 })
    const b = createOpStore(open(join(tempDir(), 'b.sqlite')), { device: 'LAP-B', wallMs: () => 500 })
    const op = a.append('finding', 'f1', { type: 'set', values: { summary_en: 'x' } })
    expect(b.receive([op])).toEqual([op])
    expect(b.receive([op])).toEqual([])
    b.covered({ since: {}, seen: { 'LAP-A': op.hlc } })
    // B's wall clock is behind A's, yet B's next change is stamped after what it has seen.
    const reply = b.append('finding', 'f1', { type: 'set', values: { summary_en: 'y' } })
    expect(reply.hlc > op.hlc).toBe(true)
    expect(reply.seen['LAP-A']).toBe(op.hlc)
  })

  it('tells whether it holds any op in a clock range, so a first import can skip per-op look-ups', () => {
    let wall = 1000
    const a = createOpStore(open(join(tempDir(), 'a.sqlite')), { device: 'LAP-A', wallMs: () => wall })
    const first = a.append('finding', 'f1', { type: 'set', values: { summary_en: 'x' } })
    wall = 5000
    const last = a.append('finding', 'f1', { type: 'delete' })
    expect(a.holdsAnyBetween(first.hlc, last.hlc)).toBe(true)
    expect(a.holdsAnyBetween(last.hlc, last.hlc)).toBe(true)
    expect(a.holdsAnyBetween(`${last.hlc}~`, 'z')).toBe(false)
    expect(a.holdsAnyBetween('0', first.hlc.slice(0, -1))).toBe(false)
  })

  it('knows a device only up to where its ops arrived without a gap', () => {
    const a = createOpStore(open(join(tempDir(), 'a.sqlite')), { device: 'LAP-A', wallMs: () => 1000 })
    const c = createOpStore(open(join(tempDir(), 'c.sqlite')), { device: 'LAP-C', wallMs: () => 1000 })
    const first = a.append('finding', 'f1', { type: 'set', values: { n: 1 } })
    const second = a.append('finding', 'f1', { type: 'set', values: { n: 2 } })
    // A file made for someone who already had `first` reaches C, which never had it.
    c.receive([second])
    c.covered({ since: { 'LAP-A': first.hlc }, seen: { 'LAP-A': second.hlc } })
    expect(c.seenVector()).toEqual({})
    c.receive([first, second])
    c.covered({ since: {}, seen: { 'LAP-A': second.hlc } })
    expect(c.seenVector()).toEqual({ 'LAP-A': second.hlc })
  })

  it('lists only what a colleague has not seen', () => {
    const a = createOpStore(open(join(tempDir(), 'a.sqlite')), { device: 'LAP-A', wallMs: () => 1000 })
    const old = a.append('finding', 'f1', { type: 'set', values: { n: 1 } })
    const fresh = a.append('finding', 'f2', { type: 'set', values: { n: 2 } })
    expect(a.opsSince({ 'LAP-A': old.hlc })).toEqual([fresh])
    expect(a.opsSince({})).toEqual([old, fresh])
  })

  it('keeps its clock monotonic across a restart with the wall clock set back', () => {
    const file = join(tempDir(), 'a.sqlite')
    const before = createOpStore(open(file), { device: 'LAP-A', wallMs: () => 5_000_000 }).append('finding', 'f1', { type: 'delete' })
    opened.splice(0).forEach((db) => db.close())
    const after = createOpStore(open(file), { device: 'LAP-A', wallMs: () => 1 }).append('finding', 'f1', { type: 'restore' })
    expect(after.hlc > before.hlc).toBe(true)
  })
})

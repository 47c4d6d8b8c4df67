import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PageRef } from '../../shared/model/pages'
import { encodeHlc } from '../sync/hlc'
import { checkOp } from '../sync/kinds'
import { mergeRecord } from '../sync/merge'
import type { Op } from '../sync/op'
import { Replica } from '../sync/testing/replica'
import { findingKind } from './findingKind'
import { creationPageChanges, orderedPages, pageChanges, PAGE_POSITIONS, removedPages } from './pageOrder'
import { keyBetween, keysBetween, POSITION_KEY } from './positionKeys'

const page = (n: number): PageRef => ({ sha256: n.toString(16).padStart(64, '0'), name: `page ${n}.jpg` })
const RECORD = 'finding-1'

/** Saves `wanted` as the replica's page list, as the finding service does. */
function save(replica: Replica, wanted: readonly PageRef[]) {
  const changes = pageChanges(mergeRecord(replica.opsOf(RECORD)), wanted)
  for (const change of changes) replica.change(RECORD, change)
  return changes
}
const pagesOf = (replica: Replica) => orderedPages(mergeRecord(replica.opsOf(RECORD)))

function laptopsWith(pages: readonly PageRef[]): [Replica, Replica] {
  const a = new Replica('A')
  for (const change of creationPageChanges(pages)) a.change(RECORD, change)
  const b = new Replica('B')
  b.receive(a.ops.values())
  return [a, b]
}

const key = fc.stringMatching(/^[0-9a-z]{0,6}[1-9a-z]$/)

describe('position keys', () => {
  it('always finds a well-formed key strictly between two others, or at either end', () => {
    fc.assert(
      fc.property(fc.option(key), fc.option(key), (x, y) => {
        const [low, high] = x !== null && y !== null && y < x ? [y, x] : [x, y]
        if (low !== null && high !== null && low === high) return
        const between = keyBetween(low, high)
        expect(between).toMatch(POSITION_KEY)
        if (low !== null) expect(between > low).toBe(true)
        if (high !== null) expect(between < high).toBe(true)
      }),
    )
  })

  it('spreads many keys in order and keeps them short', () => {
    const keys = keysBetween(null, null, 500)
    expect([...keys].sort()).toEqual(keys)
    expect(new Set(keys).size).toBe(500)
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(3)
  })
})

describe('a finding’s pages in order', () => {
  it('keeps the order they were given and moves one page with one position change', () => {
    const [a] = laptopsWith([page(1), page(2), page(3), page(4)])
    expect(pagesOf(a)).toEqual([page(1), page(2), page(3), page(4)])
    const changes = save(a, [page(1), page(4), page(2), page(3)])
    expect(changes.map((c) => [c.type, 'field' in c ? c.field : ''])).toEqual([
      ['remove', PAGE_POSITIONS],
      ['add', PAGE_POSITIONS],
    ])
    expect(pagesOf(a)).toEqual([page(1), page(4), page(2), page(3)])
    expect(save(a, [page(1), page(4), page(2), page(3)])).toEqual([])
  })

  it('applies concurrent moves of different pages from two laptops', () => {
    const [a, b] = laptopsWith([1, 2, 3, 4, 5].map(page))
    save(a, [2, 3, 4, 5, 1].map(page))
    save(b, [5, 1, 2, 3, 4].map(page))
    a.receive(b.ops.values())
    b.receive(a.ops.values())
    expect(pagesOf(a)).toEqual(pagesOf(b))
    expect(pagesOf(a)).toEqual([5, 2, 3, 4, 1].map(page))
  })

  it('lists removed pages, latest first, until they are put back', () => {
    const [a] = laptopsWith([1, 2, 3].map(page))
    save(a, [page(1), page(3)])
    save(a, [page(3)])
    const history = a.opsOf(RECORD)
    expect(removedPages(history, pagesOf(a)).map((p) => p.name)).toEqual(['page 1.jpg', 'page 2.jpg'])
    save(a, [page(2), page(3)])
    expect(pagesOf(a)).toEqual([page(2), page(3)])
    expect(removedPages(a.opsOf(RECORD), pagesOf(a)).map((p) => p.name)).toEqual(['page 1.jpg'])
  })

  const edit = fc.oneof(
    fc.record({ type: fc.constant('move' as const), from: fc.nat(20), to: fc.nat(20) }),
    fc.record({ type: fc.constant('remove' as const), at: fc.nat(20) }),
    fc.record({ type: fc.constant('add' as const), page: fc.integer({ min: 1, max: 12 }), at: fc.nat(20) }),
  )
  type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never

  function applyEdit(pages: PageRef[], e: Edit): PageRef[] {
    const next = [...pages]
    if (e.type === 'move' && next.length > 0) {
      const [moved] = next.splice(e.from % next.length, 1)
      next.splice(e.to % (next.length + 1), 0, moved!)
    } else if (e.type === 'remove' && next.length > 0) next.splice(e.at % next.length, 1)
    else if (e.type === 'add' && !next.some((p) => p.sha256 === page(e.page).sha256)) next.splice(e.at % (next.length + 1), 0, page(e.page))
    return next
  }

  it('converges on both laptops after concurrent edits, and a laptop alone gets exactly its order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.array(fc.tuple(fc.boolean(), edit), { maxLength: 12 }),
        fc.array(fc.nat(11), { maxLength: 4 }),
        (start, edits, syncPoints) => {
          const [a, b] = laptopsWith(Array.from({ length: start }, (_, i) => page(i + 1)))
          edits.forEach(([onA, e], i) => {
            const laptop = onA ? a : b
            const wanted = applyEdit(pagesOf(laptop), e)
            save(laptop, wanted)
            expect(pagesOf(laptop)).toEqual(wanted)
            if (syncPoints.includes(i)) a.receive(b.ops.values())
          })
          a.receive(b.ops.values())
          b.receive(a.ops.values())
          const order = pagesOf(a)
          expect(pagesOf(b)).toEqual(order)
          expect(new Set(order.map((p) => p.sha256)).size).toBe(order.length)
          // A further edit on either laptop, after the exchange, is exactly what it asked for.
          const wanted = [...order].reverse()
          save(b, wanted)
          a.receive(b.ops.values())
          expect(pagesOf(a)).toEqual(wanted)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('page ops arriving in a sync file', () => {
  // Only the kind's fields and ids are used by the op check; no statement it prepares is run.
  const kind = findingKind({ prepare: () => ({}) } as never, undefined as never, undefined as never)
  const device = 'LAP-B'
  const op = (field: string, element: string): Op => ({
    hlc: encodeHlc({ wall: Date.UTC(2026, 0, 1), counter: 0, device }),
    device,
    kind: 'finding',
    record: '01890a5d-ac96-774b-bcce-b302099a8057',
    seen: {},
    change: { type: 'add', field, element },
  })

  it('accepts well-formed positions and regions through the one op check, and names what is wrong with others', () => {
    expect(checkOp(kind, op(PAGE_POSITIONS, `${page(1).sha256}:i`))).toBeUndefined()
    expect(checkOp(kind, op(PAGE_POSITIONS, `${page(1).sha256}:i0`))).toMatch(/position key/)
    expect(checkOp(kind, op(PAGE_POSITIONS, `${page(1).sha256}:../x`))).toMatch(/position key/)
    expect(checkOp(kind, op('regions', '{"id":"x"'))).toMatch(/not a JSON page region/)
    expect(checkOp(kind, op('regions', JSON.stringify({ id: 'region-1', page: page(1).sha256 })))).toMatch(/^regions: /)
    expect(checkOp(kind, op('attachments', `${page(1).sha256}/page\u0007.jpg`))).toMatch(/^attachments: .*control characters/)
  })
})

import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { findingOn, lostEdits, playHistory, step } from './testing/history'
import { laptop } from './testing/laptop'

/** Histories in CI; `npm run bench` runs many more (scripts/bench/sync.ts). */
const RUNS = Number(process.env.CONVERGENCE_RUNS ?? 200)

describe('three laptops exchanging files in random order converge and lose no concurrent edit', () => {
  // One set of laptops for all histories: each history works on a finding of its own.
  const laptops = [laptop(), laptop(), laptop()]
  afterAll(() => laptops.forEach((l) => l.dispose()))

  it(`holds for ${RUNS} random histories`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const id = await playHistory(laptops, steps)
        const states = await Promise.all(laptops.map((l) => findingOn(l, id)))
        const [first, ...rest] = states.map((f) => f && { ...f, created_at: '', updated_at: '' })
        for (const other of rest) expect(other).toEqual(first)
        const ops = laptops[0]!.library.db.prepare("SELECT * FROM ops WHERE kind = 'finding' AND record = ? ORDER BY hlc").all(id) as {
          hlc: string; device: string; seen: string; change: string; kind: string; record: string
        }[]
        const parsed = ops.map((o) => ({ ...o, seen: JSON.parse(o.seen) as Record<string, string>, change: JSON.parse(o.change) }))
        expect(lostEdits(states[0]!, parsed)).toEqual([])
      }),
      { numRuns: RUNS },
    )
  }, 600_000)
})

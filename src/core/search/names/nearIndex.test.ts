import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { editDistance, transpositions } from './distance'
import { NearIndex } from './nearIndex'

/** Plain edit distance, a swap counting two: what every key the index must find is within. */
function levenshtein(a: string, b: string): number {
  let back = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) row.push(Math.min(back[j]! + 1, row[j - 1]! + 1, back[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)))
    back = row
  }
  return back[b.length]!
}

/** Words over a few letters, so that keys near one another are common. */
const word = fc.string({ unit: fc.constantFrom(...'aeikmnosu'), minLength: 1, maxLength: 10 })

describe('near keys', () => {
  it('finds every key within max insertions, deletions or substitutions and every single swap, and nothing beyond max edits', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, fc.integer({ min: 1, max: 2 }), (keys, query, max) => {
        const index = new NearIndex<number>()
        keys.forEach((k, i) => index.set(k, i))
        const found = index.near(query, max)
        const foundKeys = new Set(found.map((n) => n.key))
        for (const key of keys) {
          if (key === query) continue
          if (levenshtein(query, key) <= max || transpositions(query).includes(key)) expect(foundKeys).toContain(key)
        }
        for (const n of found) {
          expect(n.distance).toBe(editDistance(query, n.key, max))
          expect(n.distance).toBeLessThanOrEqual(max)
          expect(n.value).toBe(keys.indexOf(n.key))
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('puts the nearest first and, among equally near keys, the one added first', () => {
    const index = new NearIndex<string>()
    for (const key of ['kimilsung', 'kimilsong', 'kimilsng']) index.set(key, key)
    expect(index.near('kimilsang', 2).map((n) => n.key)).toEqual(['kimilsung', 'kimilsong', 'kimilsng'])
    expect(index.near('kimilsng', 1).map((n) => n.key)).toEqual(['kimilsung', 'kimilsong'])
  })
})

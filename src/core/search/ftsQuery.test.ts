import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createSearchEngine } from './engine'
import { toFtsQuery } from './ftsQuery'
import { TIER, type QueryPlan } from './query'

const BREZHNEV = { entityId: 'e-brezhnev', kind: 'person' as const, forms: ['Leonid Brezhnev', 'Leonid Ilyich Brezhnev', 'L. I. Brezhnev', 'Брежнев', 'Леонид Ильич Брежнев'] }

describe('FTS5 expressions of other names', () => {
  const engine = createSearchEngine({ aliases: [BREZHNEV], fts: new Database(':memory:') })
  engine.add([
    { id: 'a', type: 'finding', title: 'Cable', transcription: 'Leonid Ilyich Brezhnev received the delegation.' },
    { id: 'b', type: 'finding', title: 'Запись', transcription: 'Товарищ Л. И. Брежнев принял делегацию.' },
    { id: 'c', type: 'finding', title: 'Note', transcription: 'Comrade Leonid was absent.' },
  ])

  it('leave out a name that a single word of the clause already matches', () => {
    const plan = engine.plan('Brezhnev ')
    const expr = toFtsQuery(plan, plan.tiers.at(-1)!)
    // `brezhnev` and `брежнев`* stand alone, so the full names that hold them add no match.
    expect(expr).toContain('"brezhnev"')
    expect(expr).toContain('"брежнев"*')
    expect(expr).not.toContain('leonid')
    expect(expr).not.toContain('ильич')
  })

  it('still find every finding the full names would', () => {
    const found = engine.search('Brezhnev ')
    expect(found.hits.map((h) => h.id).sort()).toEqual(['a', 'b'])
    expect(found.counts.finding).toBe(2)
  })

  it('keep the first of two alternatives that are the same word', () => {
    const word = (term: string) => ({ terms: [{ term, prefix: false, fuzzy: [] }], tier: TIER.names, expansion: { entityId: 'e-x', form: term } })
    const plan: QueryPlan = {
      clauses: [{ alternatives: [{ ...word('gaeseong'), tier: TIER.exact }, word('kaesong'), word('kaesong'), word('kaesong-si')], exclude: [] }],
      text: 'Gaeseong ',
      tiers: [TIER.exact, TIER.names],
      names: { expanded: [], ambiguous: [], nearly: [] },
      words: [],
    }
    expect(toFtsQuery(plan, TIER.names)).toBe('(("gaeseong") OR (("kaesong") OR ("kaesong-si")))')
  })
})

import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createSearchEngine } from './engine'
import { surelyEmpty, toFtsQuery } from './ftsQuery'
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

describe('tiers that surely match nothing', () => {
  const engine = createSearchEngine({ aliases: [], fts: new Database(':memory:') })
  engine.add([{ id: 'a', type: 'finding', title: 'Cable', transcription: 'The tractor plant at Kaesong, 1956.' }])
  const vocabulary = new Map([['tractor', 1], ['plant', 1], ['kaesong', 1], ['cable', 1]])
  const documentsWith = (word: string) => vocabulary.get(word) ?? 0

  it('are the exact tier of a word no document holds, and only that', () => {
    const plan = engine.plan('tracter ')
    expect(surelyEmpty(plan, TIER.exact, documentsWith)).toBe(true)
    // Its typo neighbours may match: the typo tier is asked.
    expect(surelyEmpty(plan, plan.tiers.at(-1)!, documentsWith)).toBe(false)
    expect(surelyEmpty(engine.plan('tractor plant '), TIER.exact, documentsWith)).toBe(false)
  })

  it('are never a word the vocabulary does not keep, nor a prefix', () => {
    // Three letters, digits, or a word still being typed may be in a document the vocabulary does not list.
    expect(surelyEmpty(engine.plan('zzz '), TIER.exact, documentsWith)).toBe(false)
    expect(surelyEmpty(engine.plan('1956x '), TIER.exact, documentsWith)).toBe(false)
    const typing = engine.plan('tracto')
    expect(surelyEmpty(typing, TIER.prefix, documentsWith)).toBe(false)
  })

  it('leave the results of a misspelt word as they were', () => {
    const found = engine.search('tracter ')
    expect(found.hits.map((h) => h.id)).toEqual(['a'])
    expect(found.counts.finding).toBe(1)
  })
})

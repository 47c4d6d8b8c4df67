import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createSearchEngine } from './engine'
import { seedAliases } from './testCorpus'
import type { SearchDoc } from './types'

const finding = (id: string, transcription: string): SearchDoc => ({ id, type: 'finding', title: id, transcription })

function engineWith(docs: SearchDoc[]) {
  const engine = createSearchEngine({ aliases: seedAliases(), fts: new Database(':memory:') })
  engine.add(docs)
  return engine
}

describe('findings search in FTS5', () => {
  it('matches another name written in words as a phrase, not as words scattered through a text', () => {
    const engine = engineWith([
      finding('phrase', 'A delegation of the Korean Workers Party arrived.'),
      finding('scattered', 'Korean miners and party officials met the workers.'),
    ])
    const hits = engine.search('조선로동당').hits
    expect(hits.map((h) => h.id)).toEqual(['phrase'])
    expect(hits[0]!.matchedAlias?.entityId).toBe('kwp')
  })

  it('lists the literal matches first and counts the other names in the total, without repeating a finding', () => {
    const engine = engineWith([
      finding('literal', 'Zhou Enlai arrived in Pyongyang.'),
      finding('both', 'Zhou Enlai, 周恩来, arrived.'),
      finding('other-name', '周恩来到达平壤。'),
    ])
    const result = engine.search('Zhou Enlai', { limit: 2 })
    expect(result.total).toBe(3)
    expect(result.hits.map((h) => h.id).sort()).toEqual(['both', 'literal'])
    const all = engine.search('Zhou Enlai', { limit: 10 })
    expect(all.hits.map((h) => h.id)).toHaveLength(3)
    expect(all.hits[2]).toMatchObject({ id: 'other-name', matchedAlias: { entityId: 'zhou-enlai' } })
  })

  it('counts the essay, events and entities in the total beside the findings, in one tier or two', () => {
    const event: SearchDoc = { id: 'ev', type: 'event', title: 'Zhou Enlai visits Pyongyang', summary: 'The plenum is discussed.' }
    const engine = engineWith([finding('literal', 'Zhou Enlai at the plenum.'), finding('other-name', '周恩来到达平壤。'), event])
    expect(engine.search('Zhou Enlai', { limit: 1 }).total).toBe(3)
    expect(engine.search('plenum', { limit: 1 }).total).toBe(2)
  })

  it('ranks every page past the whole-ranking budget: a common word by its candidate list, pages without gaps or repeats', () => {
    // Findings saying "report" 1-6 times among 20-90 other words: every bm25 weight differs.
    const filler = (n: number) => Array.from({ length: n }, (_, k) => `w${k % 13}`).join(' ')
    const docs = Array.from({ length: 200 }, (_, i) => finding(`f${i}`, `${'report '.repeat(1 + (i % 6))}talks ${filler(20 + ((i * 37) % 71))}`))
    const small = createSearchEngine({ fts: new Database(':memory:'), rankLimits: { listFrom: 30, listSize: 40, rankAll: 30 } })
    small.add(docs)
    const whole = engineWith(docs)
    const page = (engine: typeof small, query: string, n: number) => engine.search(query, { limit: 20, offset: 20 * n, snippets: false }).hits
    for (const n of [0, 1, 3]) expect(page(small, 'report ', n).map((h) => h.id)).toEqual(page(whole, 'report ', n).map((h) => h.id))
    // Two common words: bm25 over the union of their lists, then everything; each finding exactly once.
    const pages = Array.from({ length: 10 }, (_, n) => page(small, 'report talks ', n))
    const ids = pages.flat().map((h) => h.id)
    expect(new Set(ids).size).toBe(200)
    for (const p of pages.slice(0, 2)) expect(p.map((h) => h.score)).toEqual([...p.map((h) => h.score)].sort((a, b) => b - a))
    expect(pages[0]!.map((h) => h.id)).toEqual(page(whole, 'report talks ', 0).map((h) => h.id))
  })

  it('ranks a rarer word by bm25: more occurrences in a short text first', () => {
    const engine = engineWith([
      finding('once', 'The plenum met. Many other matters were discussed at length that day.'),
      finding('twice', 'The plenum met; the plenum decided.'),
      ...Array.from({ length: 4 }, (_, i) => finding(`other${i}`, 'unrelated text about the harvest')),
    ])
    expect(engine.search('plenum').hits.map((h) => h.id)).toEqual(['twice', 'once'])
  })

  it('counts a one-tier query in its ranking pass as a separate count would, and cuts snippets from the text read with it', () => {
    const docs = Array.from({ length: 30 }, (_, i) => finding(`f${i}`, `He said the aid ${'was late '.repeat(1 + (i % 4))}and the aid arrived.`))
    const engine = engineWith(docs)
    const result = engine.search('aid ', { limit: 5 })
    expect(result.total).toBe(30)
    expect(result.hits).toHaveLength(5)
    // "aid" inside "said" is passed over: the highlight is the word itself.
    const snippet = result.hits[0]!.snippet!
    expect(snippet.highlights.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['aid', 'aid'])
    expect(engine.search('aid ', { limit: 5, offset: 25 }).hits.map((h) => h.id)).toHaveLength(5)
    expect(engine.search('aid ', { limit: Infinity, snippets: false }).hits).toHaveLength(30)
  })

  it('highlights words whose written form folds to the query: ё as е, traditional Han as simplified', () => {
    const engine = engineWith([finding('ru', 'Н. С. Хрущёв сказал послу: помощь будет.'), finding('zh', '一九五八年毛澤東會見代表團。')])
    const marked = (query: string) => {
      const snippet = engine.search(query).hits[0]!.snippet!
      return snippet.highlights.map(([a, b]) => snippet.text.slice(a, b))
    }
    expect(marked('Хрущев ')).toEqual(['Хрущёв'])
    expect(marked('毛泽东')).toEqual(['毛澤東'])
  })
})

describe('tidying the findings index', () => {
  it('merges the b-trees that batches of findings leave into one, and finds the same after', () => {
    const db = new Database(':memory:')
    const engine = createSearchEngine({ aliases: seedAliases(), fts: db })
    for (let batch = 0; batch < 12; batch++) {
      engine.add(Array.from({ length: 40 }, (_, i) => finding(`f${batch}-${i}`, `Cable ${batch} number ${i} on the Zhou Enlai visit, tractor plant ${i % 7}.`)))
    }
    const segments = () => db.prepare('SELECT count(DISTINCT segid) FROM search_fts_idx').pluck().get() as number
    const before = ['Zhou Enlai', 'tractor', 'cable 7', '周恩来'].map((q) => engine.search(q, { limit: 500 }))
    expect(segments()).toBeGreaterThan(4)
    expect(engine.tidy(segments())).toBe(false)
    while (engine.tidy(1));
    expect(segments()).toBe(1)
    expect(engine.tidy(1)).toBe(false)
    const after = ['Zhou Enlai', 'tractor', 'cable 7', '周恩来'].map((q) => engine.search(q, { limit: 500 }))
    expect(after).toEqual(before)
    expect(before[0]!.counts.finding).toBe(480)
  })
})

describe('stored texts', () => {
  it('keep plain ASCII as text and anything else as UTF-16, and give back the same snippets', () => {
    const db = new Database(':memory:')
    const engine = createSearchEngine({ aliases: seedAliases(), fts: db })
    engine.add([
      finding('en', 'The tractor plant delegation arrived on Monday.'),
      finding('ru', 'Делегация тракторного завода прибыла в понедельник.'),
      finding('zh', '拖拉机厂代表团星期一到达。'),
    ])
    const stored = (id: string) => db.prepare('SELECT typeof(raw) FROM search_doc WHERE id = ?').pluck().get(id)
    expect([stored('en'), stored('ru'), stored('zh')]).toEqual(['text', 'blob', 'blob'])
    expect(engine.search('tractor').hits[0]?.snippet?.text).toBe('The tractor plant delegation arrived on Monday.')
    expect(engine.search('тракторного').hits[0]?.snippet?.text).toBe('Делегация тракторного завода прибыла в понедельник.')
    expect(engine.search('拖拉机').hits[0]?.snippet).toMatchObject({ text: '拖拉机厂代表团星期一到达。', highlights: [[0, 3]] })
  })
})

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

  it('does not rank a word most findings contain, listing the most recently indexed first', () => {
    const docs = Array.from({ length: 6 }, (_, i) => finding(`f${i}`, `report number ${i} on the talks`))
    const engine = engineWith(docs)
    engine.replace(finding('f2', 'report number 2 on the talks, revised'))
    expect(engine.search('report', { limit: 3 }).hits.map((h) => h.id)).toEqual(['f2', 'f5', 'f4'])
  })

  it('ranks a rarer word by bm25: more occurrences in a short text first', () => {
    const engine = engineWith([
      finding('once', 'The plenum met. Many other matters were discussed at length that day.'),
      finding('twice', 'The plenum met; the plenum decided.'),
      ...Array.from({ length: 4 }, (_, i) => finding(`other${i}`, 'unrelated text about the harvest')),
    ])
    expect(engine.search('plenum').hits.map((h) => h.id)).toEqual(['twice', 'once'])
  })
})

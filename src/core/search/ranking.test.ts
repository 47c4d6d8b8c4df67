import Database from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSearchEngine } from './engine'
import { seedAliases } from './testCorpus'
import type { SearchDoc, SearchDocType } from './types'

const doc = (id: string, text: string, type: SearchDocType = 'finding'): SearchDoc => ({ id, type, title: id, summary: text })

function engineWith(docs: SearchDoc[]) {
  const db = new Database(join(mkdtempSync(join(tmpdir(), 'search-ranking-')), 'search.sqlite'))
  const engine = createSearchEngine({ aliases: seedAliases(), fts: db })
  engine.add(docs)
  return engine
}

const ids = (engine: ReturnType<typeof engineWith>, query: string) => engine.search(query, { limit: 50 }).hits.map((h) => h.id)

describe('the researcher’s own findings first', () => {
  it('puts findings that match first, with their count, however many essay paragraphs, events and entities match better', () => {
    const others = Array.from({ length: 30 }, (_, i) => doc(`ev${i}`, '金日成 金日成 金日成 Kim Il Sung 金日成', i % 2 ? 'event' : 'essay'))
    // The findings name him only in other forms: they match in a lower tier with a low score.
    const engine = engineWith([...others, doc('f1', 'Long talk with Ким Ир Сеном about the harvest.'), doc('f2', 'A letter: 김일성 동지에게.')])
    for (const query of ['金日成', '김일성', 'Kim Il Sung']) {
      const result = engine.search(query)
      expect(result.counts.finding).toBe(2)
      expect(result.hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['f1', 'f2'])
      expect(result.total).toBe(32)
    }
    expect(engine.search('金日成', { offset: 20 }).hits.every((h) => h.type !== 'finding')).toBe(true)
  })
})

describe('tiers: exact, then prefix, then other names, then typos', () => {
  it('ranks the word as typed above its prefix expansions and typo neighbours, whatever bm25 says', () => {
    const engine = engineWith([
      doc('typo', 'plenom plenom plenom plenom'),
      doc('prefix', 'plenums plenums plenums'),
      doc('exact', 'A long report that mentions the plenum once among many other words of the day.'),
    ])
    expect(ids(engine, 'plenum')).toEqual(['exact', 'prefix', 'typo'])
    // A finished word is no prefix: plenums is then a typo neighbour, like plenom.
    expect(ids(engine, 'plenum ')[0]).toBe('exact')
  })

  it('puts other names of an entity below the name as typed, and typos of it last', () => {
    const engine = engineWith([
      doc('typo', 'Khruschev Khruschev Khruschev'),
      doc('name', 'Хрущев Хрущев Хрущев'),
      doc('literal', 'A note that names Khrushchev once in a long sentence about other matters.'),
    ])
    expect(ids(engine, 'Khrushchev ')).toEqual(['literal', 'name', 'typo'])
  })

  it('lists findings with a misspelt word as typed before those with the word spelt right', () => {
    const engine = engineWith([
      ...Array.from({ length: 25 }, (_, i) => doc(`right${i}`, 'the committee met, the committee decided')),
      doc('misspelt', 'minutes of the comittee'),
    ])
    const result = engine.search('comittee ')
    expect(result.hits[0]!.id).toBe('misspelt')
    expect(result.total).toBe(26)
    expect(result.notes.didYouMean).toBeUndefined()
  })
})

describe('a Korean fragment that holds a name', () => {
  it('ranks by the fragment as typed, not again by the name inside it', () => {
    const engine = engineWith([
      // 조선 and the gram 선에 (in 우선에) often, the fragment 조선에 once; the other as long, with the fragment twice.
      doc('name-often', `${'조선 '.repeat(20)}우선에 우선에 우선에 우선에 우선에 그리고 조선에 한번`),
      doc('fragment-often', `조선에 보낸 편지, 그리고 조선에 간 ${'대표단 '.repeat(26)}`),
      ...Array.from({ length: 8 }, (_, i) => doc(`other${i}`, `중국 대표단 ${i}`)),
    ])
    expect(ids(engine, '조선에')).toEqual(['fragment-often', 'name-often'])
  })
})

describe('CJK runs as phrases', () => {
  const docs = [
    doc('phrase', '志愿军全部撤出朝鲜。'),
    doc('scattered', '全部人员撤离，后来撤出。'),
    doc('event-phrase', '志愿军全部撤出', 'event'),
    doc('event-scattered', '全部撤离后撤出', 'event'),
  ]

  it('matches 全部撤出 as consecutive bigrams in findings (FTS5) and in MiniSearch records', () => {
    expect(ids(engineWith(docs), '全部撤出').sort()).toEqual(['event-phrase', 'phrase'])
    const mini = createSearchEngine()
    mini.add(docs)
    expect(mini.search('全部撤出').hits.map((h) => h.id).sort()).toEqual(['event-phrase', 'phrase'])
  })
})

describe('Korean initial-sound rule at word starts only', () => {
  const engine = engineWith([
    doc('inside', '그 사이에 회의가 있었다.'),
    doc('mother', '어머니에게 편지를 썼다.'),
    doc('start', '이에 대하여 답하였다.'),
    doc('dprk', '로동계급의 당'),
  ])

  it('finds 니에 inside a word and 이에 at a word start, not the 이에 inside 사이에', () => {
    expect(ids(engine, '니에').sort()).toEqual(['mother', 'start'])
    expect(ids(engine, '이에').sort()).toEqual(['inside', 'start'])
  })

  it('still finds the DPRK spelling from the ROK one at a word start', () => {
    expect(ids(engine, '노동계급')).toEqual(['dprk'])
  })

  it('meets a word start inside a query typed without spaces (정부이론 finds 정부 리론), never a 리 inside a word', () => {
    const spaced = engineWith([doc('dprk', '정부 리론을 따랐다.'), doc('rok', '정부 이론을 따랐다.'), doc('inside', '정부리론을 따랐다.')])
    expect(ids(spaced, '정부이론').sort()).toEqual(['dprk', 'rok'])
    expect(ids(spaced, '정부리론').sort()).toEqual(['dprk', 'inside', 'rok'])
  })
})

describe('Korean words typed with spaces', () => {
  it('ranks the words in order, spaced or not, above the same words apart', () => {
    // 조선 is also a name (of the DPRK): the words in order still come first.
    const apart = Array.from({ length: 25 }, (_, i) => doc(`apart${i}`, '조선 조선 조선 사람들의 제의 제의 문제.'))
    const engine = engineWith([...apart, doc('spaced', '이번 제의 조선 대표단은 길게 이야기하였다.'), doc('joined', '그 제의조선 대표단은 길게 이야기하였다.')])
    for (const query of ['제의 조선', '대표단은 길게']) {
      const result = engine.search(query, { limit: 2 })
      expect(result.hits.map((h) => h.id).sort()).toEqual(['joined', 'spaced'])
    }
    expect(engine.search('제의 조선').counts.finding).toBe(27)
  })
})

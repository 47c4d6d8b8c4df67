import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { aliasesFromEntities, mergeAliases } from './aliases'
import { createSearchEngine, SearchEngine, type SearchEngineOptions } from './engine'
import { SearchIndexError } from './persist'
import { FIXTURE_DOCS, seedAliases, USER_ALIASES } from './testCorpus'

const ALIASES = mergeAliases(seedAliases(), USER_ALIASES)

/** Every cross-script case of scenarios S1-S5 that text and name processing can meet. */
const RECALL: [query: string, id: string][] = [
  ['Chou En-lai', 'S1'], ['저우언라이', 'S1'], ['주은래', 'S1'], ['周恩來', 'S1'],
  ["Chinese People's Volunteers", 'S1'], ['CPV', 'S1'], ['Premier Kim', 'S1'], ['김일성', 'S1'],
  ['Ким Ир Сен', 'S2'], ['Kim Il-sung', 'S2'], ['Dandong', 'S2'], ['Antung', 'S2'], ['丹东', 'S2'],
  ["P'eng Te-huai", 'S2'], ['Mikoian', 'S2'], ['August Plenum', 'S2'], ['8월 종파사건', 'S2'], ['98c', 'S2-garf'],
  ['홍위병 연변', 'S3'], ['Red Guards Yanbian', 'S3'], ['红卫兵', 'S3'], ['North Korea revisionist', 'S3'], ['金日成', 'S3'],
  ['노동계급', 'S4'], ['성공한 것은', 'S4'], ['Kulloja', 'S4'], ['Kŭlloja', 'S4'], ['Geulloja', 'S4'],
  ['816', 'S5'], ['Project 816', 'S5'], ['坑道', 'S5'], ['三线建设', 'S5'],
  ['pyongyang', 'essay-p1'], ["P'yŏngyang", 'essay-p1'], ['Khruschev', 'ev-khrushchev'], ['Khrush', 'ev-khrushchev'],
]

const modes: [string, () => SearchEngineOptions][] = [
  ['MiniSearch only', () => ({ aliases: ALIASES })],
  ['MiniSearch + FTS5', () => ({ aliases: ALIASES, fts: new Database(':memory:') })],
]

describe.each(modes)('search engine (%s)', (_mode, options) => {
  const engine = createSearchEngine(options())
  engine.add(FIXTURE_DOCS)
  const ids = (query: string, opts = {}): string[] => engine.search(query, opts).hits.map((h) => h.id)

  it.each(RECALL)('finds %s -> %s on the first page', (query, id) => {
    expect(ids(query)).toContain(id)
  })

  it('does not find the S1 finding for Kim Jong Il', () => {
    expect(ids('金正日')).not.toContain('S1')
    expect(ids('Kim Jong Il')).not.toContain('S1')
  })

  it('says which alias matched and ranks a literal match above an expansion', () => {
    const hits = engine.search('Chou En-lai').hits
    expect(hits[0]).toMatchObject({ id: 'S1', matchedAlias: { entityId: 'zhou-enlai' } })
    const kim = engine.search('金日成').hits
    expect(kim[0]?.id).toBe('S3')
    expect(kim[0]?.matchedAlias).toBeUndefined()
    expect(kim.slice(1).every((h) => h.matchedAlias !== undefined)).toBe(true)
  })

  it('highlights the DPRK original in its own script', () => {
    const snippet = engine.search('노동계급').hits[0]!.snippet!
    expect(snippet.highlights.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['로동계급'])
  })

  it('pages through hits with the same total, and skips snippets when asked', () => {
    const all = engine.search('Kim', { limit: Infinity, snippets: false })
    expect(all.hits.length).toBe(all.total)
    expect(all.hits.every((h) => h.snippet === undefined)).toBe(true)
    const second = engine.search('Kim', { limit: 2, offset: 2 })
    expect(second.total).toBe(all.total)
    expect(second.hits.map((h) => h.id)).toEqual(all.hits.slice(2, 4).map((h) => h.id))
  })

  it('filters by type and facet', () => {
    expect(ids('Khrushchev', { types: ['event'] })).toEqual(['ev-khrushchev'])
    expect(ids('Kim', { filters: { repository: ['avprf'] } })).toEqual(['S2'])
    expect(ids('Kim', { filters: { dateFrom: '1967', dateTo: '1967' } })).toEqual(['S3'])
    expect(ids('Pyongyang', { filters: { sections: ['nature-of-alignment'] } })).toEqual(['essay-p1'])
  })
})

describe('name expansion', () => {
  it('does not expand Kim Il into Kim Il Sung', () => {
    const engine = createSearchEngine({ aliases: ALIASES })
    engine.add(FIXTURE_DOCS)
    const found = engine.search('김일').hits.map((h) => h.id)
    expect(found[0]).toBe('X-kim-il')
    for (const kimIlSung of ['S1', 'S2', 'S3']) expect(found).not.toContain(kimIlSung)
  })

  it('makes a user alias searchable as soon as it is set', () => {
    const engine = createSearchEngine({ aliases: seedAliases() })
    engine.add(FIXTURE_DOCS)
    expect(engine.search('김일성').hits.map((h) => h.id)).not.toContain('S1')
    engine.setAliases(ALIASES)
    expect(engine.search('김일성').hits.find((h) => h.id === 'S1')?.matchedAlias).toEqual({ entityId: 'kim-il-sung', form: '金首相' })
  })

  it('names the bad field of an entity table', () => {
    expect(() => aliasesFromEntities([{ id: 'x', names: [{ lang: 'en' }] }])).toThrow(/entities\[0\]\.names\[0\]\.form/)
  })
})

describe('updates', () => {
  it('replaces and removes documents', () => {
    const engine = createSearchEngine()
    engine.add(FIXTURE_DOCS)
    engine.replace({ ...FIXTURE_DOCS[0]!, transcription: '', notes: 'nothing left', title: 'gone' })
    expect(engine.search('志愿军').hits).toEqual([])
    engine.remove(['S4'])
    expect(engine.search('노동계급').total).toBe(0)
    expect(engine.size).toBe(FIXTURE_DOCS.length - 1)
  })

  it('rejects a malformed document naming the field', () => {
    const engine = createSearchEngine()
    expect(() => engine.add([{ id: 'a', type: 'memo', title: 't' } as never])).toThrow(/docs\[0\]\.type/)
  })
})

describe('persistence', () => {
  it('saves and loads an engine that answers the same', () => {
    const engine = createSearchEngine({ aliases: ALIASES })
    engine.add(FIXTURE_DOCS)
    const loaded = SearchEngine.load(JSON.stringify(engine), { aliases: ALIASES })
    expect(loaded.search('성공한 것은').hits.map((h) => h.id)).toEqual(['S4'])
    expect(loaded.search('Khruschev').hits.map((h) => h.id)).toContain('ev-khrushchev')
  })

  it('keeps findings in FTS5 across a save and load, and refuses a saved index the FTS5 tables have moved past', () => {
    const db = new Database(':memory:')
    const engine = createSearchEngine({ aliases: ALIASES, fts: db })
    engine.add(FIXTURE_DOCS)
    const json = JSON.stringify(engine)
    expect(SearchEngine.load(json, { aliases: ALIASES, fts: db }).search('노동계급').hits[0]?.snippet?.text).toContain('로동계급')
    engine.add([{ id: 'late', type: 'finding', title: 'written after the save' }])
    expect(() => SearchEngine.load(json, { aliases: ALIASES, fts: db })).toThrow(SearchIndexError)
  })

  it('refuses corrupt JSON, another format version and other options with a typed error', () => {
    const saved = createSearchEngine().toJSON()
    const reason = (json: string, options: SearchEngineOptions = {}): string => {
      try {
        SearchEngine.load(json, options)
        return 'loaded'
      } catch (e) {
        return e instanceof SearchIndexError ? e.reason : 'other'
      }
    }
    expect(reason('{"format":')).toBe('corrupt')
    expect(reason(JSON.stringify({ ...saved, mini: null }))).toBe('corrupt')
    expect(reason(JSON.stringify({ ...saved, version: 0 }))).toBe('version')
    expect(reason(JSON.stringify(saved), { fts: new Database(':memory:') })).toBe('options')
    expect(reason(JSON.stringify({ ...saved, mini: { nonsense: true } }))).toBe('corrupt')
  })
})

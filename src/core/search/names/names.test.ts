import Database from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mergeAliases } from '../aliases'
import { createSearchEngine } from '../engine'
import { FIXTURE_DOCS, seedAliases, USER_ALIASES } from '../testCorpus'
import type { SearchDoc } from '../types'
import { editDistance } from './distance'

const finding = (id: string, transcription: string, notes?: string): SearchDoc => ({ id, type: 'finding', title: id, transcription, ...(notes ? { notes } : {}) })

/** Findings written outside the fixtures: a Russian cable, a Korean report, Chinese notes. */
const DOCS: SearchDoc[] = [
  ...FIXTURE_DOCS,
  finding('cable', 'Хрущев сказал Пузанову, что Гомулка приедет в Москву.'),
  finding('korean', '개성에서 회담이 열렸다. 함흥 공장의 로동자들.'),
  finding('chou', 'Premier Chou Enlai received the delegation.'),
  finding('hamhung-ru', 'Делегация посетила завод в Хамхыне.'),
  finding('kim-ko', '김일성 동지가 공장을 방문하였다.'),
  finding('kosygin-ru', 'Косыгин прибыл в Пхеньян.'),
  finding('khrushchov', 'Khrushchov spoke at length.'),
]

function engine() {
  const db = new Database(join(mkdtempSync(join(tmpdir(), 'search-names-')), 'search.sqlite'))
  const e = createSearchEngine({ aliases: mergeAliases(seedAliases(), USER_ALIASES), fts: db })
  e.add(DOCS)
  return e
}

const search = engine()
const ids = (query: string) => search.search(query).hits.map((h) => h.id)

describe('names from any distinctive part', () => {
  it.each([
    ['Khrushchev', 'cable'],
    ['Puzanov', 'cable'],
    ['Пузанов', 'cable'],
  ])('expands the surname %s, unique in the name table, to every form (%s)', (query, id) => {
    expect(ids(query)).toContain(id)
    expect(search.search(query).notes.alsoSearchedAs[0]?.name).toMatch(/Khrushchev|Puzanov/)
  })

  it('finds Zhou Enlai from "Chou Enlai" (Wade-Giles surname, syllables joined), and the reverse', () => {
    expect(ids('Chou Enlai')).toContain('S1')
    expect(ids('Zhou Enlai')).toContain('chou')
  })

  it('finds places and people that are not entities through the bundled list of names', () => {
    expect(ids('Kaesong')).toContain('korean')
    expect(ids('Hamhung')).toContain('korean')
    expect(ids('Gomułka')).toContain('cable')
    expect(ids('Gomulka')).toContain('cable')
    const hit = search.search('Kaesong').hits.find((h) => h.id === 'korean')
    expect(hit?.matchedAlias).toEqual({ entityId: 'listed:kaesong', form: '개성' })
  })

  it.each([
    ['Gim Il-seong', 'kim-ko', 'Revised Romanization of 김일성'],
    ['Khamkhyn', 'hamhung-ru', 'BGN/PCGN transliteration of Хамхын'],
    ['Chou Tsung-li', 'S1', 'Wade-Giles of 周总理'],
  ])('knows %s, a form only the romanization engine writes (%s: %s)', (query, id) => {
    expect(ids(query)).toContain(id)
  })

  it('searches a Russian surname the table writes only in a full name: Kosygin finds Косыгин alone', () => {
    expect(ids('Kosygin')).toContain('kosygin-ru')
    expect(ids('Alexei Kosygin')).toContain('kosygin-ru')
  })

  it('reads ё after a hushing consonant as o too: Хрущёв finds Khrushchov', () => {
    expect(ids('Хрущёв')).toContain('khrushchov')
  })

  it('adds no derived reading as a part or a short name: Xian and China stay plain words', () => {
    expect(search.search('Xian').notes.alsoSearchedAs).toEqual([])
    const china = search.search('China').notes
    expect(china.alsoSearchedAs.map((a) => a.name)).not.toContain('Kim Il')
    expect(china.didYouMean).toBeUndefined()
  })

  it('leaves ambiguous parts as typed and says so: Kim (many), Kim Il (a name inside Kim Il Sung)', () => {
    const kim = search.search('Kim')
    expect(kim.notes.alsoSearchedAs).toEqual([])
    expect(kim.notes.ambiguous[0]).toMatchObject({ typed: 'Kim' })
    expect(kim.notes.ambiguous[0]!.names).toEqual(expect.arrayContaining(['Kim Il Sung', 'Kim Jong Il', 'Kim Il']))
    expect(kim.hits.every((h) => h.matchedAlias === undefined)).toBe(true)
    const kimIl = search.search('Kim Il')
    expect(kimIl.notes.ambiguous[0]).toMatchObject({ typed: 'Kim Il', names: ['Kim Il', 'Kim Il Sung'] })
    expect(kimIl.hits.map((h) => h.id)).not.toContain('S2')
  })
})

describe('typos in names and words', () => {
  it.each([
    ['Krushchev', 'cable', 'Khrushchev'],
    ['Zhou Enlia', 'S1', 'Zhou Enlai'],
    ['Kim Il Sng', 'S3', 'Kim Il Sung'],
  ])('finds %s (one edit or a transposition) and offers "did you mean"', (query, id, meant) => {
    const result = search.search(query)
    expect(result.hits.map((h) => h.id)).toContain(id)
    expect(result.notes.didYouMean).toBe(meant)
  })

  it('counts a transposition as one edit', () => {
    expect(editDistance('enlia', 'enlai')).toBe(1)
    expect(editDistance('comittee', 'committee')).toBe(1)
    expect(editDistance('kimilsng', 'kimilsung')).toBe(1)
    expect(editDistance('abc', 'xyz', 1)).toBe(2)
  })

  it('offers "did you mean" for a word too far for typo tolerance, when nothing matched', () => {
    const e = createSearchEngine({ fts: new Database(':memory:') })
    e.add([finding('c', 'The central committee met.')])
    const result = e.search('comitee')
    expect(result.total).toBe(0)
    expect(result.notes.didYouMean).toBe('committee')
    expect(e.search('committee').notes.didYouMean).toBeUndefined()
  })
})

import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createSearchEngine, type SearchEngineOptions } from './engine'
import { seedAliases } from './testCorpus'
import { russianStem } from './text/russian'
import type { SearchDoc } from './types'

const DOCS: SearchDoc[] = [
  // Scenario S2 step 7: a cable addressed to Stalin under his codename, in the dative.
  { id: 'cable', type: 'finding', title: 'Шифротелеграмма', transcription: 'Товарищу Филиппову. Сообщаю о беседе.', language: 'ru' },
  { id: 'diary', type: 'finding', title: 'Дневник посла', transcription: 'Беседовал с т. Ким Ир Сеном о пленуме.', language: 'ru' },
  { id: 'english', type: 'finding', title: 'Note', transcription: 'Сталин согласился с планом.', language: 'ru' },
]

const modes: [string, () => SearchEngineOptions][] = [
  ['MiniSearch only', () => ({ aliases: seedAliases() })],
  ['MiniSearch + FTS5', () => ({ aliases: seedAliases(), fts: new Database(':memory:') })],
]

describe('Russian stems', () => {
  it('drops one case or adjective ending, keeps surname suffixes and short words', () => {
    expect(russianStem('филиппову')).toBe('филиппов')
    expect(russianStem('сеном')).toBe('сен')
    expect(russianStem('коммунистической')).toBe('коммунистическ')
    expect(russianStem('хрущев')).toBe('хрущев')
    expect(russianStem('ир')).toBe('ир')
    expect(russianStem('stalin')).toBe('stalin')
  })
})

describe.each(modes)('names declined in Russian (%s)', (_mode, options) => {
  const engine = createSearchEngine(options())
  engine.add(DOCS)
  const ids = (query: string): string[] => engine.search(query).hits.map((h) => h.id)

  it('finds a cable to Филиппову when asked for Stalin, through the codename Филиппов', () => {
    const hit = engine.search('Joseph Stalin').hits.find((h) => h.id === 'cable')
    expect(hit?.matchedAlias).toEqual({ entityId: 'stalin', form: 'Филиппов' })
  })

  it('reads a declined name in the query as the entity: Филиппову finds Сталин', () => {
    expect(ids('Филиппову')).toEqual(expect.arrayContaining(['cable', 'english']))
  })

  it('finds Ким Ир Сеном when asked for Kim Il-sung', () => {
    expect(ids('Kim Il-sung')).toContain('diary')
  })
})

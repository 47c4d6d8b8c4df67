import Database from 'better-sqlite3'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiResult } from '../../shared/api/errors'
import type { SearchResults } from '../../shared/api/contract/search'
import { exchange, laptop, SCENARIO_FINDINGS, type Laptop } from '../sync/testing/laptop'
import { value } from '../testing/results'
import { openTempLibrary, tempDir } from '../testing/tempLibrary'
import { SEARCH_FILES } from './searchService'

const open: Laptop[] = []
const newLaptop = (): Laptop => {
  const l = laptop()
  open.push(l)
  return l
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.dispose()))
})

const search = (l: Laptop, query: string, extra: object = {}) => l.call<SearchResults>('search.query', { query, ...extra })
const ids = async (l: Laptop, query: string) => (await search(l, query, { types: ['finding'] })).hits.map((h) => h.id)
/** S1: a conversation transcribed in Chinese, naming Kim Il Sung as 金日成 in its original title. */
const chineseFinding = SCENARIO_FINDINGS[0]!

describe('search service', () => {
  it('finds a finding transcribed in Chinese (金日成) when the query is written in Korean (김일성)', async () => {
    const a = newLaptop()
    const { id } = await a.call<{ id: string }>('findings.create', chineseFinding)
    const result = await search(a, '김일성', { types: ['finding'] })
    expect(result.hits.map((h) => h.id)).toEqual([id])
    expect(result.hits[0]!.matched_alias).toMatchObject({ entity_id: 'kim-il-sung' })
  })

  it('keeps the index fresh after create, update and delete within the same call', async () => {
    const a = newLaptop()
    expect(await ids(a, 'Zorblatt')).toEqual([])
    const { id } = await a.call<{ id: string }>('findings.create', { ...chineseFinding, summary_en: 'Zorblatt memorandum' })
    expect(await ids(a, 'Zorblatt')).toEqual([id])
    await a.call('findings.update', { id, summary_en: 'Quuxley memorandum' })
    expect(await ids(a, 'Zorblatt')).toEqual([])
    expect(await ids(a, 'Quuxley')).toEqual([id])
    await a.call('findings.delete', { ids: [id] })
    expect(await ids(a, 'Quuxley')).toEqual([])
  })

  it("indexes a colleague's findings as a sync import brings them in", async () => {
    const a = newLaptop()
    const b = newLaptop()
    expect(await ids(b, 'Zorblatt')).toEqual([])
    const { id } = await a.call<{ id: string }>('findings.create', { ...chineseFinding, summary_en: 'Zorblatt memorandum' })
    await exchange(a, b)
    expect(await ids(b, 'Zorblatt')).toEqual([id])
  })

  it('applies a user alias to the next search', async () => {
    const a = newLaptop()
    await a.call('findings.create', chineseFinding)
    expect(await ids(a, 'Grimbold')).toEqual([])
    await a.call('entities.addName', { entityId: 'kim-il-sung', form: 'Grimbold', lang: 'en', script: 'Latn' })
    expect(await ids(a, 'Grimbold')).toHaveLength(1)
  })

  it('rebuilds a corrupt saved index, and reuses a sound one without rebuilding', async () => {
    const dataDir = tempDir()
    const reopen = async (): Promise<{ phases: string[]; result: ApiResult<SearchResults> }> => {
      const library = openTempLibrary({ dataDir, searchStart: 'background' })
      const phases: string[] = []
      library.events.subscribe((name, payload) => name === 'job.progress' && phases.push((payload as { phase: string }).phase))
      const result = (await library.dispatch('search.query', { query: 'Kim Il Sung', types: ['entity'] })) as ApiResult<SearchResults>
      await library.search.settled()
      await library.close()
      return { phases, result }
    }
    await reopen()
    expect(existsSync(join(dataDir, SEARCH_FILES.index))).toBe(true)
    expect((await reopen()).phases).toEqual([])

    writeFileSync(join(dataDir, SEARCH_FILES.index), '{"format": "reading-room-search", "mini": ')
    const rebuilt = await reopen()
    expect(rebuilt.phases).toContain('reindex')
    expect(rebuilt.result.ok && rebuilt.result.value.hits.map((h) => h.id)).toContain('kim-il-sung')
  })

  it('merges the findings index into one b-tree after a rebuild, and finds the same in it', async () => {
    const dataDir = tempDir()
    const library = openTempLibrary({ dataDir })
    // A rebuild adds findings 500 at a time, each batch its own b-tree: 1,100 findings make three.
    for (let i = 0; i < 1100; i++) value(await library.dispatch('findings.create', { ...chineseFinding, summary_en: `Memorandum ${i} on the tractor plant` }))
    const query = async () => value<SearchResults>(await library.dispatch('search.query', { query: 'tractor plant', types: ['finding'] }))
    const first = await query()
    const fts = new Database(join(dataDir, SEARCH_FILES.fts), { readonly: true })
    const segments = () => fts.prepare('SELECT count(DISTINCT segid) FROM search_fts_idx').pluck().get() as number
    for (let waited = 0; segments() > 1 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(segments()).toBe(1)
    fts.close()
    expect(await query()).toEqual(first)
    expect(first.counts.finding).toBe(1100)
    await library.close()
  }, 60_000)

  it('rejects an over-long query naming the field', async () => {
    const a = newLaptop()
    const result = (await a.library.dispatch('search.query', { query: 'x'.repeat(501) })) as ApiResult<unknown>
    expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid', field: 'query' } })
  })
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { mergeAliases } from '../aliases'
import { SearchIndexError } from '../persist'
import { FIXTURE_DOCS, seedAliases, USER_ALIASES } from '../testCorpus'
import { SearchWorker } from './searchClient'

const aliases = mergeAliases(seedAliases(), USER_ALIASES)
const started: SearchWorker[] = []
const start = (ftsPath?: string): SearchWorker => {
  const worker = SearchWorker.start({ aliases, ...(ftsPath ? { ftsPath } : {}) })
  started.push(worker)
  return worker
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.close()))
})

describe('search worker', () => {
  it('indexes, searches, removes and saves off the main thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-worker-'))
    const worker = start(join(dir, 'search.sqlite'))
    const progress: number[] = []
    await worker.rebuild([FIXTURE_DOCS.slice(0, 4), FIXTURE_DOCS.slice(4)], {
      total: FIXTURE_DOCS.length,
      onProgress: (p) => progress.push(p.done),
    })
    expect(progress).toEqual([4, FIXTURE_DOCS.length])
    expect((await worker.search('Chou En-lai')).hits[0]).toMatchObject({ id: 'S1', matchedAlias: { entityId: 'zhou-enlai' } })
    await worker.remove(['S1'])
    expect((await worker.search('Chou En-lai')).total).toBe(0)

    await worker.save(join(dir, 'index.json'))
    const again = start(join(dir, 'search.sqlite'))
    expect(await again.load(join(dir, 'index.json'))).toEqual({ docs: FIXTURE_DOCS.length - 1 })
    expect((await again.search('성공한 것은')).hits.map((h) => h.id)).toEqual(['S4'])
  })

  it('rejects a corrupt saved index with a typed error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-worker-'))
    writeFileSync(join(dir, 'index.json'), '{"format": "reading-room-search", "version": 99}')
    const worker = start()
    const error = await worker.load(join(dir, 'index.json')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SearchIndexError)
    expect((error as SearchIndexError).reason).toBe('version')
  })

  it('stops a rebuild when cancelled', async () => {
    const worker = start()
    const controller = new AbortController()
    const batches = FIXTURE_DOCS.map((d) => [d])
    const run = worker.rebuild(batches, { onProgress: (p) => p.done === 2 && controller.abort(), signal: controller.signal })
    await expect(run).rejects.toThrow()
    expect(await worker.size()).toBe(2)
  })

  it('reports a bad document with the field at fault', async () => {
    const worker = start()
    await expect(worker.add([{ id: '', type: 'essay', title: 'x' }])).rejects.toThrow(/docs\[0\]\.id/)
  })
})

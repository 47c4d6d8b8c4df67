import { describe, expect, it } from 'vitest'
import type { FindingSummary } from '../../../../shared/model/findingList'
import { FindingPageCache, PAGE_SIZE, queryKey, type ListQuery } from './pageCache'

const TOTAL = 1000

/** A list of TOTAL rows whose titles say which call served them, and a log of the calls. */
function source() {
  const calls: number[] = []
  let round = 0
  const pending: (() => void)[] = []
  const fetchPage = (_query: ListQuery, offset: number, limit: number) => {
    calls.push(offset)
    const served = round
    return new Promise<{ total: number; items: FindingSummary[] }>((resolve) =>
      pending.push(() =>
        resolve({
          total: TOTAL,
          items: Array.from({ length: Math.min(limit, TOTAL - offset) }, (_, i) => ({ id: `f${offset + i}`, title: `round ${served}` }) as FindingSummary),
        }),
      ),
    )
  }
  const settle = async () => {
    while (pending.length > 0) pending.shift()!()
    await new Promise((r) => setTimeout(r, 0))
  }
  return { calls, fetchPage, settle, nextRound: () => round++ }
}

describe('findings page cache', () => {
  const query: ListQuery = { sort: 'date', descending: false }

  it('loads only the pages in view, once, and serves their rows and the total', async () => {
    const src = source()
    const cache = new FindingPageCache(src.fetchPage)
    cache.ensure(query, 250, 320)
    cache.ensure(query, 250, 320)
    expect(src.calls).toEqual([2 * PAGE_SIZE, 3 * PAGE_SIZE])
    await src.settle()
    expect(cache.total(query)).toBe(TOTAL)
    expect(cache.row(query, 301)?.id).toBe('f301')
    expect(cache.row(query, 0)).toBeUndefined()
    expect(cache.loadedIds(query, 298, 301)).toEqual(['f298', 'f299', 'f300', 'f301'])
    expect(cache.loadedIds(query, 99, 201)).toBeUndefined()
  })

  it('keeps showing stale rows after a library change until their page reloads, and drops late answers', async () => {
    const src = source()
    const cache = new FindingPageCache(src.fetchPage)
    cache.ensure(query, 0, 10)
    await src.settle()
    src.nextRound()
    cache.ensure(query, 100, 110)
    cache.invalidate()
    await src.settle()
    expect(cache.row(query, 105)).toBeUndefined()
    expect(cache.row(query, 5)?.title).toBe('round 0')
    cache.ensure(query, 0, 10)
    await src.settle()
    expect(cache.row(query, 5)?.title).toBe('round 1')
  })

  it('keys queries by their content, whatever the order of the keys', () => {
    expect(queryKey({ stance: 'supports', sort: 'title' })).toBe(queryKey({ sort: 'title', stance: 'supports', tag: undefined }))
    expect(queryKey({ sort: 'title' })).not.toBe(queryKey({ sort: 'date' }))
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiResult } from '../../shared/api/errors'
import { openTempLibrary, TEST_RESOURCES_DIR } from '../testing/tempLibrary'

const fixtures = JSON.parse(readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

interface Mark {
  id: string
  title: string
  doc_date: string
  date_start: string | null
  date_end: string | null
  precision: string
  certainty: string
  repository_id: string
  stances: string[]
}

describe('findings.timeline', () => {
  const library = openTempLibrary()
  const call = (method: string, input: unknown) => library.dispatch(method, input)
  const timeline = async (filter: Record<string, unknown> = {}) => value(await call('findings.timeline', filter)) as Mark[]
  let ids: string[] = []
  beforeAll(async () => {
    ids = (value(await call('findings.createBatch', { findings: fixtures })) as { ids: string[] }).ids
  })
  afterAll(() => library.dispose())

  it('returns every finding in document-date order with its span, precision and certainty', async () => {
    const marks = await timeline()
    expect(marks).toHaveLength(12)
    const starts = marks.map((m) => m.date_start ?? '')
    expect(starts).toEqual([...starts].sort())
    const kulloja = marks.find((m) => m.title.startsWith('Kŭlloja'))
    expect(kulloja).toMatchObject({ doc_date: '1964', date_start: '1964-01-01', date_end: '1964-12-31', precision: 'year', certainty: 'exact' })
    const cia = marks.find((m) => m.repository_id === 'cia-crest')
    expect(cia).toMatchObject({ precision: 'month', certainty: 'approximate', date_start: '1958-11-01', date_end: '1958-11-30', stances: ['context'] })
  })

  it('leaves out the Trash and brings a restored finding back', async () => {
    const first = ids[0]!
    value(await call('findings.delete', { ids: [first] }))
    expect((await timeline()).map((m) => m.id)).not.toContain(first)
    value(await call('findings.restore', { ids: [first] }))
    expect((await timeline()).map((m) => m.id)).toContain(first)
  })

  it('filters by repository, language, stance, tag, section, years and named entity', async () => {
    const titles = async (filter: Record<string, unknown>) => (await timeline(filter)).map((m) => m.title)
    expect(await titles({ repository_id: 'garf' })).toHaveLength(2)
    expect(await titles({ original_language: 'ko-KP' })).toEqual([expect.stringContaining('Kŭlloja')])
    expect(await titles({ stance: 'qualifies' })).toEqual([expect.stringContaining('Shen and Xia')])
    expect(await titles({ tag: 'tunnels' })).toEqual([expect.stringContaining('Korean tunnelling')])
    expect(await titles({ date_from: '1956-01-01', date_to: '1956-12-31' })).toHaveLength(4)
    expect(await titles({ entity_id: 'mikoyan' })).toEqual([expect.stringContaining('Journal of the Soviet ambassador')])
    expect(await titles({ essay_section: 'security-effects', stance: 'supports' })).toEqual([
      expect.stringContaining('Zhou Enlai'),
      expect.stringContaining('Korean tunnelling'),
    ])
  })

  it('refuses a filter it does not know, naming it', async () => {
    const result = await call('findings.timeline', { deleted: true })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('input.invalid')
  })
})

describe('findings.ids', () => {
  const library = openTempLibrary()
  const call = (method: string, input: unknown) => library.dispatch(method, input)
  beforeAll(async () => value(await call('findings.createBatch', { findings: fixtures })))
  afterAll(() => library.dispose())

  it('lists the ids of a sorted list in the same order as its pages, and slices of it', async () => {
    const query = { sort: 'title', descending: true }
    const page = value(await call('findings.list', { ...query, limit: 1000 })) as { items: { id: string }[] }
    const all = value(await call('findings.ids', query)) as { ids: string[] }
    expect(all.ids).toEqual(page.items.map((f) => f.id))
    const slice = value(await call('findings.ids', { ...query, offset: 3, limit: 4 })) as { ids: string[] }
    expect(slice.ids).toEqual(all.ids.slice(3, 7))
    const garf = value(await call('findings.ids', { repository_id: 'garf' })) as { ids: string[] }
    expect(garf.ids).toHaveLength(2)
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ApiResult } from '../../shared/api/errors'
import { openTempLibrary, TEST_RESOURCES_DIR } from '../testing/tempLibrary'

const fixtures = JSON.parse(readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]
const [s1, s2b, s2a, garfCyrillic, garfLatin, , , , s6colleague, s6wilson] = fixtures

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

describe('findings', () => {
  const library = openTempLibrary()
  afterAll(() => library.dispose())
  const call = (method: string, input: unknown) => library.dispatch(method, input)

  it('stores the twelve scenario findings in one batch, deduplicating documents as the scenarios expect', async () => {
    const { ids } = value(await call('findings.createBatch', { findings: fixtures })) as { ids: string[] }
    expect(ids).toHaveLength(12)
    const docs = library.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }
    // 12 findings on 9 documents: S2 (Cyrillic and Latin), GARF (homoglyph) and S6 (colleague copy and Wilson) pair up.
    expect(docs.n).toBe(9)
    const byTitle = async (title: string) => {
      const page = value(await call('findings.list', { text: title })) as { items: { id: string }[] }
      return value(await call('findings.get', { id: page.items[0]!.id })) as { finding: Record<string, unknown>; same_document: { id: string }[] }
    }
    const s2 = await byTitle('Journal of the Soviet ambassador')
    expect(s2.finding.reference_key).toBe('avprf|f0102|op12|p68|d5')
    expect(s2.finding.reference_raw).toBe(s2b!.reference_raw)
    expect(s2.same_document).toHaveLength(1)
    const garf = await byTitle('Cyrillic reference')
    expect(garf.finding.reference_key).toBe('garf|f5446|op98c|d718')
    expect(garf.finding.reference_raw).toBe(garfCyrillic!.reference_raw)
    expect(garf.same_document).toHaveLength(1)
    const s6 = await byTitle("colleague's transcription")
    expect(s6.finding.reference_key).toBe('prc-fma|106-00777-02')
    expect(s6.same_document).toHaveLength(1)
    expect([s2a, garfLatin, s6colleague, s6wilson].every(Boolean)).toBe(true)
  })

  it('derives S1: key, date, level, language and type from what was typed', async () => {
    const finding = value(await call('findings.create', { ...s1, title_or_description: 'S1 again' })) as Record<string, unknown>
    expect(finding).toMatchObject({
      reference_key: 'prc-fma|106-00999-01',
      doc_date: '1958-02-15',
      doc_date_precision: 'day',
      doc_date_as_written: '1958年2月15日',
      classification_level: 'secret',
      original_language: 'zh-Hans',
      doc_type: 'record_of_conversation',
      deleted: false,
    })
    expect(finding.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/)
  })

  it('names the field at fault: unknown section, impossible date, missing field, a 50 MB transcription', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...s1, essay_sections: ['explaning-evolution'] }, 'essay_sections.0'],
      [{ ...s1, doc_date_as_written: undefined, doc_date: '1958-02-30' }, 'doc_date'],
      [{ ...s1, summary_en: undefined }, 'summary_en'],
      [{ ...s1, transcription: 'x'.repeat(50 * 1024 * 1024) }, 'transcription'],
      [{ ...s1, entities: ['kim-il-sung', 'nobody'] }, 'entities.1'],
    ]
    for (const [input, field] of cases) {
      const result = await call('findings.create', input)
      expect(result.ok, field).toBe(false)
      if (!result.ok) expect(result.error.field).toBe(field)
    }
  })

  it('adds none of a batch when one finding is bad, and says which one', async () => {
    const before = (value(await call('findings.list', {})) as { total: number }).total
    const result = await call('findings.createBatch', { findings: [s1, { ...s1, confidence: 'certain' }] })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.field).toBe('findings.1.confidence')
    expect((value(await call('findings.list', {})) as { total: number }).total).toBe(before)
  })

  it('blocks a colleague copy without its provenance (S6), naming the field', async () => {
    const result = await call('findings.create', { ...s6colleague, provenance_note: undefined })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.field).toBe('provenance_note')
  })

  it('updates only the fields that changed and keeps the rest', async () => {
    const created = value(await call('findings.create', s1)) as { id: string; summary_en: string }
    const updated = value(await call('findings.update', { id: created.id, confidence: 'confirmed', tags: ['withdrawal', 'echelons'] })) as Record<string, unknown>
    expect(updated).toMatchObject({ confidence: 'confirmed', summary_en: created.summary_en, tags: ['echelons', 'withdrawal'] })
  })

  it('deletes to the Trash and restores, never losing the row', async () => {
    const created = value(await call('findings.create', s1)) as { id: string }
    expect(value(await call('findings.delete', { ids: [created.id] }))).toEqual({ count: 1 })
    const active = value(await call('findings.list', { limit: 1000 })) as { items: { id: string }[] }
    expect(active.items.map((f) => f.id)).not.toContain(created.id)
    const trash = value(await call('findings.list', { deleted: true })) as { items: { id: string }[] }
    expect(trash.items.map((f) => f.id)).toContain(created.id)
    const edit = await call('findings.update', { id: created.id, confidence: 'doubtful' })
    expect(edit.ok === false && edit.error.code).toBe('record.deleted')
    expect(value(await call('findings.restore', { ids: [created.id] }))).toEqual({ count: 1 })
    expect((value(await call('findings.get', { id: created.id })) as { finding: { deleted: boolean } }).finding.deleted).toBe(false)
  })

  it('filters by section, stance, tag, language, repository and date range', async () => {
    const list = async (filter: Record<string, unknown>) =>
      (value(await call('findings.list', { ...filter, limit: 1000 })) as { items: { title: string }[] }).items.map((f) => f.title)
    expect(await list({ essay_section: 'explaining-evolution', stance: 'supports' })).toEqual(
      expect.arrayContaining([expect.stringContaining('Journal of the Soviet ambassador'), expect.stringContaining('Red Guard wall posters')]),
    )
    expect(await list({ stance: 'qualifies' })).toEqual([expect.stringContaining('Shen and Xia')])
    expect(await list({ tag: 'tunnels' })).toEqual([expect.stringContaining('Korean tunnelling')])
    expect(await list({ original_language: 'ko-KP' })).toEqual([expect.stringContaining('Kŭlloja')])
    expect(await list({ date_from: '1956-09-01', date_to: '1956-09-30' })).toHaveLength(4)
    expect(await list({ repository_id: 'cia-crest' })).toHaveLength(1)
  })

  it('records every write as field-level ops by this device', () => {
    const ops = library.db.prepare("SELECT device, change FROM ops WHERE kind = 'finding' ORDER BY hlc DESC LIMIT 1").get() as { device: string; change: string }
    expect(ops.device).toBe(library.identity.deviceId)
    expect(JSON.parse(ops.change)).toHaveProperty('type')
  })
})

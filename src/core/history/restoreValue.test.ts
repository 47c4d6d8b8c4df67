import { describe, expect, it } from 'vitest'
import type { Finding } from '../../shared/model/finding'
import { exchange, SCENARIO_FINDINGS, type Laptop } from '../sync/testing/laptop'
import { changesOf, createFinding, historyOf, laptopsPerTest, PNG, summaryConflict, valuesOf } from './testing/historyLaptops'

const restore = (on: Laptop, id: string, field: string, change_id: string) =>
  on.call<{ finding: Finding }>('history.restoreValue', { id, field, change_id })
const opCount = (on: Laptop, id: string) => (on.library.db.prepare('SELECT count(*) AS n FROM ops WHERE record = ?').get(id) as { n: number }).n
const getFinding = async (on: Laptop, id: string) => (await on.call<{ finding: Finding }>('findings.get', { id })).finding

describe('history.restoreValue', () => {
  const open = laptopsPerTest()

  it('brings back the first value as an ordinary change that a colleague imports and converges on', async () => {
    const a = await open('Ana in Seoul')
    const b = await open('Bo in Beijing')
    const f = await createFinding(a)
    await exchange(a, b)
    await a.call('findings.update', { id: f.id, summary_en: 'Second summary.' })
    await a.call('findings.update', { id: f.id, summary_en: 'Third summary.' })
    const first = valuesOf(await historyOf(a, f.id), 'summary_en').at(-1)!

    const { finding } = await restore(a, f.id, 'summary_en', first.change.change_id)
    expect(finding.summary_en).toBe('First summary.')
    const latest = a.library.db.prepare('SELECT device, change FROM ops WHERE record = ? ORDER BY hlc DESC LIMIT 1').get(f.id) as { device: string; change: string }
    expect(JSON.parse(latest.change)).toEqual({ type: 'set', values: { summary_en: 'First summary.' } })
    expect(latest.device).toBe(a.library.identity.deviceId)

    const summary = valuesOf(await historyOf(a, f.id), 'summary_en')
    expect(summary.map((e) => [e.value, e.state])).toEqual([
      ['First summary.', 'current'],
      ['Third summary.', 'replaced'],
      ['Second summary.', 'replaced'],
      ['First summary.', 'replaced'],
    ])
    expect(summary.at(-1)!.restorable).toBe(false)

    const report = await exchange(a, b)
    expect(report.total.conflicts).toBe(0)
    expect((await getFinding(b, f.id)).summary_en).toBe('First summary.')
    expect(await b.state()).toEqual(await a.state())
    const [onB] = valuesOf(await historyOf(b, f.id), 'summary_en')
    expect(onB).toMatchObject({ value: 'First summary.', state: 'current', change: { device: { name: 'Ana in Seoul', this_device: false } } })
  })

  it('brings back an empty value, a removed tag and an unlinked photo', async () => {
    const a = await open('Ana in Seoul')
    const f = await createFinding(a, { tags: ['plenum'] })
    await a.call('findings.update', { id: f.id, pages: '3–7' })
    await a.call('findings.tag', { ids: [f.id], add: [], remove: ['plenum'] })
    const photo = await a.call<{ sha256: string }>('attachments.add', { finding_id: f.id, name: 'page 3.png', data_base64: PNG.toString('base64') })
    await a.call('attachments.remove', { finding_id: f.id, sha256: photo.sha256 })
    const history = await historyOf(a, f.id)

    const emptyPages = valuesOf(history, 'pages').find((e) => e.value === null)!
    expect((await restore(a, f.id, 'pages', emptyPages.change.change_id)).finding.pages ?? '').toBe('')
    const removal = changesOf(history, 'tags').find((e) => e.action === 'removed')!
    expect((await restore(a, f.id, 'tags', removal.change.change_id)).finding.tags).toEqual(['plenum'])
    const unlink = changesOf(history, 'attachments').find((e) => e.action === 'removed')!
    await restore(a, f.id, 'attachments', unlink.change.change_id)
    expect(await a.call('attachments.list', { finding_id: f.id })).toMatchObject([{ sha256: photo.sha256, name: 'page 3.png' }])

    const after = await historyOf(a, f.id)
    expect(changesOf(after, 'tags')[0]).toMatchObject({ action: 'added', element: 'plenum', present: true, restorable: false })
    expect(valuesOf(after, 'pages').map((e) => e.state)).toEqual(['current', 'replaced', 'replaced'])
  })

  it('refuses a value that would break a rule, naming the rule in words and changing nothing', async () => {
    const a = await open('Ana in Seoul')
    const colleagueCopy = SCENARIO_FINDINGS[8]!
    expect(colleagueCopy.copy_type).toBe('colleague_transcription')
    const f = await a.call<{ id: string }>('findings.create', colleagueCopy)
    await a.call('findings.update', { id: f.id, copy_type: 'microfilm', viewed_on: '2026-11-20', provenance_note: '' })
    const first = valuesOf(await historyOf(a, f.id), 'copy_type').at(-1)!
    const before = opCount(a, f.id)

    const refused = await a.library.dispatch('history.restoreValue', { id: f.id, field: 'copy_type', change_id: first.change.change_id })
    expect(refused).toMatchObject({ ok: false, error: { code: 'input.invalid', field: 'provenance_note' } })
    const message = (refused as { error: { message: string } }).error.message
    expect(message).toContain('Say where the copy came from when the copy is “Transcription by a colleague”. Change Provenance note first')
    expect(message).not.toMatch(/[a-z]+_[a-z]+/)
    expect(opCount(a, f.id)).toBe(before)
    expect((await getFinding(a, f.id)).copy_type).toBe('microfilm')
  })

  it('refuses to empty a field that cannot be empty, to edit in the Trash, and a change that is not the finding’s', async () => {
    const a = await open('Ana in Seoul')
    const f = await createFinding(a)
    const other = await createFinding(a)
    await a.call('findings.update', { id: f.id, access_status_current: 'open' })
    const history = await historyOf(a, f.id)
    const empty = valuesOf(history, 'access_status_current').at(-1)!
    const call = (input: Record<string, unknown>) => a.library.dispatch('history.restoreValue', { id: f.id, field: 'summary_en', ...input })

    expect(await call({ field: 'access_status_current', change_id: empty.change.change_id })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', message: expect.stringContaining('Access now cannot be made empty') },
    })
    const otherChange = valuesOf(await historyOf(a, other.id), 'summary_en')[0]!.change.change_id
    expect(await call({ change_id: otherChange })).toMatchObject({ ok: false, error: { code: 'record.not_found' } })
    expect(await call({ field: 'pages', change_id: valuesOf(history, 'access_status_current')[0]!.change.change_id })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', message: 'That change did not set Pages.' },
    })
    expect(await call({ field: 'no_such_field', change_id: empty.change.change_id })).toMatchObject({ ok: false, error: { code: 'input.invalid' } })

    await a.call('findings.delete', { ids: [f.id] })
    expect(await call({ change_id: valuesOf(history, 'summary_en')[0]!.change.change_id })).toMatchObject({
      ok: false,
      error: { code: 'record.deleted', message: expect.stringContaining('in the Trash') },
    })
  })

  it('choosing the value shown meanwhile in an open conflict writes it, ending the conflict on both laptops', async () => {
    const a = await open('Ana in Seoul')
    const b = await open('Bo in Beijing')
    const f = await summaryConflict(a, b)
    const shown = (await getFinding(a, f.id)).summary_en
    const side = valuesOf(await historyOf(a, f.id), 'summary_en').find((e) => e.state === 'in_conflict' && e.value === shown)!
    expect(side.restorable).toBe(true)

    await restore(a, f.id, 'summary_en', side.change.change_id)
    expect(await a.call('conflicts.list')).toEqual([])
    await exchange(a, b)
    expect(await b.call('conflicts.list')).toEqual([])
    expect((await getFinding(b, f.id)).summary_en).toBe(shown)
    const [resolution] = valuesOf(await historyOf(b, f.id), 'summary_en')
    expect(resolution!.resolved!.kept.map((c) => c.change_id)).toEqual([side.change.change_id])
  })
})

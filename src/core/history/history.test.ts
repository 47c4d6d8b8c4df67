import { describe, expect, it } from 'vitest'
import { fieldValueText } from '../../shared/findings/valueText'
import { exchange } from '../sync/testing/laptop'
import { changesOf, createFinding, historyOf, laptopsPerTest, PNG, summaryConflict, resolveOnly, valuesOf } from './testing/historyLaptops'

describe('history.forFinding', () => {
  const open = laptopsPerTest()

  it('gives each value of a field, newest first, with who set it, when, and the change that replaced it', async () => {
    const a = await open('Ana in Seoul')
    const before = Date.now()
    const f = await createFinding(a)
    await a.call('findings.update', { id: f.id, summary_en: 'Second summary.' })
    await a.call('findings.update', { id: f.id, summary_en: 'Third summary.', pages: '3–7' })
    const history = await historyOf(a, f.id)

    const summary = valuesOf(history, 'summary_en')
    expect(summary.map((e) => [e.value, e.state])).toEqual([
      ['Third summary.', 'current'],
      ['Second summary.', 'replaced'],
      ['First summary.', 'replaced'],
    ])
    expect(summary[1]!.replaced_by!.change_id).toBe(summary[0]!.change.change_id)
    expect(summary[2]!.replaced_by!.change_id).toBe(summary[1]!.change.change_id)
    expect(summary[0]!.replaced_by).toBeNull()
    expect(summary.map((e) => e.replaces)).toEqual([[summary[1]!.change.change_id], [summary[2]!.change.change_id], []])
    expect(summary.map((e) => e.restorable)).toEqual([false, true, true])
    expect(summary[0]!.change.device).toMatchObject({ name: 'Ana in Seoul', this_device: true, named: true })
    const at = Date.parse(summary[0]!.change.at)
    expect(at).toBeGreaterThanOrEqual(before - 1)
    expect(at).toBeLessThanOrEqual(Date.now())

    // Pages were left empty when the finding was created: that empty value is history too.
    const pages = valuesOf(history, 'pages')
    expect(pages.map((e) => [e.value, e.state])).toEqual([['3–7', 'current'], [null, 'replaced']])
    expect(pages[1]!.change.change_id).toBe(history.record.at(-1)!.change.change_id)
    expect(valuesOf(history, 'doc_type').map((e) => e.state)).toEqual(['current'])
    expect(history.record.map((e) => e.action)).toEqual(['created'])
    expect(history.fields.map((field) => field.field).indexOf('repository_id')).toBe(0)
  })

  it.each([
    ['mine', 'kept', 'set_aside'],
    ['theirs', 'set_aside', 'kept'],
  ] as const)('shows a conflict resolved by keeping %s: the value kept and the one set aside, on both laptops', async (take, ana, bo) => {
    const a = await open('Ana in Seoul')
    const b = await open('Bo in Beijing')
    const f = await summaryConflict(a, b)

    const open_ = valuesOf(await historyOf(a, f.id), 'summary_en')
    expect(open_.slice(0, 2).map((e) => e.state)).toEqual(['in_conflict', 'in_conflict'])
    const bosSide = open_.find((e) => e.value === 'Bo’s summary.')!
    expect(bosSide.change.device).toMatchObject({ name: 'Bo in Beijing', this_device: false, named: true })
    expect(bosSide.conflicted_with.map((c) => c.device.name)).toEqual(['Ana in Seoul'])

    await resolveOnly(a, take)
    await exchange(a, b)
    for (const [l, self] of [[a, 'Ana in Seoul'], [b, 'Bo in Beijing']] as const) {
      const summary = valuesOf(await historyOf(l, f.id), 'summary_en')
      const [resolution, ...earlier] = summary
      const byValue = (value: string) => earlier.find((e) => e.value === value)!
      expect(resolution).toMatchObject({ state: 'current', value: take === 'mine' ? 'Ana’s summary.' : 'Bo’s summary.' })
      expect(resolution!.change.device).toMatchObject({ name: 'Ana in Seoul', this_device: self === 'Ana in Seoul' })
      expect(byValue('Ana’s summary.')).toMatchObject({ state: ana, replaced_by: { change_id: resolution!.change.change_id } })
      expect(byValue('Bo’s summary.')).toMatchObject({ state: bo, set_aside_by: bo === 'set_aside' ? 'conflict' : null })
      const kept = take === 'mine' ? 'Ana’s summary.' : 'Bo’s summary.'
      expect(resolution!.resolved!.kept.map((c) => c.change_id)).toEqual([byValue(kept).change.change_id])
      expect(resolution!.resolved!.set_aside).toHaveLength(1)
      expect(resolution!.replaces.sort()).toEqual([byValue('Ana’s summary.'), byValue('Bo’s summary.')].map((e) => e.change.change_id).sort())
      expect(byValue('First summary.').state).toBe('replaced')
    }
  })

  it('sets both values aside when a conflict is resolved with a merged text', async () => {
    const a = await open('Ana in Seoul')
    const b = await open('Bo in Beijing')
    const f = await summaryConflict(a, b)
    await resolveOnly(a, 'value', 'Both summaries, merged.')
    const [resolution, ...earlier] = valuesOf(await historyOf(a, f.id), 'summary_en')
    expect(resolution!.resolved!.kept).toEqual([])
    expect(resolution!.resolved!.set_aside).toHaveLength(2)
    expect(earlier.slice(0, 2).map((e) => e.state)).toEqual(['set_aside', 'set_aside'])
  })

  it('keeps deletions and restores, and sets aside edits made elsewhere when a deletion is confirmed', async () => {
    const a = await open('Ana in Seoul')
    const b = await open('Bo in Beijing')
    const f = await createFinding(a, { tags: ['withdrawal'] })
    await exchange(a, b)
    await a.call('findings.delete', { ids: [f.id] })
    await b.call('findings.update', { id: f.id, summary_en: 'Bo, not knowing it was deleted.', tags: ['withdrawal', 'cpv'] })
    await exchange(b, a)
    const pending = await historyOf(a, f.id)
    expect(pending.record[0]).toMatchObject({ action: 'deleted', concurrent_edits: 2, outcome: 'open' })
    expect(valuesOf(pending, 'summary_en')[0]).toMatchObject({ made_while_deleted: true })

    await resolveOnly(a, 'delete')
    await exchange(a, b)
    for (const l of [a, b]) {
      const history = await historyOf(l, f.id)
      expect(history.deleted).toBe(true)
      expect(history.record.map((e) => e.action)).toEqual(['deleted', 'deleted', 'created'])
      expect(history.record[1]).toMatchObject({ outcome: 'confirmed', change: { device: { name: 'Ana in Seoul' } } })
      const bos = valuesOf(history, 'summary_en').find((e) => e.value === 'Bo, not knowing it was deleted.')!
      expect(bos).toMatchObject({ state: 'set_aside', set_aside_by: 'deletion', made_while_deleted: true })
      const cpv = changesOf(history, 'tags').find((e) => e.element === 'cpv' && e.action === 'added')!
      expect(cpv).toMatchObject({ present: false, set_aside_by: 'deletion', restorable: true })
    }
  })

  it('applies edits made elsewhere when a deleted finding is restored, and records both toggles', async () => {
    const a = await open('Ana in Seoul')
    const b = await open('Bo in Beijing')
    const f = await createFinding(a)
    await exchange(a, b)
    await a.call('findings.delete', { ids: [f.id] })
    await b.call('findings.update', { id: f.id, summary_en: 'Bo’s late edit.' })
    await exchange(b, a)
    await resolveOnly(a, 'restore')
    const history = await historyOf(a, f.id)
    expect(history.record.map((e) => [e.action, e.outcome])).toEqual([['restored', null], ['deleted', 'restored'], ['created', null]])
    expect(valuesOf(history, 'summary_en')[0]).toMatchObject({ value: 'Bo’s late edit.', state: 'current', made_while_deleted: true })
  })

  it('lists tag additions and removals and photo links and unlinks', async () => {
    const a = await open('Ana in Seoul')
    const f = await createFinding(a, { tags: ['plenum'] })
    await a.call('findings.tag', { ids: [f.id], add: ['purge'], remove: ['plenum'] })
    const photo = await a.call<{ sha256: string }>('attachments.add', { finding_id: f.id, name: 'page 3.png', data_base64: PNG.toString('base64') })
    await a.call('attachments.remove', { finding_id: f.id, sha256: photo.sha256 })
    const history = await historyOf(a, f.id)

    const tags = changesOf(history, 'tags')
    expect(tags.map((e) => [e.action, e.element, e.present, e.restorable])).toEqual([
      ['added', 'purge', true, false],
      ['removed', 'plenum', false, true],
      ['added', 'plenum', false, true],
    ])
    expect(tags[2]!.removed_by!.change_id).toBe(tags[1]!.change.change_id)
    expect(tags.map((e) => e.at_creation)).toEqual([false, false, true])
    expect(changesOf(history, 'attachments').map((e) => [e.action, e.element])).toEqual([
      ['removed', { sha256: photo.sha256, name: 'page 3.png' }],
      ['added', { sha256: photo.sha256, name: 'page 3.png' }],
    ])
    expect(history.fields.at(-1)!.field).toBe('attachments')
  })

  it('shows pages moved (not the positions behind them) and regions linked, in words', async () => {
    const a = await open('Ana in Seoul')
    const png = (width: number) => {
      const bytes = Buffer.from(PNG)
      bytes.writeUInt32BE(width, 16) // another width, another file
      return bytes.toString('base64')
    }
    const pages = []
    for (const n of [1, 2, 3]) {
      const info = await a.call<{ sha256: string }>('attachments.store', { name: `p${n}.png`, data_base64: png(n) })
      pages.push({ sha256: info.sha256, name: `p${n}.png` })
    }
    const f = await createFinding(a, { attachments: pages, transcription: 'Line one. Line two.', transcription_status: 'verbatim' })
    await a.call('findings.update', { id: f.id, attachments: [pages[2], pages[0], pages[1]] })
    const region = {
      id: 'region-1',
      page: pages[0]!.sha256,
      selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 'xywh=pixel:1,1,1,1' },
      field: 'transcription',
      quote: { type: 'TextQuoteSelector', exact: 'Line one.', prefix: '', suffix: ' Line two.' },
      position: { type: 'TextPositionSelector', start: 0, end: 9 },
      origin: 'ocr',
    }
    await a.call('findings.update', { id: f.id, regions: [region] })
    const history = await historyOf(a, f.id)

    expect(changesOf(history, 'page_positions').map((e) => [e.action, e.element, e.restorable])).toEqual([
      ['added', { sha256: pages[2]!.sha256, name: 'p3.png' }, false],
    ])
    expect(changesOf(history, 'attachments').every((e) => e.at_creation)).toBe(true)
    expect(changesOf(history, 'regions').map((e) => [e.action, e.element])).toEqual([['added', region]])
    const fields = history.fields.map((field) => field.field)
    expect(fields.indexOf('page_positions')).toBe(fields.indexOf('attachments') + 1)
    expect(fieldValueText('page_positions', { name: 'p3.png' })).toBe('p3.png moved to another place among the pages')
    expect(fieldValueText('regions', region)).toBe('A region of a page linked to the transcription: “Line one.” (a line read by OCR)')
  })

  it('names a laptop it never exchanged with by number, never by its id, and refuses an unknown finding', async () => {
    const a = await open('Ana in Seoul')
    const b = await open('Bo in Beijing')
    const c = await open('Chen in Dandong')
    const f = await createFinding(a)
    await exchange(a, c)
    await c.call('findings.update', { id: f.id, summary_en: 'Chen’s summary.' })
    await exchange(c, b)
    const [latest] = valuesOf(await historyOf(b, f.id), 'summary_en')
    expect(latest!.change.device).toMatchObject({ name: 'Chen in Dandong', named: true })
    const creator = valuesOf(await historyOf(b, f.id), 'summary_en')[1]!.change.device
    expect(creator).toMatchObject({ name: 'an unnamed laptop (1)', named: false })
    await expect(b.call('history.forFinding', { id: '01a2271e-778c-7a70-9ed5-0aeccf7d46e6' })).rejects.toThrow(/record\.not_found/)
  })
})

import { afterAll, describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../shared/api/errors'
import { openTempLibrary } from '../testing/tempLibrary'

const lib = openTempLibrary()
afterAll(() => lib.dispose())

async function list(filter: Record<string, unknown>) {
  const result = await lib.dispatch('events.list', filter)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as { id: string; earliest: string; latest: string; actorIds: string[]; kind: string }[]
}

async function failure(method: string, input: unknown): Promise<{ code: ErrorCode; field?: string; message: string }> {
  const result = await lib.dispatch(method, input)
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`)
  return result.error
}

describe('events.list filters', () => {
  it('by actor and years: every event with Kim Il Sung touching 1956-1958, and no others', async () => {
    const found = await list({ actor: 'kim-il-sung', from: '1956', to: '1958' })
    expect(found.map((e) => e.id)).toContain('august-plenum-1956')
    for (const e of found) {
      expect(e.actorIds).toContain('kim-il-sung')
      expect(e.latest >= '1956-01-01' && e.earliest <= '1958-12-31').toBe(true)
    }
    const all = await list({})
    const expected = all.filter(
      (e) => e.actorIds.includes('kim-il-sung') && e.latest >= '1956-01-01' && e.earliest <= '1958-12-31',
    )
    expect(found.map((e) => e.id)).toEqual(expected.map((e) => e.id))
  })

  it('keeps an event whose span only overlaps the range', async () => {
    const found = await list({ from: '1958', to: '1958' })
    // 17 Dec 1957 - 24 Jan 1958: starts before the range but reaches into it.
    expect(found.map((e) => e.id)).toContain('kim-letters-on-cpv-withdrawal')
  })

  it('by month: September 1956 holds the Mikoyan-Peng mission and the September plenum, not the August one', async () => {
    const ids = (await list({ from: '1956-09', to: '1956-09' })).map((e) => e.id)
    expect(ids).toEqual(expect.arrayContaining(['mikoyan-peng-delegation-pyongyang', 'september-plenum-1956']))
    expect(ids).not.toContain('august-plenum-1956')
  })

  it('by kind, section, paragraph and text', async () => {
    expect((await list({ kinds: ['archival'] })).every((e) => e.kind === 'archival')).toBe(true)
    const bySection = (await list({ section: 'sources-prc-fma' })).map((e) => e.id)
    expect(bySection).toContain('prc-fma-first-batch')
    expect((await list({ paragraph: 'explaining-evolution-p3' })).map((e) => e.id)).toContain('august-plenum-1956')
    expect((await list({ text: 'plenum august' })).map((e) => e.id)).toContain('august-plenum-1956')
  })

  it('refuses an unknown actor or section, a bad date and an inverted range, naming the field', async () => {
    expect(await failure('events.list', { actor: 'kim-il-sng' })).toMatchObject({ code: 'reference.unknown', field: 'actor' })
    expect(await failure('events.list', { section: 'no-such-section' })).toMatchObject({ code: 'reference.unknown', field: 'section' })
    expect(await failure('events.list', { from: '19x6' })).toMatchObject({ code: 'input.invalid', field: 'from' })
    expect(await failure('events.list', { from: '1956-02-30' })).toMatchObject({ code: 'date.invalid', field: 'from' })
    expect(await failure('events.list', { from: '1958', to: '1956' })).toMatchObject({ code: 'date.end_before_start' })
  })
})

describe('the researcher\u2019s own events', () => {
  const base = { date: '1956-10', title: 'Kim meets the returning delegation', kind: 'diplomatic' as const }

  it('are created with links, updated, annotated and deleted', async () => {
    const created = await lib.api['events.create']({
      ...base, uncertain: true, summary: 'From a memoir.', sources: ['Memoir, p. 12'], actors: ['kim-il-sung', 'kim-il-sung'],
      places: ['pyongyang'], topics: [], sections: ['explaining-evolution'], paragraphs: ['explaining-evolution-p3'],
    })
    expect(created).toMatchObject({ origin: 'user', precision: 'month', earliest: '1956-10-01', latest: '1956-10-31' })
    expect(created.actors.map((a) => a.id)).toEqual(['kim-il-sung'])
    expect(created.paragraphs).toEqual([{ paragraphId: 'explaining-evolution-p3', derived: false, origin: 'user' }])
    const updated = await lib.api['events.update']({ id: created.id, changes: { endDate: '1956-11-02' } })
    expect(updated).toMatchObject({ endDate: '1956-11-02', latest: '1956-11-02', title: base.title })
    expect(updated.paragraphs).toEqual(created.paragraphs)
    await lib.api['events.annotate']({ eventId: created.id, note: 'Second memoir disagrees.' })
    expect(await lib.api['events.delete']({ id: created.id })).toEqual({ id: created.id })
    expect(await failure('events.get', { id: created.id })).toMatchObject({ code: 'record.not_found' })
  })

  it('refuse an impossible date, an end before the start, an unknown entity or section', async () => {
    expect(await failure('events.create', { ...base, date: '1956-02-30' })).toMatchObject({ code: 'date.invalid', field: 'date' })
    expect(await failure('events.create', { ...base, date: '1958', endDate: '1957-12' })).toMatchObject({
      code: 'date.end_before_start', field: 'endDate',
    })
    expect(await failure('events.create', { ...base, actors: ['kim-il-sung', 'nobody-here'] })).toMatchObject({
      code: 'reference.unknown', field: 'actors.1',
    })
    expect(await failure('events.create', { ...base, sections: ['chapter-nine'] })).toMatchObject({
      code: 'reference.unknown', field: 'sections.0',
    })
    expect(await failure('events.create', { ...base, title: ' ' })).toMatchObject({ code: 'input.invalid', field: 'title' })
  })

  it('leave bundled events read-only but open to annotation', async () => {
    const error = await failure('events.update', { id: 'august-plenum-1956', changes: { title: 'x' } })
    expect(error).toMatchObject({ code: 'record.read_only', field: 'id' })
    expect(await failure('events.delete', { id: 'august-plenum-1956' })).toMatchObject({ code: 'record.read_only' })
    const note = await lib.api['events.annotate']({ eventId: 'august-plenum-1956', note: 'Compare GARF record.' })
    expect((await lib.api['events.get']({ id: 'august-plenum-1956' })).annotations).toContainEqual(note)
  })
})

describe('entities and names', () => {
  it('lists an entity by any of its names in any script, with its events', async () => {
    for (const text of ['金日成', 'Ким Ир Сен', 'Kim Il-sŏng']) {
      expect((await lib.api['entities.list']({ text })).map((e) => e.id)).toContain('kim-il-sung')
    }
    const { entity, events } = await lib.api['entities.get']({ id: 'kim-il-sung' })
    expect(new Set(entity.names.map((n) => n.script))).toEqual(new Set(['Latn', 'Hang', 'Hani', 'Hans', 'Cyrl']))
    expect(entity.confusableWith.map((e) => e.id)).toContain('kim-il')
    expect(events.map((e) => e.id)).toContain('august-plenum-1956')
  })

  it('adds and removes an alias; refuses duplicates, unknown entities and removing bundled names', async () => {
    const alias = await lib.api['entities.addName']({ entityId: 'kim-il-sung', form: '金首相', lang: 'ko', script: 'Hani', relation: 'alias' })
    expect(alias).toMatchObject({ origin: 'user', relation: 'alias', preferred: false })
    expect((await lib.api['entities.list']({ text: '金首相' })).map((e) => e.id)).toEqual(['kim-il-sung'])
    expect(await failure('entities.addName', { entityId: 'kim-il-sung', form: '金首相', lang: 'ko', script: 'Hani' })).toMatchObject({
      code: 'record.duplicate', field: 'form',
    })
    expect(await failure('entities.addName', { entityId: 'kim-il-sng', form: 'x', lang: 'ko', script: 'Hani' })).toMatchObject({
      code: 'reference.unknown', field: 'entityId',
    })
    expect(await failure('entities.addName', { entityId: 'kim-il-sung', form: 'x', lang: 'ko', script: 'hangul' })).toMatchObject({
      code: 'input.invalid', field: 'script',
    })
    expect(await failure('entities.removeName', { id: 'kim-il-sung#0' })).toMatchObject({ code: 'record.read_only' })
    expect(await lib.api['entities.removeName']({ id: alias.id })).toEqual({ id: alias.id })
  })
})

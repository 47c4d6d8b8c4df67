import { describe, expect, it } from 'vitest'
import { decodeHlc, encodeHlc } from './hlc'
import { readSyncFile, writeSyncFile } from './file/syncFile'
import { exchange, laptopsPerTest, SCENARIO_FINDINGS, type Laptop } from './testing/laptop'

const [s1, , , , , s3, s4] = SCENARIO_FINDINGS
const { pages: _pages, ...withoutPages } = s1!

interface Shown {
  deleted: boolean
  pages?: string
  summary_en: string
  tags: string[]
  rights: string[]
  conflicts: unknown[]
}

describe('sync that ordinary actions cannot break', () => {
  const newLaptop = laptopsPerTest()
  const finding = async (l: Laptop, id: string) => (await l.call<{ finding: Shown }>('findings.get', { id })).finding

  it('defect 1: resolving an edit-vs-delete conflict by deleting writes changes every colleague accepts', async () => {
    const [a, b, c] = [newLaptop(), newLaptop(), newLaptop()]
    const f = await a.call<{ id: string }>('findings.create', withoutPages)
    await exchange(a, b)
    await exchange(a, c)
    await a.call('findings.delete', { ids: [f.id] })
    await b.call('findings.update', { id: f.id, pages: '12', summary_en: 'B read it again.' })
    await exchange(b, a)
    const [conflict] = await a.call<{ id: string }[]>('conflicts.list')
    await a.call('conflicts.resolve', { id: conflict!.id, take: 'delete' })
    // Every later file from A is accepted by everyone, not only the first one.
    await exchange(a, b, b.deviceId)
    await exchange(a, c, c.deviceId)
    await a.call('findings.create', s3)
    expect((await exchange(a, c, c.deviceId)).total.created).toBe(1)
    await exchange(c, b, b.deviceId)
    for (const l of [a, b, c]) {
      const shown = await finding(l, f.id)
      expect(shown).toMatchObject({ deleted: true, summary_en: s1!.summary_en, conflicts: [] })
      expect(shown.pages).toBeUndefined()
    }
    expect(await b.state()).toEqual(await a.state())
    expect(await c.state()).toEqual(await a.state())
  })

  it('defect 2: a finding no longer marked do_not_share reaches colleagues whole, directly and through a relay', async () => {
    const [a, b, c] = [newLaptop(), newLaptop(), newLaptop()]
    const f = await a.call<{ id: string }>('findings.create', { ...s1, rights: ['do_not_share'], summary_en: 'kept private at first' })
    await a.call('findings.update', { id: f.id, summary_en: 'edited while private' })
    await exchange(a, b, b.deviceId)
    await exchange(b, c, c.deviceId)
    await exchange(c, b, b.deviceId)
    await exchange(b, a, a.deviceId)
    await a.call('findings.update', { id: f.id, rights: [] })
    const report = await exchange(a, b, b.deviceId)
    expect(report.byKind.finding).toMatchObject({ created: 1 })
    expect(await finding(b, f.id)).toMatchObject({ summary_en: 'edited while private', rights: [], deleted: false })
    // C never exchanges with A: B passes the whole history on.
    await exchange(b, c, c.deviceId)
    expect(await finding(c, f.id)).toMatchObject({ summary_en: 'edited while private', rights: [] })
    expect(await c.state()).toEqual(await a.state())
  })

  it('defect 6: a file claiming to have seen more of my changes than I made does not stop my later exports', async () => {
    const [a, b] = [newLaptop(), newLaptop()]
    await a.call('findings.create', s1)
    await exchange(a, b, b.deviceId)
    const content = readSyncFile(Buffer.from(await b.exportFor(a.deviceId), 'base64'))
    const mine = decodeHlc(content.manifest.seen[a.deviceId]!)
    const claimed = encodeHlc({ wall: mine.wall + 3_600_000, counter: 0, device: a.deviceId })
    const crafted = writeSyncFile({ ...content.manifest, seen: { ...content.manifest.seen, [a.deviceId]: claimed } }, content.ops, new Map())
    await a.importFile(crafted.toString('base64'))
    await a.call('findings.create', s4)
    const report = await exchange(a, b, b.deviceId)
    expect(report.byKind.finding).toMatchObject({ created: 1 })
    expect(await b.state()).toEqual(await a.state())
  })

  it("defect 6: a file claiming a third colleague's changes that nobody holds yet does not stop them being passed on", async () => {
    const [a, b, c] = [newLaptop(), newLaptop(), newLaptop()]
    await c.call('findings.create', s1)
    await exchange(c, a, a.deviceId)
    await exchange(a, b, b.deviceId)
    const content = readSyncFile(Buffer.from(await b.exportFor(a.deviceId), 'base64'))
    const held = decodeHlc(content.manifest.seen[c.deviceId]!)
    const claimed = encodeHlc({ wall: held.wall + 3_600_000, counter: 0, device: c.deviceId })
    const crafted = writeSyncFile({ ...content.manifest, seen: { ...content.manifest.seen, [c.deviceId]: claimed } }, content.ops, new Map())
    await a.importFile(crafted.toString('base64'))
    await c.call('findings.create', s4)
    await exchange(c, a, a.deviceId)
    const report = await exchange(a, b, b.deviceId)
    expect(report.byKind.finding).toMatchObject({ created: 1 })
    expect(await b.state()).toEqual(await a.state())
  })

  it('defect 11: tags named like Object.prototype members save, change and sync like any other', async () => {
    const [a, b] = [newLaptop(), newLaptop()]
    const names = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty']
    const f = await a.call<{ id: string; tags: string[] }>('findings.create', { ...s1, tags: names })
    expect([...f.tags].sort()).toEqual([...names].sort())
    await exchange(a, b)
    const kept = ['constructor', '__proto__', 'isPrototypeOf']
    await b.call('findings.update', { id: f.id, tags: kept })
    await exchange(b, a)
    for (const l of [a, b]) expect([...(await finding(l, f.id)).tags].sort()).toEqual([...kept].sort())
    const page = await a.call<{ items: { id: string }[] }>('findings.list', { tag: '__proto__' })
    expect(page.items.map((x) => x.id)).toEqual([f.id])
    expect(await b.state()).toEqual(await a.state())
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { readSyncFile, writeSyncFile } from './file/syncFile'
import { exchange, laptop, SCENARIO_FINDINGS, type Laptop, type SkewedClock } from './testing/laptop'

const [s1, , , , , s3, s4] = SCENARIO_FINDINGS

/** A wall clock stuck at one instant (a laptop whose clock was set back and keeps landing there). */
function frozenClock(at = Date.parse('2026-12-01T09:00:00.000Z')): SkewedClock {
  return { skew: 0, now: () => new Date(at) }
}

const ownStamps = (l: Laptop): string[] =>
  (l.library.db.prepare('SELECT hlc FROM ops WHERE device = ? ORDER BY hlc').all(l.deviceId) as { hlc: string }[]).map((r) => r.hlc)

interface Shown {
  summary_en: string
  conflicts: { kind: string; sides?: { value: unknown }[] }[]
}

describe('restoring a backup or copying a library folder', () => {
  const opened: Laptop[] = []
  const track = (l: Laptop) => (opened.push(l), l)
  afterEach(() => opened.splice(0).forEach((l) => l.dispose()))
  const titles = async (l: Laptop) => (await l.call<{ items: { title: string }[] }>('findings.list', {})).items.map((i) => i.title).sort()

  it('defect 3: a copied library folder takes a new device id and both copies exchange their new findings', async () => {
    const a = track(laptop())
    await a.call('findings.create', s1)
    const copy = track(await a.copyFolder())
    await copy.call('findings.create', s4)
    await a.call('findings.create', s3)
    await exchange(a, copy, copy.deviceId)
    await exchange(copy, a, a.deviceId)
    expect(await titles(a)).toHaveLength(3)
    expect(await titles(copy)).toEqual(await titles(a))
    expect(copy.deviceId).not.toBe(a.deviceId)
    // Opening the original again keeps its identity.
    const id = a.deviceId
    await a.reopen()
    expect(a.deviceId).toBe(id)
  })

  it('defect 4: after restore the clock moves past every stamp this device issued', async () => {
    const a = track(laptop({ clock: frozenClock() }))
    const b = track(laptop())
    const f = await a.call<{ id: string }>('findings.create', s1)
    const backup = a.backup()
    await a.call('findings.update', { id: f.id, summary_en: 'second reading' })
    await exchange(a, b, b.deviceId)
    const issued = ownStamps(a).at(-1)!
    await a.restore(backup)
    await a.call('findings.update', { id: f.id, summary_en: 'third reading' })
    expect(ownStamps(a).at(-1)! > issued).toBe(true)
    await exchange(a, b, b.deviceId)
    const shown = (await b.call<{ finding: Shown }>('findings.get', { id: f.id })).finding
    const values = [shown.summary_en, ...shown.conflicts.flatMap((c) => (c.sides ?? []).map((s) => s.value))]
    expect(values).toContain('third reading')
    expect(values).toContain('second reading')
  })

  it('defect 4: a stamp reused with other content is reported, never silently dropped', async () => {
    const [a, b] = [track(laptop()), track(laptop())]
    const f = await a.call<{ id: string }>('findings.create', s1)
    await a.call('findings.update', { id: f.id, summary_en: 'what B holds' })
    const content = readSyncFile(Buffer.from(await a.exportFor(), 'base64'))
    await b.importFile(await a.exportFor())
    const last = content.ops.at(-1)!
    const reused = { ...last, change: { type: 'set' as const, values: { summary_en: 'same stamp, other words' } } }
    const file = writeSyncFile(content.manifest, [...content.ops.slice(0, -1), reused], new Map())
    const report = await b.importFile(file.toString('base64'))
    expect(report.setAside).toBe(1)
    const { log } = await b.call<{ log: { detail: unknown }[] }>('sync.peers')
    expect(log[0]!.detail).toMatchObject({ kind: 'imported', setAside: 1 })
    const kept = b.library.db.prepare('SELECT op FROM sync_set_aside').all() as { op: string }[]
    expect(kept.map((row) => JSON.parse(row.op).change.values.summary_en)).toEqual(['same stamp, other words'])
    // What B held stays as it was.
    expect((await b.call<{ finding: { summary_en: string } }>('findings.get', { id: f.id })).finding.summary_en).toBe('what B holds')
  })

  it('defect 5: after a restore, colleagues send the restored laptop its own lost changes again', async () => {
    const [a, b] = [track(laptop()), track(laptop())]
    await a.call('findings.create', s1)
    await exchange(a, b, b.deviceId)
    await exchange(b, a, a.deviceId)
    const backup = a.backup()
    await a.call('findings.create', s3)
    await exchange(a, b, b.deviceId)
    await exchange(b, a, a.deviceId)
    await a.restore(backup)
    expect(await titles(a)).toHaveLength(1)
    await exchange(a, b, b.deviceId)
    await exchange(b, a, a.deviceId)
    expect(await titles(a)).toHaveLength(2)
    expect(await a.state()).toEqual(await b.state())
  })
})

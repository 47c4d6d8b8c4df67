import { describe, expect, it } from 'vitest'
import { exchange, laptopsPerTest, SCENARIO_FINDINGS, type Laptop } from './testing/laptop'

const opsOf = (l: Laptop, id: string) => l.library.db.prepare('SELECT hlc FROM ops WHERE record = ? ORDER BY hlc').all(id) as { hlc: string }[]

describe('a file that changes a record this library lacks', () => {
  const newLaptop = laptopsPerTest()

  it('is refused, and the next exchange brings the record whole even when the sender believed it was here', async () => {
    const [a, b] = [newLaptop(), newLaptop()]
    await exchange(b, a)
    const f = await a.call<{ id: string }>('findings.create', SCENARIO_FINDINGS[0])
    const [created] = opsOf(a, f.id)
    // B's record of what it holds says it has A's change that created the finding, which it
    // lacks (the state a history of restores and private findings once left behind): B tells
    // A so, and A believes it.
    b.library.db.prepare('INSERT INTO seen_vector (device, hlc) VALUES (?, ?) ON CONFLICT (device) DO UPDATE SET hlc = excluded.hlc').run(a.deviceId, created!.hlc)
    await b.reopen()
    await exchange(b, a, a.deviceId)
    await a.call('findings.update', { id: f.id, summary_en: 'read again' })

    const refused = await b.library.dispatch('sync.import', { file_base64: await a.exportFor(b.deviceId) })
    expect(refused).toMatchObject({ ok: false, error: { code: 'sync.invalid_file' } })
    expect(!refused.ok && refused.error.message).toMatch(/does not have/)
    // A screen says it in the reader's language, naming the colleague to send a file to.
    expect(!refused.ok && refused.error.refusal).toMatchObject({ reason: 'sync.partialRecord', values: { sender: expect.any(String) } })

    // B's next file says which change it lacks; A's next file then carries the whole finding.
    await exchange(b, a, a.deviceId)
    await exchange(a, b, b.deviceId)
    expect(opsOf(b, f.id)).toEqual(opsOf(a, f.id))
    expect((await b.call<{ finding: { summary_en: string } }>('findings.get', { id: f.id })).finding.summary_en).toBe('read again')
  })
})

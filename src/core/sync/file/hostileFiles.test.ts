import { createHash } from 'node:crypto'
import { zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { decodeHlc, encodeHlc } from '../hlc'
import type { Op } from '../op'
import { exchange, laptop, SCENARIO_FINDINGS, type Laptop } from '../testing/laptop'
import { readSyncFile, writeSyncFile, type SyncFileContent } from './syncFile'

const [s1] = SCENARIO_FINDINGS
const DAY = 24 * 3600 * 1000
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('crafted sync files with valid hashes', () => {
  const opened: Laptop[] = []
  const track = (l: Laptop) => (opened.push(l), l)
  afterEach(() => opened.splice(0).forEach((l) => l.dispose()))

  /** A's library with one finding, B's empty one, and A's file for B as read back. */
  async function setup(): Promise<{ a: Laptop; b: Laptop; content: SyncFileContent }> {
    const [a, b] = [track(laptop()), track(laptop())]
    await a.call('findings.create', s1)
    const content = readSyncFile(Buffer.from(await a.exportFor(), 'base64'))
    content.manifest.sender.deviceName = 'Anna’s laptop'
    return { a, b, content }
  }

  async function refusal(b: Laptop, content: SyncFileContent, ops: Op[]): Promise<string> {
    const before = await b.state()
    const file = writeSyncFile(content.manifest, ops, new Map())
    const result = await b.library.dispatch('sync.import', { file_base64: file.toString('base64') })
    expect(result.ok).toBe(false)
    if (result.ok) return ''
    expect(result.error.code).toBe('sync.invalid_file')
    expect(await b.state()).toEqual(before)
    return result.error.message
  }

  const stampAt = (op: Op, wall: number, counter = 0) => encodeHlc({ wall, counter, device: op.device })

  it('defect 7: a change stamped years ahead is refused, naming the device; later writes keep the real time', async () => {
    const { b, content } = await setup()
    const [first, ...rest] = content.ops
    const future = { ...first!, hlc: stampAt(first!, Date.parse('2099-01-01T00:00:00Z')) }
    expect(await refusal(b, content, [future, ...rest])).toMatch(/Anna’s laptop.*(ahead|clock)|(ahead|clock).*Anna’s laptop/)
    const made = await b.call<{ created_hlc: string }>('findings.create', s1)
    expect(Math.abs(decodeHlc(made.created_hlc).wall - Date.now())).toBeLessThan(DAY)
  })

  it('defect 7: a change at the largest clock, a future "seen" and a removal of a future stamp are refused', async () => {
    const { b, content } = await setup()
    const [first, ...rest] = content.ops
    const max = { ...first!, hlc: `ffffffffffff.ffff.${first!.device}` }
    expect(await refusal(b, content, [max, ...rest])).toMatch(/clock/)
    const seen = { ...first!, seen: { [first!.device]: stampAt(first!, Date.now() + 30 * DAY) } }
    expect(await refusal(b, content, [seen, ...rest])).toMatch(/clock|seen/)
    const remove: Op = { ...rest[0]!, change: { type: 'remove', field: 'tags', element: 'x', removes: [stampAt(first!, Date.now() + 30 * DAY)] } }
    expect(await refusal(b, content, [first!, remove, ...rest.slice(1)])).toMatch(/clock|removes/)
  })

  it('defect 7: malformed stamps and record ids that are not the kind\'s ids are refused', async () => {
    const { b, content } = await setup()
    const [first, ...rest] = content.ops
    expect(await refusal(b, content, [{ ...first!, hlc: 'zzzz' }, ...rest])).toMatch(/zzzz|clock stamp/)
    const otherDevice = { ...first!, hlc: stampAt({ ...first!, device: 'someone-else' }, Date.now()) }
    expect(await refusal(b, content, [otherDevice, ...rest])).toMatch(/device|clock stamp/)
    const badId = content.ops.map((op) => ({ ...op, record: 'not-a-uuid' }))
    expect(await refusal(b, content, badId)).toMatch(/not-a-uuid|UUID/)
  })

  it('the stamp bound still accepts a colleague whose clock runs hours ahead, but less than a day', async () => {
    const a = track(laptop({ clock: { skew: 20 * 3600 * 1000, now: () => new Date(Date.now() + 20 * 3600 * 1000) } }))
    const b = track(laptop())
    await a.call('findings.create', s1)
    expect((await exchange(a, b)).total.created).toBe(1)
  })

  it('defect 10: a zip bomb with valid hashes is refused before it is inflated', () => {
    const huge = new Uint8Array(16 * 1024 * 1024).fill(0x0a)
    const entry = 'ops/000001.jsonl'
    const manifest = {
      format: 'reading-room-workbench-sync',
      formatVersion: 1,
      appVersion: '0.1.0',
      sender: { deviceId: 'bomb', deviceName: 'Bomb' },
      createdAt: '2026-12-01T00:00:00.000Z',
      seen: {},
      since: {},
      counts: { ops: 0, opsByKind: {}, records: 0, attachments: 0 },
      entries: [{ path: entry, bytes: huge.length, sha256: sha256(huge) }],
    }
    const zip = zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest)), [entry]: [huge, { level: 6 }] })
    expect(zip.length).toBeLessThan(100 * 1024)
    expect(() => readSyncFile(zip)).toThrow(/times its compressed size|compression ratio/)
  })

  it('defect 10: a manifest listing a hundred thousand entries is refused by its size before it is parsed', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => ({ path: `attachments/${sha256(Buffer.from(String(i)))}`, bytes: 1, sha256: sha256(Buffer.from(String(i))) }))
    const manifest = { format: 'reading-room-workbench-sync', formatVersion: 1, entries }
    const zip = zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest)) })
    expect(() => readSyncFile(zip)).toThrow(/manifest\.json would unpack to|manifest.*(too large|over the limit)/)
  })
})

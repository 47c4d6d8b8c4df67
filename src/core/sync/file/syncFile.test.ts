import Ajv from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { zipSync } from 'fflate'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/api/errors'
import type { Op } from '../op'
import { DEFAULT_SYNC_LIMITS } from './limits'
import { readSyncFile, writeSyncFile, type ManifestHeader } from './syncFile'

const header: ManifestHeader = {
  appVersion: '0.1.0',
  sender: { deviceId: 'LAP-A', deviceName: 'A’s laptop' },
  createdAt: '2026-11-29T20:00:00.000Z',
  seen: { 'LAP-A': '019400000003.0000.LAP-A' },
  since: {},
}
const op = (n: number, record = 'rec-1', kind = 'finding'): Op => ({
  hlc: `01940000000${n}.0000.LAP-A`,
  device: 'LAP-A',
  kind,
  record,
  seen: {},
  change: { type: 'set', values: { summary_en: `note ${n}`, transcription: '周总理：志愿军今年分三批回国 — Ким Ир Сен, 김일성' } },
})
const photo = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])
const photoHash = '6456b2ac4bae7c410724a1dbd8eeaaf2a9cb6b03c3e6c82ccd8101b284656791'

function refusal(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return error as AppError
  }
  throw new Error('expected the file to be refused')
}

describe('sync file', () => {
  const ops = [op(1), op(2), op(3, 'rec-2')]
  const attachments = new Map([[photoHash, photo]])

  it('round-trips ops and attachments byte for byte, in every script', () => {
    const file = writeSyncFile(header, ops, attachments)
    const read = readSyncFile(file)
    expect(read.ops).toEqual(ops)
    expect(read.attachments.get(photoHash)).toEqual(photo)
    expect(read.manifest.counts).toEqual({ ops: 3, opsByKind: { finding: 3 }, records: 2, attachments: 1 })
  })

  it('a file we write is never refused as a zip bomb, however repetitive its text (found by the 2,000-history run)', () => {
    const leaders = { ...op(4), change: { type: 'set', values: { transcription: '……'.repeat(1_000_000) } } } as Op
    const file = writeSyncFile(header, [leaders], new Map())
    expect(readSyncFile(file).ops).toEqual([leaders])
  })

  it('writes the same bytes for the same content', () => {
    expect(writeSyncFile(header, ops, attachments).equals(writeSyncFile(header, [...ops].reverse(), attachments))).toBe(true)
  })

  it('has a manifest that validates against the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'sync-manifest.schema.json'), 'utf8'))
    const ajv = new Ajv({ strict: false })
    addFormats(ajv)
    const validate = ajv.compile(schema)
    const { manifest } = readSyncFile(writeSyncFile(header, ops, attachments))
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({ ...manifest, formatVersion: 'one' })).toBe(false)
  })

  it('encrypts with a passphrase and refuses a wrong or missing one', () => {
    const file = writeSyncFile(header, ops, attachments, 'Ким Ир Сен 1956')
    expect(file.includes(Buffer.from('summary_en'))).toBe(false)
    expect(readSyncFile(file, { passphrase: 'Ким Ир Сен 1956' }).ops).toEqual(ops)
    expect(refusal(() => readSyncFile(file, { passphrase: 'wrong' })).code).toBe('sync.wrong_passphrase')
    expect(refusal(() => readSyncFile(file)).code).toBe('sync.passphrase_required')
  })

  it('refuses a truncated file', () => {
    const file = writeSyncFile(header, ops, attachments)
    expect(refusal(() => readSyncFile(file.subarray(0, file.length - 40))).code).toBe('sync.invalid_file')
  })

  it('refuses a newer format version with its own code', () => {
    const manifest = { ...readSyncFile(writeSyncFile(header, ops, new Map())).manifest, formatVersion: 3 }
    const zip = zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest)) })
    expect(refusal(() => readSyncFile(zip)).code).toBe('sync.unsupported_version')
  })

  it.each([
    ['../evil.jsonl', /is not a sync file path/],
    ['/etc/passwd', /is not a sync file path/],
    ['attachments/../../x', /is not a sync file path/],
    ['C:\\Windows\\x', /is not a sync file path/],
  ])('refuses a hostile entry path %s', (path, message) => {
    const zip = zipSync({ 'manifest.json': Buffer.from('{}'), [path]: Buffer.from('x') })
    expect(refusal(() => readSyncFile(zip)).message).toMatch(message)
  })

  it('refuses a zip bomb from its declared size, before inflating it', () => {
    const bomb = zipSync({ 'manifest.json': new Uint8Array(10_000_000) }, { level: 9 })
    expect(bomb.length).toBeLessThan(100_000)
    const limits = { ...DEFAULT_SYNC_LIMITS, maxEntryBytes: 1_000_000 }
    expect(refusal(() => readSyncFile(bomb, { limits })).message).toMatch(/would unpack to 10000000 bytes/)
  })

  it('refuses duplicate entries', () => {
    const zip = Buffer.from(zipSync({ 'ops/000001.jsonl': Buffer.from('a'), 'ops/000002.jsonl': Buffer.from('a') }, { level: 0 }))
    const patched = Buffer.from(zip.toString('latin1').replaceAll('ops/000002.jsonl', 'ops/000001.jsonl'), 'latin1')
    expect(refusal(() => readSyncFile(patched)).message).toMatch(/appears twice/)
  })

  it('refuses ids that collide across kinds', () => {
    const file = writeSyncFile(header, [op(1, 'same-id', 'finding'), op(2, 'same-id', 'alias')], new Map())
    expect(refusal(() => readSyncFile(file)).message).toMatch(/record same-id is both a finding and a alias/)
  })

  it('refuses an altered entry whose hash no longer matches, naming it', () => {
    const file = writeSyncFile(header, ops, attachments)
    const at = file.indexOf(photo)
    const altered = Buffer.from(file)
    altered[at + 3] = 9
    expect(refusal(() => readSyncFile(altered)).message).toMatch(/SHA-256|damaged/)
  })

  it('fuzz: 1,000 mutated files are refused with a clear error, or decode to the original content', () => {
    const original = writeSyncFile(header, ops, attachments)
    const expected = JSON.stringify(readSyncFile(original).ops)
    const mutation = fc.record({
      kind: fc.constantFrom('flip', 'truncate', 'insert', 'zero'),
      at: fc.nat(original.length - 1),
      byte: fc.integer({ min: 0, max: 255 }),
    })
    let refused = 0
    fc.assert(
      fc.property(mutation, ({ kind, at, byte }) => {
        const bytes = mutate(original, kind, at, byte)
        try {
          const read = readSyncFile(bytes)
          expect(JSON.stringify(read.ops)).toBe(expected)
        } catch (error) {
          expect(error).toBeInstanceOf(AppError)
          refused++
        }
      }),
      { numRuns: 1000 },
    )
    expect(refused).toBeGreaterThan(500)
  })
})

function mutate(file: Buffer, kind: string, at: number, byte: number): Buffer {
  const copy = Buffer.from(file)
  if (kind === 'flip') copy[at] = copy[at]! ^ (1 << byte % 8)
  if (kind === 'zero') copy.fill(0, at, Math.min(copy.length, at + 16))
  if (kind === 'truncate') return copy.subarray(0, at)
  if (kind === 'insert') return Buffer.concat([copy.subarray(0, at), Buffer.from([byte]), copy.subarray(at)])
  return copy
}

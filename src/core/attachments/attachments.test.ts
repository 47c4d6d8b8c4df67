import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiResult } from '../../shared/api/errors'
import { MAX_ATTACHMENT_BYTES, sniffAttachmentType } from '../../shared/model/attachment'
import { openTempLibrary, TEST_RESOURCES_DIR } from '../testing/tempLibrary'
import { attachmentPath } from './attachmentStore'

const [s1, s2] = JSON.parse(readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8')) as unknown[]

/** The smallest real PNG: one transparent pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
/** A 2 x 2 grey JPEG: thumbnails must be JPEGs (they are shown as data:image/jpeg URLs). */
const JPEG_THUMBNAIL =
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAP/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKAA/9k='
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')
const ZIP = Buffer.from('PK\u0003\u0004 some zipped bytes')

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

describe('attachments', () => {
  const library = openTempLibrary()
  const call = (method: string, input: unknown) => library.dispatch(method, input)
  let first = ''
  let second = ''
  beforeAll(async () => {
    first = (value(await call('findings.create', s1)) as { id: string }).id
    second = (value(await call('findings.create', s2)) as { id: string }).id
  })
  afterAll(() => library.dispose())

  it('stores a file once under its SHA-256, however many findings attach it', async () => {
    const sha = createHash('sha256').update(PNG).digest('hex')
    const data_base64 = PNG.toString('base64')
    const info = value(await call('attachments.add', { finding_id: first, name: 'page 3.png', data_base64, thumbnail_base64: JPEG_THUMBNAIL }))
    expect(info).toMatchObject({ sha256: sha, mime: 'image/png', bytes: PNG.length, name: 'page 3.png' })
    value(await call('attachments.add', { finding_id: second, name: 'same scan.png', data_base64 }))
    const path = attachmentPath(library.dataDir, sha)
    expect(path).toBe(join(library.dataDir, 'attachments', sha.slice(0, 2), sha))
    expect(readFileSync(path).equals(PNG)).toBe(true)
    expect(readdirSync(join(library.dataDir, 'attachments', sha.slice(0, 2)))).toEqual([sha])
    const listed = value(await call('attachments.list', { finding_id: second })) as { name: string; thumbnail: string }[]
    expect(listed.map((a) => a.name)).toEqual(['same scan.png'])
    // The thumbnail sent with the first copy is kept for every finding that attaches the file.
    expect(listed[0]!.thumbnail).toMatch(/^data:image\/jpeg;base64,/)
    const full = value(await call('attachments.get', { sha256: sha })) as { data_url: string }
    expect(full.data_url).toBe(`data:image/png;base64,${data_base64}`)
  })

  it('detaches as a change that syncs, keeping the file (a link can come back by sync)', async () => {
    const sha = createHash('sha256').update(PNG).digest('hex')
    expect(value(await call('attachments.remove', { finding_id: first, sha256: sha }))).toEqual({ removed: true })
    expect(value(await call('attachments.remove', { finding_id: second, sha256: sha }))).toEqual({ removed: true })
    expect(value(await call('attachments.remove', { finding_id: second, sha256: sha }))).toEqual({ removed: false })
    expect(value(await call('attachments.list', { finding_id: second }))).toEqual([])
    expect(existsSync(attachmentPath(library.dataDir, sha))).toBe(true)
    const changes = library.db.prepare("SELECT change FROM ops WHERE record = ? ORDER BY hlc").all(second) as { change: string }[]
    const last = changes.slice(-2).map((row) => JSON.parse(row.change) as unknown)
    expect(last).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'remove', field: 'attachments' })]))
  })

  it('accepts a PDF and refuses other types by their bytes, naming what the file is', async () => {
    const pdf = value(await call('attachments.add', { finding_id: first, name: 'scan.pdf', data_base64: PDF.toString('base64') }))
    expect(pdf).toMatchObject({ mime: 'application/pdf', thumbnail: null })
    const zip = await call('attachments.add', { finding_id: first, name: 'photo.jpg', data_base64: ZIP.toString('base64') })
    expect(zip.ok).toBe(false)
    if (zip.ok) return
    expect(zip.error.code).toBe('attachment.unsupported_type')
    expect(zip.error.message).toContain('"photo.jpg" is a ZIP archive')
    expect(zip.error.field).toBe('data_base64')
  })

  it('refuses files over the 10 MB limit in the contract, before anything is stored', async () => {
    const tooBig = Buffer.alloc(MAX_ATTACHMENT_BYTES + 3, 0xff).toString('base64')
    const result = await call('attachments.add', { finding_id: first, name: 'huge.jpg', data_base64: tooBig })
    expect(result.ok || result.error).toMatchObject({ code: 'input.invalid', field: 'data_base64' })
    expect(result.ok || result.error.message).toContain('larger than the limit of 10 MB')
  })

  it('drops direction controls from names, refuses polyglots, and keeps only real JPEG thumbnails', async () => {
    const bidi = value(await call('attachments.add', { finding_id: first, name: 'scan\u202Egpj.exe', data_base64: JPEG_THUMBNAIL, thumbnail_base64: PDF.toString('base64') }))
    expect(bidi).toMatchObject({ name: 'scangpj.exe', mime: 'image/jpeg', thumbnail: null })
    const polyglot = Buffer.concat([PNG, Buffer.from('PK\u0003\u0004 hidden')])
    const refused = await call('attachments.add', { finding_id: first, name: 'both.png', data_base64: polyglot.toString('base64') })
    expect(refused.ok || refused.error).toMatchObject({ code: 'attachment.unsupported_type', message: expect.stringContaining('is also a ZIP archive') })
  })

  it('refuses to attach to a finding that does not exist', async () => {
    const result = await call('attachments.add', { finding_id: 'nope', name: 'a.png', data_base64: PNG.toString('base64') })
    expect(result.ok || result.error).toMatchObject({ code: 'record.not_found', field: 'finding_id' })
  })
})

describe('sniffAttachmentType', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    [[...Buffer.from('GIF89a')], 'image/gif'],
    [[...Buffer.from('RIFF\0\0\0\0WEBPVP8 ')], 'image/webp'],
    [[0x49, 0x49, 0x2a, 0x00], 'image/tiff'],
    [[0x4d, 0x4d, 0x00, 0x2a], 'image/tiff'],
  ])('reads %j as %s', (bytes, mime) => {
    expect(sniffAttachmentType(Uint8Array.from(bytes))).toEqual({ ok: true, mime })
  })

  it('names HEIC photos and unknown files in the refusal', () => {
    const heic = sniffAttachmentType(Uint8Array.from(Buffer.from('\0\0\0\u0018ftypheic')))
    expect(heic.ok || heic.message).toContain('HEIC')
    const text = sniffAttachmentType(Uint8Array.from(Buffer.from('hello')))
    expect(text.ok || text.message).toContain('unknown type')
  })
})

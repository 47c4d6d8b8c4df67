import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { createAnchor } from '../../shared/anchoring'
import type { StoredFile } from '../../shared/model/attachment'
import type { Finding } from '../../shared/model/finding'
import { MEDIA_FRAGMENTS, type PageRef, type PageRegion } from '../../shared/model/pages'
import { backupDatabase } from '../backup/backup'
import { restoreLibrary } from '../backup/restore'
import { DATABASE_FILE } from '../createApi'
import { cslItems } from '../exports/cslJson'
import { exchange, laptop, SCENARIO_FINDINGS, type Laptop } from '../sync/testing/laptop'
import { openTempLibrary } from '../testing/tempLibrary'

/** A real PNG of w×1 pixels: each width gives a different file. */
function png(width: number): string {
  const base = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
  const bytes = Buffer.from(base, 'base64')
  bytes.writeUInt32BE(width, 16) // IHDR width: enough to change the hash; the sniffer reads only the signature.
  return bytes.toString('base64')
}

const TRANSCRIPTION = '周恩来总理接见朝鲜代表团。志愿军今年分三批回国。'

async function store(l: Laptop, n: number): Promise<PageRef> {
  const info = await l.call<{ sha256: string }>('attachments.store', { name: `p${n}.png`, data_base64: png(n) })
  return { sha256: info.sha256, name: `p${n}.png` }
}

function region(id: string, page: string, start: number, end: number): PageRegion {
  const anchor = createAnchor(TRANSCRIPTION, start, end)
  return {
    id,
    page,
    selector: { type: 'FragmentSelector', conformsTo: MEDIA_FRAGMENTS, value: `xywh=pixel:10,${20 * start},300,40` },
    field: 'transcription',
    quote: anchor.quote,
    position: anchor.position,
    origin: 'user',
  }
}

const get = async (l: Laptop, id: string) => (await l.call<{ finding: Finding }>('findings.get', { id })).finding
const pageNames = (f: Finding) => f.attachments.map((p) => p.name)

describe('pages and regions of a finding', () => {
  const a = laptop()
  const b = laptop()
  afterAll(async () => Promise.all([a.dispose(), b.dispose()]))
  let id = ''
  let pages: PageRef[] = []

  it('creates a finding with its pages in the order given, and lists them in that order', async () => {
    pages = [await store(a, 3), await store(a, 1), await store(a, 2)]
    const created = await a.call<Finding>('findings.create', {
      ...SCENARIO_FINDINGS[0],
      transcription: TRANSCRIPTION,
      transcription_status: 'verbatim',
      attachments: pages,
      regions: [region('region-one', pages[0]!.sha256, 0, 5)],
    })
    id = created.id
    expect(pageNames(created)).toEqual(['p3.png', 'p1.png', 'p2.png'])
    const listed = await a.call<{ name: string }[]>('attachments.list', { finding_id: id })
    expect(listed.map((p) => p.name)).toEqual(['p3.png', 'p1.png', 'p2.png'])
  })

  it('refuses a page whose file is not stored, and a new region on a file that is not a page', async () => {
    const unknown = { sha256: 'f'.repeat(64), name: 'lost.png' }
    await expect(a.call('findings.update', { id, attachments: [...pages, unknown] })).rejects.toThrow(/attachments\.3: "lost.png" is not stored here/)
    const stray = await store(a, 9)
    await expect(a.call('findings.update', { id, regions: [region('region-two', stray.sha256, 5, 9)] })).rejects.toThrow(/not one of this finding's pages/)
    expect(pageNames(await get(a, id))).toEqual(['p3.png', 'p1.png', 'p2.png'])
  })

  it('reorders and removes pages as one edit; a removed page keeps its regions and can be put back', async () => {
    await a.call('findings.update', { id, attachments: [pages[1], pages[2]], regions: [region('region-one', pages[0]!.sha256, 0, 5), region('region-two', pages[1]!.sha256, 5, 9)] })
    const finding = await get(a, id)
    expect(pageNames(finding)).toEqual(['p1.png', 'p2.png'])
    expect(finding.regions.map((r) => r.id).sort()).toEqual(['region-one', 'region-two'])
    const removed = await a.call<{ name: string; removed_at: string }[]>('attachments.removed', { finding_id: id })
    expect(removed.map((r) => r.name)).toEqual(['p3.png'])
    expect(removed[0]!.removed_at).toMatch(/^\d{4}-\d\d-\d\dT/)
    await a.call('findings.update', { id, attachments: [pages[1], pages[0], pages[2]] })
    expect(pageNames(await get(a, id))).toEqual(['p1.png', 'p3.png', 'p2.png'])
    expect(await a.call('attachments.removed', { finding_id: id })).toEqual([])
  })

  it('carries pages, their order and regions to another laptop through a sync file', async () => {
    await exchange(a, b)
    const there = await get(b, id)
    const here = await get(a, id)
    expect(pageNames(there)).toEqual(pageNames(here))
    expect(there.regions).toEqual(here.regions)
    const listed = await b.call<{ sha256: string }[]>('attachments.list', { finding_id: id })
    expect(listed.map((p) => p.sha256)).toEqual(here.attachments.map((p) => p.sha256))
  })

  it('draws the thumbnail a page lacks, once: a photo that came by sync, a TIFF scan', async () => {
    const paper = (format: 'jpeg' | 'tiff') => sharp({ create: { width: 600, height: 800, channels: 3, background: '#f4efe1' } })[format]().toBuffer()
    const photo = await a.call<StoredFile>('attachments.store', { name: 'IMG_0001.jpg', data_base64: (await paper('jpeg')).toString('base64') })
    const scan = await a.call<StoredFile>('attachments.store', { name: 'scan.tif', data_base64: (await paper('tiff')).toString('base64') })
    const current = await get(a, id)
    await a.call('findings.update', { id, attachments: [...current.attachments, { sha256: photo.sha256, name: 'IMG_0001.jpg' }, { sha256: scan.sha256, name: 'scan.tif' }] })
    await exchange(a, b)
    const kept = b.library.db.prepare<[string], { thumbnail: Buffer | null }>('SELECT thumbnail FROM attachments WHERE sha256 = ?')
    expect(kept.get(photo.sha256)?.thumbnail).toBeNull() // a sync file carries the file, not its thumbnail

    const files = await b.call<StoredFile[]>('attachments.files', { sha256: [photo.sha256, scan.sha256] })
    expect(files.map((f) => f.thumbnail?.slice(0, 23))).toEqual(['data:image/jpeg;base64,', 'data:image/jpeg;base64,'])
    const drawn = await sharp(Buffer.from(files[1]!.thumbnail!.slice(23), 'base64')).metadata()
    expect([drawn.format, drawn.width, drawn.height]).toEqual(['jpeg', 240, 320])
    expect(kept.get(photo.sha256)?.thumbnail).not.toBeNull()
    expect(await b.call<StoredFile[]>('attachments.files', { sha256: [photo.sha256] })).toEqual([files[0]])
  })

  it('gives the viewer a TIFF scan as a JPEG it can draw, and keeps the TIFF as stored', async () => {
    const scan = (await get(b, id)).attachments.find((page) => page.name === 'scan.tif')!
    type Got = { mime: string; data_url: string }
    const shown = await b.call<Got>('attachments.get', { sha256: scan.sha256, shown: true })
    expect(shown.mime).toBe('image/jpeg')
    const drawn = await sharp(Buffer.from(shown.data_url.slice(shown.data_url.indexOf(',') + 1), 'base64')).metadata()
    expect([drawn.format, drawn.width, drawn.height]).toEqual(['jpeg', 600, 800])
    expect((await b.call<Got>('attachments.get', { sha256: scan.sha256 })).mime).toBe('image/tiff')
  })

  it('merges moves made on both laptops at once, and both end with the same order', async () => {
    const [p1, p3, p2] = (await get(a, id)).attachments as [PageRef, PageRef, PageRef]
    await a.call('findings.update', { id, attachments: [p3, p2, p1] }) // p1 to the end
    await b.call('findings.update', { id, attachments: [p2, p1, p3] }) // p2 to the front
    await exchange(a, b)
    await exchange(b, a)
    expect(pageNames(await get(a, id))).toEqual(pageNames(await get(b, id)))
    expect(pageNames(await get(a, id))).toEqual(['p2.png', 'p3.png', 'p1.png'])
  })

  it('finds OCR text like any transcription, and a finding by the file name of one of its pages', async () => {
    const photo = await a.call<{ sha256: string }>('attachments.store', { name: 'IMG_7731.png', data_base64: png(77) })
    const current = await get(a, id)
    await a.call('findings.update', {
      id,
      attachments: [...current.attachments, { sha256: photo.sha256, name: 'IMG_7731.png' }],
      transcription: `${TRANSCRIPTION}\n\n中朝友谊万古长青`,
      transcription_status: 'ocr',
    })
    const hits = async (query: string) => (await a.call<{ hits: { id: string }[] }>('search.query', { query, types: ['finding'] })).hits.map((h) => h.id)
    expect(await hits('万古长青')).toEqual([id])
    expect(await hits('IMG_7731')).toEqual([id])
    expect((await get(a, id)).transcription_status).toBe('ocr')
  })

  it('keeps pages and regions out of CSL-JSON, whose readers never get the files', async () => {
    const [item] = cslItems({ findings: [await get(a, id)], repositories: [] }, true)
    const fields = (item!.custom as { workbench_fields: Record<string, unknown> }).workbench_fields
    expect(fields).not.toHaveProperty('attachments')
    expect(fields).not.toHaveProperty('regions')
    expect(fields.transcription).toContain(TRANSCRIPTION)
  })

  it('brings pages, order and regions back with a restored backup', async () => {
    const library = openTempLibrary()
    const dispatch = async <T>(method: string, input: unknown) => {
      const result = await library.dispatch(method, input)
      if (!result.ok) throw new Error(result.error.message)
      return result.value as T
    }
    const stored = await dispatch<{ sha256: string }>('attachments.store', { name: 'a.png', data_base64: png(5) })
    const other = await dispatch<{ sha256: string }>('attachments.store', { name: 'b.png', data_base64: png(6) })
    const made = await dispatch<Finding>('findings.create', {
      ...SCENARIO_FINDINGS[0],
      transcription: TRANSCRIPTION,
      transcription_status: 'verbatim',
      attachments: [{ sha256: other.sha256, name: 'b.png' }, { sha256: stored.sha256, name: 'a.png' }],
      regions: [region('region-back', stored.sha256, 2, 6)],
    })
    const backup = backupDatabase(library.db, library.dataDir, 'manual', { now: () => new Date() })
    await dispatch('findings.update', { id: made.id, attachments: [], regions: [] })
    library.close()
    restoreLibrary({ dataDir: library.dataDir, databaseFile: join(library.dataDir, DATABASE_FILE), source: backup, clock: { now: () => new Date() } })
    const reopened = openTempLibrary({ dataDir: library.dataDir })
    const result = await reopened.dispatch('findings.get', { id: made.id })
    const back = (result.ok ? result.value : undefined) as { finding: Finding }
    expect(back.finding.attachments).toEqual(made.attachments)
    expect(back.finding.regions).toEqual(made.regions)
    await reopened.dispose()
  })
})

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { photographDay, SAMPLE_DOCUMENTS, type DayPhoto } from '../../../scripts/testdata/photoDay'
import { renderPage } from '../../../scripts/testdata/pages'
import { scanPdf } from '../../../scripts/testdata/scanPdf'
import type { ApiResult } from '../../shared/api/errors'
import type { ImportProposal, ImportSession } from '../../shared/model/dayImport'
import { openTempLibrary, tempDir } from '../testing/tempLibrary'

const SLOW = 180_000
const folder = tempDir('workbench-day-')
const library = openTempLibrary({ chooseFolder: async () => folder })

async function value<T>(method: string, input: unknown): Promise<T> {
  const result = (await library.dispatch(method, input)) as ApiResult<T>
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

let photos: DayPhoto[] = []
let session = ''

beforeAll(async () => {
  photos = await photographDay({
    documents: SAMPLE_DOCUMENTS,
    retakes: [1],
    blurred: [4],
  })
  for (const photo of photos) writeFileSync(join(folder, photo.name), photo.bytes)
  mkdirSync(join(folder, 'box 2'))
  const scan = async (...lines: string[]) => {
    const jpeg = await renderPage({ lines, font: 'Liberation Serif', sizePt: 10, width: 600, height: 800 })
    const { width, height } = await sharp(jpeg).metadata()
    return { jpeg, width: width!, height: height! }
  }
  writeFileSync(join(folder, 'box 2', 'scan.pdf'), scanPdf([await scan('Scanned page one'), await scan('Scanned page two,', 'which has', 'more lines', 'than the first.')]))
  writeFileSync(join(folder, 'box 2', 'phone.heic'), readFileSync(join(__dirname, 'fixtures', 'page.heic')))
  // Traps: a JPEG that is also a ZIP, a JPEG named as a web page, a text file, a name with a direction override.
  writeFileSync(join(folder, 'polyglot.jpg'), Buffer.concat([photos[0]!.bytes, Buffer.from('PK\u0003\u0004 hidden archive PK\u0005\u0006')]))
  writeFileSync(join(folder, 'page.html'), photos[1]!.bytes)
  writeFileSync(join(folder, 'notes.txt'), 'not a photo')
  writeFileSync(join(folder, 'photo\u202Egpj.exe'), 'MZ not a photo')
  writeFileSync(join(folder, '.DS_Store'), 'hidden')
  session = (await value<{ session_id: string; folder_dialog: boolean }>('import.start', {})).session_id
}, SLOW)
afterAll(() => library.dispose())

describe('import a day', () => {
  let day: ImportSession

  it('reads a chosen folder as a job: photos, HEIC, PDF pages; skips what is not a page, saying why', async () => {
    const result = await value<{ chosen: boolean; files: number; pages: number; skipped: number }>('import.chooseFolder', { session_id: session, job_id: 'day-1' })
    expect(result).toMatchObject({ chosen: true, files: photos.length + 6, pages: photos.length + 3, skipped: 4 })
    day = await value<ImportSession>('import.session', { session_id: session })
    expect(day.label).toBe(folder.split('/').pop())
    const reasons = Object.fromEntries(day.skipped.map((s) => [s.name, s.reason]))
    expect(reasons['polyglot.jpg']).toBe('is also a ZIP archive')
    expect(reasons['page.html']).toBe('is named .html but holds a JPEG image')
    expect(reasons['notes.txt']).toMatch(/is not a photo/)
    // The right-to-left override is gone from the name shown.
    expect(reasons['photogpj.exe']).toMatch(/is not a photo/)
    const names = day.pages.map((p) => p.name)
    expect(names).toContain('scan.pdf, page 1')
    expect(names).toContain('scan.pdf, page 2')
    expect(names).toContain('phone.heic')
    // The unfinished import is offered again after a restart, with the host's folder dialog.
    const list = await value<{ folder_dialog: boolean; imports: { id: string; label: string; pages: number }[] }>('import.list', {})
    expect(list.folder_dialog).toBe(true)
    expect(list.imports).toContainEqual(expect.objectContaining({ id: session, label: day.label, pages: day.pages.length }))
  }, SLOW)

  it('orders pages by capture time from EXIF, with thumbnails, sizes and sharpness', () => {
    const shot = day.pages.filter((p) => p.captured_from === 'exif')
    expect(shot.map((p) => p.name)).toEqual(photos.map((p) => p.name))
    expect(shot[0]!.captured_at).toBe(photos[0]!.capturedAt.replace(' ', 'T').replace(/^(\d+):(\d+):/, '$1-$2-'))
    for (const page of day.pages) {
      expect(page.thumbnail).toMatch(/^data:image\/jpeg;base64,/)
      expect(page.width).toBeGreaterThan(0)
    }
    const heic = day.pages.find((p) => p.name === 'phone.heic')!
    expect([heic.width, heic.height, heic.captured_from]).toEqual([640, 480, 'file'])
  })

  it('proposes documents at the pauses between them and flags the shaken page', async () => {
    const proposal = await value<ImportProposal>('import.propose', { session_id: session })
    const photoDocs = proposal.documents.slice(0, 3).map((d) => d.pages.map((sha) => photos.find((p) => day.pages.find((x) => x.sha256 === sha)?.name === p.name)?.document))
    expect(photoDocs).toEqual([[0, 0, 0, 0], [1, 1], [2, 2]])
    expect(proposal.documents.slice(1, 3).map((d) => d.starts_because)).toEqual(['time_gap', 'time_gap'])
    const blurred = photos.find((p) => p.kind === 'blurred')!
    expect(proposal.flags[byName(blurred.name)]).toEqual([{ flag: 'blurred' }])
    const retake = photos.find((p) => p.kind === 'retake')!
    // Pages of text look alike to an image hash: only the blurred page, and at most the retake, are flagged.
    expect(Object.keys(proposal.flags).filter((sha) => sha !== byName(retake.name))).toEqual([byName(blurred.name)])
  })

  const byName = (name: string) => day.pages.find((p) => p.name === name)!.sha256

  it('reads the references stamped on first pages by OCR, and tells the retake by its text', async () => {
    const result = await value<{ read: number; found: number }>('import.readReferences', { session_id: session, languages: ['zh-Hans', 'ru'], job_id: 'refs' })
    expect(result.read).toBe(day.pages.length)
    const proposal = await value<ImportProposal>('import.propose', { session_id: session })
    expect(proposal.documents[0]).toMatchObject({ repository_id: 'prc-fma-archive', reference: expect.stringContaining('106-00828-01') })
    expect(proposal.documents[1]).toMatchObject({ reference: 'ф. 0102, оп. 12, п. 68, д. 3' })
    const retake = photos.findIndex((p) => p.kind === 'retake')
    expect(proposal.flags[byName(photos[retake]!.name)]).toEqual([{ flag: 'duplicate', of: byName(photos[retake - 1]!.name) }])
    const blurred = photos.find((p) => p.kind === 'blurred')!
    expect(Object.keys(proposal.flags).sort()).toEqual([byName(photos[retake]!.name), byName(blurred.name)].sort())
  }, SLOW)

  it('makes one draft per document, pages in order, reference and day filled in, and closes the import', async () => {
    const proposal = await value<ImportProposal>('import.propose', { session_id: session })
    const documents = proposal.documents.map((d) => ({ pages: d.pages, ...(d.reference ? { reference: d.reference } : {}), ...(d.repository_id ? { repository_id: d.repository_id } : {}) }))
    const made = await value<{ drafts: { id: string; pages: number }[] }>('import.createDrafts', { session_id: session, documents })
    expect(made.drafts.map((d) => d.pages)).toEqual(proposal.documents.map((d) => d.pages.length))
    const drafts = await value<{ id: string; form: Record<string, unknown> }[]>('drafts.list', {})
    const first = drafts.find((d) => d.id === made.drafts[0]!.id)!
    expect(first.form).toMatchObject({ copy_type: 'own_photograph', viewed_on: '1998-04-14', repository_id: 'prc-fma-archive' })
    expect((first.form.attachments as { sha256: string }[]).map((a) => a.sha256)).toEqual(proposal.documents[0]!.pages)
    const gone = await library.dispatch('import.session', { session_id: session })
    expect(gone.ok || gone.error.code).toBe('record.not_found')
  })
})

describe('uploading files piece by piece (the browser host)', () => {
  it('assembles pieces in order, refuses a gap, and reads the file when complete', async () => {
    const id = (await value<{ session_id: string }>('import.start', { label: 'Dropped' })).session_id
    const bytes = photos[2]!.bytes
    const half = Math.floor(bytes.length / 2 / 3) * 3
    const piece = (offset: number, end: number) => ({
      session_id: id, file_id: 'f1', name: 'IMG_1.JPG', declared_type: 'image/jpeg', offset, total: bytes.length,
      data_base64: bytes.subarray(offset, end).toString('base64'),
    })
    expect(await value('import.upload', piece(0, half))).toEqual({ received: half })
    const gap = await library.dispatch('import.upload', piece(half + 3, bytes.length))
    expect(gap.ok || gap.error).toMatchObject({ code: 'input.invalid', field: 'offset' })
    const done = await value<{ pages: { name: string; captured_from: string }[] }>('import.upload', piece(half, bytes.length))
    expect(done.pages).toEqual([expect.objectContaining({ name: 'IMG_1.JPG', captured_from: 'exif' })])
    const lie = await value<{ skipped: { reason: string } }>('import.upload', { ...piece(0, bytes.length), file_id: 'f2', declared_type: 'text/html' })
    expect(lie.skipped.reason).toBe('is declared as text/html but holds a JPEG image')
  }, SLOW)
})

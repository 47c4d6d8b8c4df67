import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { characterErrorRate } from '../../../scripts/testdata/cer'
import { renderPage } from '../../../scripts/testdata/pages'
import { PAGE_TEXTS } from '../../../scripts/testdata/pageTexts'
import type { ApiResult } from '../../shared/api/errors'
import type { EventPayload } from '../../shared/api/events'
import { OCR_LANGUAGES, type OcrResult } from '../../shared/model/ocr'
import { openTempLibrary, tempDir, TEST_RESOURCES_DIR } from '../testing/tempLibrary'
import { createOcrEngine } from './ocrEngine'
import { tessdataDir } from './tessdata'

/** OCR reads a page in seconds, longer on a busy machine. */
const SLOW = 120_000

/** A small page of three lines, turned a degree, with noise: correctness, not speed. */
const smallPage = (language: keyof typeof PAGE_TEXTS, lines = PAGE_TEXTS[language].lines.slice(0, 3), vertical = false) =>
  renderPage({ lines, font: PAGE_TEXTS[language].font, sizePt: 12, angle: -1, noise: 10, seed: 5, vertical })

describe('OCR engine', () => {
  const engine = createOcrEngine({ tessdataDir: tessdataDir(TEST_RESOURCES_DIR) })
  afterAll(() => engine.close())

  it.each(OCR_LANGUAGES)(
    'reads a rendered %s page, with one box per line in reading order',
    async (language) => {
      const lines = PAGE_TEXTS[language].lines.slice(0, 3)
      const result = await engine.recognize(await smallPage(language, lines), { languages: [language] })
      expect(characterErrorRate(result.text, lines.join('\n')).cer).toBeLessThan(0.1)
      expect(result.lines).toHaveLength(3)
      const ys = result.lines.map((line) => line.bbox.y)
      expect(ys).toEqual([...ys].sort((a, b) => a - b))
      for (const line of result.lines) {
        expect(line.bbox.x + line.bbox.w).toBeLessThanOrEqual(result.width)
        expect(line.bbox.y + line.bbox.h).toBeLessThanOrEqual(result.height)
        // A line box is wide and short, as a line of text is.
        expect(line.bbox.w).toBeGreaterThan(line.bbox.h * 4)
        expect(line.confidence).toBeGreaterThan(0.5)
      }
    },
    SLOW,
  )

  it(
    'reads vertical Chinese as columns, right to left',
    async () => {
      const lines = PAGE_TEXTS['zh-Hant'].lines.slice(0, 3)
      const result = await engine.recognize(await smallPage('zh-Hant', lines, true), { languages: ['zh-Hant'], vertical: true })
      expect(characterErrorRate(result.text, lines.join('\n')).cer).toBeLessThan(0.1)
      const xs = result.lines.map((line) => line.bbox.x)
      expect(xs).toEqual([...xs].sort((a, b) => b - a))
      expect(result.lines[0]!.bbox.h).toBeGreaterThan(result.lines[0]!.bbox.w * 4)
    },
    SLOW,
  )

  it(
    'stops a page when cancelled, and reads the next one afterwards',
    async () => {
      const controller = new AbortController()
      const page = await smallPage('ru')
      const running = engine.recognize(page, { languages: ['ru'], signal: controller.signal, onProgress: () => controller.abort() })
      await expect(running).rejects.toMatchObject({ code: 'job.cancelled' })
      const next = await engine.recognize(page, { languages: ['ru'] })
      expect(next.lines).toHaveLength(3)
    },
    SLOW,
  )

  it('says which language data is missing instead of fetching it', async () => {
    const bare = createOcrEngine({ tessdataDir: tempDir() })
    await expect(bare.recognize(await smallPage('en'), { languages: ['en'] })).rejects.toMatchObject({ code: 'ocr.unavailable', message: expect.stringContaining('eng') })
    await bare.close()
  })

  it('refuses bytes that are not an image, naming the problem', async () => {
    await expect(engine.recognize(Buffer.from('not an image at all'), { languages: ['en'] })).rejects.toMatchObject({ code: 'ocr.unavailable' })
  })
})

describe('ocr.* methods', () => {
  const library = openTempLibrary()
  let sha256 = ''
  let finding = ''
  const progress: EventPayload<'job.progress'>[] = []
  beforeAll(async () => {
    library.events.subscribe((name, payload) => {
      if (name === 'job.progress') progress.push(payload as EventPayload<'job.progress'>)
    })
    const [scenario] = JSON.parse(readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8')) as unknown[]
    const created = (await library.dispatch('findings.create', scenario)) as ApiResult<{ id: string }>
    if (!created.ok) throw new Error(created.error.message)
    finding = created.value.id
    const page = await smallPage('en')
    const added = (await library.dispatch('attachments.add', { finding_id: finding, name: 'page.jpg', data_base64: page.toString('base64') })) as ApiResult<{ sha256: string }>
    if (!added.ok) throw new Error(added.error.message)
    sha256 = added.value.sha256
  })
  afterAll(() => library.dispose())

  it('lists the five languages, all installed, vertical for Chinese', async () => {
    const result = await library.dispatch('ocr.languages', {})
    expect(result).toMatchObject({ ok: true })
    const languages = (result as { value: { language: string; available: boolean; vertical: boolean }[] }).value
    expect(languages.map((l) => l.language)).toEqual([...OCR_LANGUAGES])
    expect(languages.every((l) => l.available)).toBe(true)
    expect(languages.filter((l) => l.vertical).map((l) => l.language)).toEqual(['zh-Hans', 'zh-Hant'])
  })

  it(
    'reads a stored attachment as a job that reports progress',
    async () => {
      const result = (await library.dispatch('ocr.recognize', { sha256, languages: ['en'], job_id: 'ocr-1' })) as ApiResult<OcrResult>
      if (!result.ok) throw new Error(result.error.message)
      expect(result.value.text).toContain('Soviet ambassador')
      expect(result.value.engine).toMatch(/tesseract\.js .*tessdata_fast/)
      expect(progress.some((p) => p.job_id === 'ocr-1' && p.phase === 'reading')).toBe(true)
    },
    SLOW,
  )

  it('refuses vertical reading without Chinese, and unknown files', async () => {
    const vertical = await library.dispatch('ocr.recognize', { sha256, languages: ['ru'], vertical: true })
    expect(vertical.ok || vertical.error).toMatchObject({ code: 'input.invalid', field: 'vertical' })
    const unknown = await library.dispatch('ocr.recognize', { sha256: 'a'.repeat(64), languages: ['en'] })
    expect(unknown.ok || unknown.error).toMatchObject({ code: 'record.not_found', field: 'sha256' })
  })
})

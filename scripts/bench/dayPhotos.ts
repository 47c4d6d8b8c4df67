/**
 * The day of photos the import benchmark reads: N distinct 12 MP colour JPEGs (3000 x 4000, as a
 * phone takes them, with EXIF capture times), each page with text of its own (language, lines,
 * type size, margins, turn) and a number printed on it, and sensor noise of its own. Every 50th
 * photo is a retake of the page before (shifted a few pixels, new noise) and every 60th (from the
 * 31st) is shaken, so the review's flags can be checked against what was planted; no other photo
 * is a near-duplicate of another. Generated once into a folder outside the repository (default
 * under the system's temp folder) so generating is never part of what is timed.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import type { OcrLanguage } from '../../src/shared/model/ocr'
import { randomSource, type Random } from '../library/corpus'
import { PAGE_TEXTS } from '../testdata/pageTexts'

const WIDTH = 3000
const HEIGHT = 4000
const PAPER = { r: 246, g: 243, b: 234 }
const LANGUAGES: OcrLanguage[] = ['zh-Hans', 'ru', 'en', 'ko', 'zh-Hant']
const PAGES_PER_DOCUMENT = 6
/** Spare noise past the end of a page, so each photo reads the shared noise from an offset of its own. */
const NOISE_SLACK = 1 << 20

export interface DayManifest {
  count: number
  /** Photo indexes that retake the photo before them, and shaken ones. */
  retakes: number[]
  blurred: number[]
}

interface Layout {
  language: OcrLanguage
  lines: string[]
  sizePt: number
  left: number
  top: number
  angle: number
}

const isRetake = (i: number) => i % 50 === 49
const isBlurred = (i: number) => i % 60 === 30

/** The default cache: outside the repository, kept between runs. */
export function dayFolder(count: number): string {
  return join(os.tmpdir(), 'rrw-bench', `day-12mp-distinct-${count}`)
}

function layout(i: number, random: Random): Layout {
  const language = LANGUAGES[Math.floor(i / PAGES_PER_DOCUMENT) % LANGUAGES.length]!
  const { lines } = PAGE_TEXTS[language]
  const body = Array.from({ length: random.int(4, 26) }, () => random.pick(lines))
  // A number of its own on every page (folio and shot), so no two pages carry the same text.
  const header = `${random.digits(3)}-${random.digits(5)}-${String(i + 1).padStart(3, '0')}  л. ${i + 1}`
  return { language, lines: [header, '', ...body], sizePt: 8 + random.int(0, 8) / 2, left: random.int(120, 700), top: random.int(120, 1400), angle: (random.next() * 3 - 1.5) }
}

const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The text block, black on transparent, turned; blurred for a shaken shot. */
async function textBlock(page: Layout, blurred: boolean): Promise<Buffer> {
  const markup = `<span foreground="#1a1a1a">${escapeMarkup(page.lines.join('\n'))}</span>`
  let text = sharp({ text: { text: markup, font: `${PAGE_TEXTS[page.language].font} ${page.sizePt}`, dpi: 300, rgba: true, width: WIDTH - page.left - 100, spacing: Math.round(page.sizePt * 0.9) } })
  text = sharp(await text.png({ compressionLevel: 0 }).toBuffer()).rotate(page.angle, { background: { r: 0, g: 0, b: 0, alpha: 0 } })
  if (blurred) text = sharp(await text.png({ compressionLevel: 0 }).toBuffer()).blur(6)
  return text.png({ compressionLevel: 0 }).toBuffer()
}

/** Zero-mean noise, about sigma 6, shared by all photos (each reads it from its own offset). */
function noiseTile(): Int8Array {
  const tile = new Int8Array(WIDTH * HEIGHT + NOISE_SLACK)
  let state = 0x9e3779b9
  for (let i = 0; i < tile.length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    // Sum of two uniform bytes, centred: triangular, close enough to sensor noise.
    tile[i] = (((state & 0xff) + ((state >>> 8) & 0xff) - 255) * 6) >> 7
  }
  return tile
}

/** Grain on every pixel, the same on the three channels (luminance noise) plus a little on red. */
function addNoise(rgb: Buffer, tile: Int8Array, offset: number): void {
  for (let p = 0, i = 0; i < rgb.length; p++, i += 3) {
    const n = tile[offset + p]!
    rgb[i] = Math.max(0, Math.min(255, rgb[i]! + n + (tile[offset + p + 7919]! >> 2)))
    rgb[i + 1] = Math.max(0, Math.min(255, rgb[i + 1]! + n))
    rgb[i + 2] = Math.max(0, Math.min(255, rgb[i + 2]! + n))
  }
}

async function photo(page: Layout, shift: { x: number; y: number }, blurred: boolean, tile: Int8Array, noiseAt: number, capturedAt: string): Promise<Buffer> {
  const text = await textBlock(page, blurred)
  const rgb = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: PAPER } })
    .composite([{ input: text, left: page.left + shift.x, top: page.top + shift.y }])
    .removeAlpha()
    .raw()
    .toBuffer()
  addNoise(rgb, tile, noiseAt)
  return sharp(rgb, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .withExif({ IFD0: { Make: 'Test', Model: 'Reading room camera' }, IFD2: { DateTimeOriginal: capturedAt } })
    .jpeg({ quality: 92 })
    .toBuffer()
}

const exifTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, ':')

/** Makes the folder's photos unless a complete set is there already; returns what was planted. */
export async function generateDay(count: number, folder = dayFolder(count)): Promise<DayManifest> {
  const manifestPath = join(folder, '.manifest.json')
  if (existsSync(manifestPath)) return JSON.parse(readFileSync(manifestPath, 'utf8')) as DayManifest
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  console.log(`generating ${count} distinct photos of 12 MP in ${folder} (once, not timed)...`)
  const started = performance.now()
  const tile = noiseTile()
  const manifest: DayManifest = { count, retakes: [], blurred: [] }
  let clock = Date.parse('1998-04-14T09:00:00Z')
  let previous: Layout | undefined
  for (let i = 0; i < count; i++) {
    const random = randomSource(1000 + i)
    const retake = isRetake(i) && previous !== undefined
    const blurred = !retake && isBlurred(i)
    const page = retake ? previous! : layout(i, random)
    clock += (i % PAGES_PER_DOCUMENT === 0 && i > 0 ? random.int(150, 420) : random.int(4, 9)) * 1000
    const shift = retake ? { x: random.int(-6, 6), y: random.int(-6, 6) } : { x: 0, y: 0 }
    const bytes = await photo(page, shift, blurred, tile, random.int(0, NOISE_SLACK - 8000), exifTime(clock))
    writeFileSync(join(folder, `IMG_${String(4100 + i).padStart(4, '0')}.JPG`), bytes)
    if (retake) manifest.retakes.push(i)
    if (blurred) manifest.blurred.push(i)
    previous = page
    if ((i + 1) % 25 === 0) console.log(`  ${i + 1} photos, ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
  writeFileSync(manifestPath, JSON.stringify(manifest))
  return manifest
}

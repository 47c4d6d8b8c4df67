/**
 * Renders test pages the way a phone photographs them: text set in a system font (through
 * sharp's Pango), on off-white paper, turned a little, with sensor noise, saved as JPEG. The
 * OCR unit test and the OCR benchmark read these, so their text is known exactly.
 */
import sharp from 'sharp'
import { randomSource } from '../library/corpus'

export interface PageSpec {
  lines: string[]
  /** Pango family, e.g. 'Noto Serif CJK SC'. */
  font: string
  /** Type size in points at `dpi`. */
  sizePt: number
  dpi?: number
  /** Degrees, clockwise; a hand-held photo is off by a degree or two. */
  angle?: number
  /** Standard deviation of the grey-level noise (0-255 scale). */
  noise?: number
  seed?: number
  /** Page size in pixels; the text is placed at a margin of a tenth of the width. */
  width?: number
  height?: number
  /** Top-to-bottom columns, right to left (each line becomes a column). */
  vertical?: boolean
  format?: 'jpeg' | 'png'
  /** Gaussian blur sigma, for a shaken or out-of-focus shot. */
  blur?: number
  /** EXIF DateTimeOriginal, `YYYY:MM:DD HH:MM:SS`, as a camera writes it. */
  capturedAt?: string
  /** JPEG quality (default 88). */
  quality?: number
}

const PAPER = { r: 246, g: 243, b: 234 }

const escapeMarkup = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** One block of text, black on transparent. */
async function textImage(text: string, font: string, sizePt: number, dpi: number) {
  const markup = `<span foreground="#1a1a1a">${escapeMarkup(text)}</span>`
  const { data, info } = await sharp({ text: { text: markup, font: `${font} ${sizePt}`, dpi, rgba: true, spacing: Math.round(sizePt * 0.9) } })
    .png()
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

/** Columns right to left, one character per row, for vertical Chinese. */
async function verticalText(lines: string[], font: string, sizePt: number, dpi: number) {
  const columns = await Promise.all(lines.map((line) => textImage([...line].join('\n'), font, sizePt, dpi)))
  const gap = Math.round((sizePt / 72) * dpi * 0.8)
  const width = columns.reduce((sum, c) => sum + c.width + gap, 0)
  const height = Math.max(...columns.map((c) => c.height))
  let right = width
  const parts = columns.map((column) => {
    right -= column.width + gap
    return { input: column.data, left: right + gap, top: 0 }
  })
  const data = await sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite(parts)
    .png()
    .toBuffer()
  return { data, width, height }
}

/** Adds zero-mean noise to every grey level, deterministically from the seed. */
function addNoise(pixels: Buffer, sigma: number, seed: number): void {
  if (sigma <= 0) return
  const random = randomSource(seed)
  for (let i = 0; i < pixels.length; i++) {
    // The sum of four uniforms is close enough to a normal distribution for sensor noise.
    const n = (random.next() + random.next() + random.next() + random.next() - 2) * sigma * 1.73
    pixels[i] = Math.max(0, Math.min(255, Math.round(pixels[i]! + n)))
  }
}

/** Renders the page and returns the encoded image. */
export async function renderPage(spec: PageSpec): Promise<Buffer> {
  const dpi = spec.dpi ?? 300
  const text = spec.vertical
    ? await verticalText(spec.lines, spec.font, spec.sizePt, dpi)
    : await textImage(spec.lines.join('\n'), spec.font, spec.sizePt, dpi)
  const margin = Math.round((spec.width ?? text.width * 1.25) / 10)
  const width = Math.max(spec.width ?? 0, text.width + 2 * margin)
  const height = Math.max(spec.height ?? 0, text.height + 2 * margin)
  const page = await sharp({ create: { width, height, channels: 3, background: PAPER } })
    .composite([{ input: text.data, left: margin, top: margin }])
    .png({ compressionLevel: 0 })
    .toBuffer()
  let turned = sharp(page).rotate(spec.angle ?? 0, { background: PAPER }).greyscale()
  if (spec.blur) turned = sharp(await turned.blur(spec.blur).png({ compressionLevel: 0 }).toBuffer())
  const { data, info } = await turned.raw().toBuffer({ resolveWithObject: true })
  addNoise(data, spec.noise ?? 0, spec.seed ?? 1)
  let image = sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
  if (spec.capturedAt) image = image.withExif({ IFD0: { Make: 'Test', Model: 'Reading room camera' }, IFD2: { DateTimeOriginal: spec.capturedAt } })
  return spec.format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: spec.quality ?? 88 }).toBuffer()
}

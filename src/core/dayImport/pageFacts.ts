import type { Sharp } from 'sharp'
import { MAX_ATTACHMENT_BYTES } from '../../shared/model/attachment'
import { thumbnailOf } from '../attachments/thumbnails'
import { sharp } from '../images/sharp'
import { MAX_INPUT_PIXELS } from '../ocr/preparePage'
import type { RawPage } from './decodeProtocol'

/**
 * Long side of the working copy every measure is taken from, decoded once and shrunk on load
 * (libjpeg's DCT scaling: a 12 MP JPEG is never decoded in full, which costs 200 ms of CPU).
 * Measured on 12 MP photos, a 1000 px copy cost 56-61 ms of CPU a photo, this one 44-47 ms; a
 * 600 px copy moved the difference hashes of different pages of one layout within the
 * duplicate threshold of each other.
 */
const WORKING_SIZE = 750
/** Long side of the copy sharpness is measured on. */
const SHARPNESS_SIZE = 600
/** The Laplacian: second differences, the classic measure of focus. */
const LAPLACIAN = { width: 3, height: 3, kernel: [0, 1, 0, 1, -4, 1, 0, 1, 0], offset: 128 }

export interface PageFacts {
  /** What is stored as the page: the photo itself when the viewer can show it, else a JPEG of it. */
  bytes: Buffer
  mime: 'image/jpeg' | 'image/png' | 'image/webp'
  width: number
  height: number
  thumbnail: Buffer
  hash: string
  sharpness: number
}

/**
 * 64-bit difference hash: is each pixel of a 9 x 8 grey copy brighter than its right-hand
 * neighbour? Photos of the same page differ in a few bits; different pages in about half.
 */
export async function differenceHash(image: Sharp): Promise<string> {
  const pixels = await image.clone().greyscale().resize(9, 8, { fit: 'fill' }).toColourspace('b-w').raw().toBuffer()
  let bits = 0n
  for (let y = 0; y < 8; y++) {
    for (let x = 0; x < 8; x++) bits = (bits << 1n) | (pixels[y * 9 + x]! > pixels[y * 9 + x + 1]! ? 1n : 0n)
  }
  return bits.toString(16).padStart(16, '0')
}

/** Bits that differ between two difference hashes. */
export function hashDistance(a: string, b: string): number {
  let diff = BigInt(`0x${a}`) ^ BigInt(`0x${b}`)
  let count = 0
  while (diff > 0n) {
    count += Number(diff & 1n)
    diff >>= 1n
  }
  return count
}

/** The share of pixels whose edge strength is taken as the page's: the strongest half percent, its letters' edges. */
const EDGE_SHARE = 0.005

/**
 * Focus: how steep the steepest edges of a 600 px grey copy are (the Laplacian's magnitude that
 * only the strongest half percent of pixels reach). Letters in focus have steep edges however
 * little text a page holds; a shaken or blurred shot has none. At this size sensor noise averages
 * out: the variance of the Laplacian at 1000 px ranked a noisy blurred page above sharp ones, and
 * at 600 px it took pages with one line of text for blurred.
 */
async function sharpness(image: Sharp): Promise<number> {
  const edges = await image
    .clone()
    .greyscale()
    .resize(SHARPNESS_SIZE, SHARPNESS_SIZE, { fit: 'inside', withoutEnlargement: true })
    .convolve(LAPLACIAN)
    .toColourspace('b-w')
    .raw()
    .toBuffer()
  const counts = new Uint32Array(129)
  for (const value of edges) counts[Math.min(128, Math.abs(value - LAPLACIAN.offset))]!++
  let left = Math.max(1, Math.round(edges.length * EDGE_SHARE))
  for (let strength = 128; strength > 0; strength--) {
    left -= counts[strength]!
    if (left <= 0) return strength
  }
  return 0
}

/** A JPEG for pages the viewer cannot show as they are (TIFF, HEIC, PDF pages), and for photos over the size limit. */
async function asJpeg(image: Sharp): Promise<Buffer> {
  for (const quality of [90, 80, 70]) {
    const jpeg = await image.clone().jpeg({ quality, mozjpeg: false }).toBuffer()
    if (jpeg.length <= MAX_ATTACHMENT_BYTES) return jpeg
  }
  throw new Error('the image is too large to store even as a JPEG')
}

const SHOWN_AS_IS = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const

/**
 * Everything the review needs from one page image, decoding it once at full size (to store,
 * if it must be converted) and once shrunk on load (thumbnail, hash, sharpness). libvips does
 * the pixel work in its own threads, so the caller's thread stays free.
 */
export async function pageFacts(input: Buffer | RawPage): Promise<PageFacts> {
  const source = Buffer.isBuffer(input)
    ? sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    : sharp(input.data, { raw: { width: input.width, height: input.height, channels: input.channels } })
  const metadata = Buffer.isBuffer(input) ? await source.metadata() : undefined
  const format = metadata?.format as keyof typeof SHOWN_AS_IS | undefined
  const keep = Buffer.isBuffer(input) && format !== undefined && format in SHOWN_AS_IS && input.length <= MAX_ATTACHMENT_BYTES
  const bytes = keep ? (input as Buffer) : await asJpeg(source.clone().rotate())
  const mime = keep ? SHOWN_AS_IS[format!] : 'image/jpeg'
  const oriented = metadata?.autoOrient ?? { width: (input as RawPage).width, height: (input as RawPage).height }
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .resize(WORKING_SIZE, WORKING_SIZE, { fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const working = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels as 1 | 3 } })
  const [thumbnail, hash, score] = await Promise.all([
    thumbnailOf(working()),
    differenceHash(working()),
    sharpness(working()),
  ])
  return { bytes, mime, width: oriented.width, height: oriented.height, thumbnail, hash, sharpness: score }
}

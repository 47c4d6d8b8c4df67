import type { Sharp } from 'sharp'
import { sharp } from '../images/sharp'
import { analyseLayout, type Box, type PageTransform } from './layout'

/** Width of the small copy the layout is read from. */
const ANALYSIS_WIDTH = 800
/** Line pitch the recogniser reads best at, in pixels (text about 30-40 px tall). */
const TARGET_PITCH = 58
/** Never enlarge more than this, nor shrink below this, whatever the estimate says. */
const MAX_UPSCALE = 3
const MIN_SCALE = 0.35
/** Long side a page is brought to when no line pitch could be measured. */
const FALLBACK_LONG_SIDE = 3000
/** A white frame: the recogniser misses text that touches the image's edge. */
const BORDER = 24
/** Pages larger than this (about 100 MP) are refused rather than decoded. */
export const MAX_INPUT_PIXELS = 100_000_000

export interface PreparedPage {
  /** A greyscale PNG, straightened, scaled to the text size, with a white border. */
  png: Buffer
  /** Size of the image as shown (EXIF orientation applied), the frame of every box reported. */
  width: number
  height: number
  /** Where the part prepared begins in that frame (the region's corner, or 0, 0). */
  offset: { x: number; y: number }
  transform: PageTransform
}

interface Raw {
  data: Buffer
  width: number
  height: number
}

const fromRaw = (raw: Raw) => sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 1 } })
const toRaw = async (image: Sharp): Promise<Raw> => {
  const { data, info } = await image.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

/**
 * Straightens and scales a photo or scan for the recogniser: orient by EXIF, grey, measure skew
 * and line pitch on a small copy, turn level, scale so lines are about
 * `TARGET_PITCH` apart (small text is enlarged; a 12 MP photo of ordinary type is shrunk, which
 * also makes it faster), and frame in white. Binarising is left to Tesseract (Otsu): stretching
 * the contrast first, or a median filter, made noisy pages worse (noise became blobs; CER of
 * 8 pt traditional Chinese 0.3% -> 2.5%). The pixel work runs in libvips' own threads.
 */
export async function preparePage(bytes: Buffer, options: { vertical?: boolean; region?: Box } = {}): Promise<PreparedPage> {
  const whole = await toRaw(sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate().greyscale())
  const region = options.region && clampRegion(options.region, whole)
  const page = region ? await toRaw(fromRaw(whole).extract({ left: region.x, top: region.y, width: region.w, height: region.h })) : whole
  const ratio = Math.min(1, ANALYSIS_WIDTH / page.width)
  const small = await toRaw(fromRaw(page).resize({ width: Math.max(1, Math.round(page.width * ratio)) }))
  const layout = analyseLayout(small, options.vertical)
  const pitch = layout.pitch / ratio
  const scale =
    pitch > 0 ? Math.min(MAX_UPSCALE, Math.max(MIN_SCALE, TARGET_PITCH / pitch)) : Math.min(1, FALLBACK_LONG_SIDE / Math.max(page.width, page.height))
  const degrees = -layout.skewDegrees
  const straight = degrees === 0 ? page : await toRaw(fromRaw(page).rotate(degrees, { background: '#ffffff' }))
  const png = await fromRaw(straight)
    .resize({ width: Math.max(1, Math.round(straight.width * scale)), kernel: scale > 1 ? 'lanczos3' : 'linear' })
    .extend({ top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, background: '#ffffff' })
    .toColourspace('b-w')
    .png({ compressionLevel: 1 })
    .toBuffer()
  return {
    png,
    width: whole.width,
    height: whole.height,
    offset: { x: region?.x ?? 0, y: region?.y ?? 0 },
    transform: {
      degrees,
      from: { width: page.width, height: page.height },
      to: { width: straight.width, height: straight.height },
      scale: Math.round(straight.width * scale) / straight.width,
      border: BORDER,
    },
  }
}

/** The part of the region inside the image, or undefined if it is empty. */
function clampRegion(region: Box, image: Raw): Box | undefined {
  const x = Math.max(0, Math.min(image.width - 1, Math.round(region.x)))
  const y = Math.max(0, Math.min(image.height - 1, Math.round(region.y)))
  const w = Math.min(image.width - x, Math.round(region.w))
  const h = Math.min(image.height - y, Math.round(region.h))
  return w > 0 && h > 0 ? { x, y, w, h } : undefined
}

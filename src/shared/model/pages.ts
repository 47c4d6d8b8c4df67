import { z } from 'zod'
import { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors'
import { safeFileName } from './fileChecks'
import { TEXT_LIMITS, boundedList, requiredText } from './findingParts'

/** Most pages one finding holds: a long file photographed page by page. */
export const MAX_PAGES = 500
/** Most regions one finding holds: OCR keeps a region per line, tens per page. */
export const MAX_REGIONS = 5_000
/** The longest passage one region may quote (a few lines; OCR regions quote one line). */
export const MAX_REGION_QUOTE = 1_000
/** A region is stored as one JSON set element; sync files refuse elements over 2,000 characters. */
const MAX_REGION_JSON = 1_900

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hex')

/** One page of a finding: a stored photo or scan, by content hash, with the file name it came with. */
export const PageRef = z.strictObject({
  sha256: Sha256,
  name: requiredText(TEXT_LIMITS.shortText).refine((name) => safeFileName(name) === name, 'must be a file name without folders, direction or control characters'),
})
export type PageRef = z.infer<typeof PageRef>

/** A finding's pages in reading order; a file is a page of it once at most. */
export const PageList = boundedList(PageRef, MAX_PAGES).refine(
  (pages) => new Set(pages.map((page) => page.sha256)).size === pages.length,
  'lists the same file twice',
)

/** The Media Fragments specification, which a W3C FragmentSelector names in `conformsTo`. */
export const MEDIA_FRAGMENTS = 'http://www.w3.org/TR/media-frags/'

/** A rectangle of an image in its own pixels (after EXIF orientation): `{ x, y, w, h }`. */
export interface PixelRect {
  x: number
  y: number
  w: number
  h: number
}

const XYWH = /^xywh=pixel:(\d{1,6}),(\d{1,6}),(\d{1,6}),(\d{1,6})$/

/** Reads `xywh=pixel:x,y,w,h`; undefined for any other form. */
export function parseXywh(value: string): PixelRect | undefined {
  const match = XYWH.exec(value)
  if (!match) return undefined
  const [x, y, w, h] = match.slice(1).map(Number) as [number, number, number, number]
  return w > 0 && h > 0 ? { x, y, w, h } : undefined
}

/** Writes a rectangle as a media-fragment value, rounding to whole pixels. */
export function formatXywh(rect: PixelRect): string {
  const [x, y, w, h] = [rect.x, rect.y, rect.w, rect.h].map((n) => Math.max(0, Math.round(n)))
  return `xywh=pixel:${x},${y},${Math.max(1, w!)},${Math.max(1, h!)}`
}

/** The W3C Web Annotation selector of a page region (Media Fragments `xywh=pixel:`). */
export const FragmentSelector = z.strictObject({
  type: z.literal('FragmentSelector'),
  conformsTo: z.literal(MEDIA_FRAGMENTS),
  value: z.string().max(60).refine((value) => parseXywh(value) !== undefined, 'must be xywh=pixel:x,y,w,h with a width and height'),
})
export type FragmentSelector = z.infer<typeof FragmentSelector>

/** The texts of a finding that a region can point into. */
export const REGION_TEXT_FIELDS = ['transcription', 'translation_en'] as const
export const RegionTextField = z.enum(REGION_TEXT_FIELDS)
export type RegionTextField = z.infer<typeof RegionTextField>

/**
 * A rectangle of one page linked to a passage of the finding's transcription or translation:
 * the page side is a W3C FragmentSelector, the text side a TextQuoteSelector plus a
 * TextPositionSelector (code points, as the essay's passage anchors), so the link survives
 * edits of the text by re-anchoring. `origin: 'ocr'` marks a line box kept from OCR.
 */
export const PageRegion = z
  .strictObject({
    id: z.string().regex(/^[0-9a-z][0-9a-z-]{5,39}$/, 'must be 6 to 40 lowercase letters, digits or hyphens'),
    page: Sha256,
    selector: FragmentSelector,
    field: RegionTextField,
    quote: TextQuoteSelector.refine((q) => q.exact.length <= MAX_REGION_QUOTE, `quotes at most ${MAX_REGION_QUOTE} characters`),
    position: TextPositionSelector,
    origin: z.enum(['user', 'ocr']),
  })
  .refine((region) => JSON.stringify(region).length <= MAX_REGION_JSON, 'is too long to store; link a shorter passage')
export type PageRegion = z.infer<typeof PageRegion>

export const RegionList = boundedList(PageRegion, MAX_REGIONS).refine(
  (regions) => new Set(regions.map((region) => region.id)).size === regions.length,
  'uses the same region id twice',
)

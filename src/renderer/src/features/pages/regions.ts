import { codePointToUtf16, createAnchorFromUtf16, reanchor } from '../../../../shared/anchoring'
import { FragmentSelector, MEDIA_FRAGMENTS, formatXywh, parseXywh, type PageRegion, type PixelRect, type RegionTextField } from '../../../../shared/model/pages'
import type { Translate } from '../../../../shared/i18n/messageIds'

/** A region found in the text as it reads now, in UTF-16 offsets (what strings and the DOM use). */
export interface PlacedRegion {
  region: PageRegion
  start: number
  end: number
}

/**
 * Re-anchors the regions of one text field against the text as it reads now (it may have been
 * corrected since the region was drawn); regions whose passage is gone are returned as orphans.
 */
export function placeRegions(text: string, field: RegionTextField, regions: readonly PageRegion[]) {
  const placed: PlacedRegion[] = []
  const orphans: PageRegion[] = []
  for (const region of regions) {
    if (region.field !== field) continue
    const found = reanchor(text, { quote: region.quote, position: region.position })
    if (found.status === 'orphan') orphans.push(region)
    else placed.push({ region, start: codePointToUtf16(text, found.start), end: codePointToUtf16(text, found.end) })
  }
  return { placed, orphans }
}

/** A piece of the text and the regions covering all of it (none: plain text). */
export interface TextPiece {
  text: string
  start: number
  regions: PageRegion[]
}

/** Cuts the text at every region boundary, so each piece is covered by the same regions throughout. */
export function piecesOf(text: string, placed: readonly PlacedRegion[]): TextPiece[] {
  const cuts = new Set([0, text.length])
  for (const p of placed) for (const at of [p.start, p.end]) if (at > 0 && at < text.length) cuts.add(at)
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: TextPiece[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!]
    pieces.push({ text: text.slice(from, to), start: from, regions: placed.filter((p) => p.start <= from && p.end >= to).map((p) => p.region) })
  }
  return pieces
}

/** The regions whose passage overlaps `[start, end)` of the text. */
export function regionsOverlapping(placed: readonly PlacedRegion[], start: number, end: number): PageRegion[] {
  return placed.filter((p) => p.start < end && p.end > start).map((p) => p.region)
}

/** A new region: a rectangle of a page linked to `[start, end)` (UTF-16) of a text field. */
export function makeRegion(page: string, rect: PixelRect, field: RegionTextField, text: string, start: number, end: number): PageRegion {
  const anchor = createAnchorFromUtf16(text, start, end)
  const selector: FragmentSelector = { type: 'FragmentSelector', conformsTo: MEDIA_FRAGMENTS, value: formatXywh(rect) }
  return { id: crypto.randomUUID(), page, selector, field, quote: anchor.quote, position: anchor.position, origin: 'user' }
}

/** A region's rectangle in image pixels. */
export const rectOf = (region: PageRegion): PixelRect => parseXywh(region.selector.value) ?? { x: 0, y: 0, w: 1, h: 1 }

/** How a region is named to a screen reader: what it says, shortened. */
export function regionLabel(region: PageRegion, t: Translate): string {
  const exact = region.quote.exact.replace(/\s+/g, ' ').trim()
  const quote = exact.length > 60 ? `${exact.slice(0, 57)}…` : exact
  return t(region.origin === 'ocr' ? 'regions.ocrLineLabel' : 'regions.regionLabel', { quote })
}

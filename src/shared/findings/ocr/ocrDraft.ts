import { createAnchor } from '../../anchoring'
import { MEDIA_FRAGMENTS, formatXywh, type PageRegion, type PixelRect } from '../../model/pages'

/** One line OCR read from a page: its text and where it is, in the page's pixels. */
export interface OcrLine {
  text: string
  bbox: PixelRect
}

/** What OCR of one page adds to a finding: its text appended to the transcription, and a region per line. */
export interface OcrDraft {
  transcription: string
  regions: PageRegion[]
}

/** Between the text already there and a page's OCR text: a blank line, as between pages. */
const PAGE_BREAK = '\n\n'

/**
 * Turns one page's OCR lines into a draft transcription: the lines joined by newlines, after the
 * transcription the finding already has (a page OCR'd earlier, or typed), and each non-blank
 * line kept as a region of the page linked to its own words, so a click on a line shows where
 * it came from. Region ids name the page, the line and where its text starts.
 */
export function ocrDraft(page: string, lines: readonly OcrLine[], existing = ''): OcrDraft {
  const kept = lines.map((line) => ({ ...line, text: line.text.replace(/\s+$/u, '') })).filter((line) => line.text.trim() !== '')
  const before = existing.replace(/\s+$/u, '')
  const prefix = before === '' ? '' : `${before}${PAGE_BREAK}`
  const transcription = prefix + kept.map((line) => line.text).join('\n')
  const regions: PageRegion[] = []
  let offset = Array.from(prefix).length
  kept.forEach((line, i) => {
    const length = Array.from(line.text).length
    const anchor = createAnchor(transcription, offset, offset + length)
    regions.push({
      id: `ocr-${page.slice(0, 12)}-${i}-${offset}`,
      page,
      selector: { type: 'FragmentSelector', conformsTo: MEDIA_FRAGMENTS, value: formatXywh(line.bbox) },
      field: 'transcription',
      quote: anchor.quote,
      position: anchor.position,
      origin: 'ocr',
    })
    offset += length + 1
  })
  return { transcription, regions }
}

import type { OcrLine } from '../../shared/model/ocr'
import { boxToOriginal, type Box, type PageTransform } from './layout'

/** The parts of tesseract.js's page result this module reads. */
export interface TesseractPage {
  blocks: Array<{
    paragraphs: Array<{ lines: Array<{ text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }> }>
  }> | null
}

const HAN = '\\p{Script=Han}'
/** Spaces the recogniser puts between Chinese characters, which Chinese does not write. */
const SPACE_IN_HAN = new RegExp(`(?<=[${HAN}\\p{P}]) +(?=[${HAN}\\p{P}])`, 'gu')
/** Latin punctuation read next to Chinese characters stands for its full-width form. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' }
const LATIN_PUNCTUATION_BY_HAN = new RegExp(`(?<=[${HAN}])[,;:?!()]|[,;:?!()](?=[${HAN}])`, 'gu')

/**
 * Tidies a line the way Chinese is written: no spaces between characters, full-width commas,
 * colons and brackets beside Chinese characters. Latin text (references, numbers) is untouched.
 */
export function tidyChinese(text: string): string {
  return text.replace(SPACE_IN_HAN, '').replace(LATIN_PUNCTUATION_BY_HAN, (mark) => FULL_WIDTH[mark] ?? mark)
}

export interface ReadOptions {
  transform: PageTransform
  /** Where the part read begins in the original image (a crop), if not at its corner. */
  offset?: { x: number; y: number }
  chinese: boolean
}

/** Lines in reading order with boxes in the original image's pixels, and the page's text. */
export function readLines(page: TesseractPage, options: ReadOptions): { lines: OcrLine[]; text: string } {
  const lines: OcrLine[] = []
  const blocks: string[] = []
  for (const block of page.blocks ?? []) {
    const texts: string[] = []
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const raw = line.text.replace(/\s+$/u, '').replace(/^\s+/u, '')
        const text = options.chinese ? tidyChinese(raw) : raw
        if (!text) continue
        const { x0, y0, x1, y1 } = line.bbox
        const box: Box = boxToOriginal({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, options.transform)
        const bbox = { ...box, x: box.x + (options.offset?.x ?? 0), y: box.y + (options.offset?.y ?? 0) }
        lines.push({ text, bbox, confidence: Math.round(Math.max(0, Math.min(100, line.confidence))) / 100 })
        texts.push(text)
      }
    }
    if (texts.length > 0) blocks.push(texts.join('\n'))
  }
  return { lines, text: blocks.join('\n\n') }
}

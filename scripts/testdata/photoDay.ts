/**
 * A generated reading-room day: documents photographed page by page, a few seconds between
 * pages and minutes between documents, each first page stamped with its archival reference; a
 * retaken page here and a shaken one there. The import tests, e2e spec and benchmark read it.
 */
import type { OcrLanguage } from '../../src/shared/model/ocr'
import { randomSource } from '../library/corpus'
import { renderPage } from './pages'
import { PAGE_TEXTS } from './pageTexts'

export interface DayDocument {
  language: OcrLanguage
  pages: number
  /** Stamped at the top of the first page, e.g. `档号 106-00828-01` or `ф. 0102, оп. 12, п. 68, д. 3`. */
  reference?: string
}

export interface DayPhoto {
  name: string
  bytes: Buffer
  /** EXIF time as written. */
  capturedAt: string
  document: number
  kind: 'page' | 'retake' | 'blurred'
}

export interface DayOptions {
  documents: DayDocument[]
  /** Photo size in pixels (default 1200 x 1600; the benchmark uses 3000 x 4000 = 12 MP). */
  width?: number
  height?: number
  seed?: number
  /** Indexes (over all photos) of pages photographed twice in a row. */
  retakes?: number[]
  /** Indexes of pages that come out shaken. */
  blurred?: number[]
  /** First shot, `YYYY-MM-DDTHH:MM:SS`. */
  start?: string
}

/** The day the import tests and e2e spec photograph: references in Chinese and Russian, one document without. */
export const SAMPLE_DOCUMENTS: DayDocument[] = [
  { language: 'zh-Hans', pages: 3, reference: '档号 106-00828-01' },
  { language: 'ru', pages: 2, reference: 'ф. 0102, оп. 12, п. 68, д. 3' },
  { language: 'en', pages: 2 },
]

const exifTime = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, ':')

/** The photos of the day, in shooting order, named as a phone names them. */
export async function photographDay(options: DayOptions): Promise<DayPhoto[]> {
  const random = randomSource(options.seed ?? 7)
  const width = options.width ?? 1200
  const height = options.height ?? 1600
  const sizePt = (10.5 * width) / 3000
  const photos: DayPhoto[] = []
  let clock = Date.parse(`${options.start ?? '1998-04-14T09:30:00'}Z`)
  let index = 0
  for (const [d, document] of options.documents.entries()) {
    if (d > 0) clock += random.int(150, 420) * 1000
    const { font, lines } = PAGE_TEXTS[document.language]
    for (let p = 0; p < document.pages; p++) {
      const body = Array.from({ length: 9 }, (_, i) => lines[(d * 3 + p * 5 + i) % lines.length]!)
      const header = p === 0 && document.reference ? [document.reference, ''] : []
      const shots: DayPhoto['kind'][] = options.retakes?.includes(index) ? ['page', 'retake'] : [options.blurred?.includes(index) ? 'blurred' : 'page']
      for (const kind of shots) {
        if (photos.length > 0) clock += random.int(4, 9) * 1000
        const bytes = await renderPage({
          lines: [...header, ...body],
          font,
          sizePt,
          dpi: 300,
          width,
          height,
          angle: Math.round((random.next() * 3 - 1.5) * 10) / 10,
          noise: 6 + random.int(0, 6),
          seed: random.int(1, 1e9),
          ...(kind === 'blurred' ? { blur: 6 } : {}),
          capturedAt: exifTime(new Date(clock)),
        })
        photos.push({ name: `IMG_${String(4100 + photos.length).padStart(4, '0')}.JPG`, bytes, capturedAt: exifTime(new Date(clock)), document: d, kind })
      }
      index++
    }
  }
  return photos
}

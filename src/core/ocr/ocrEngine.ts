import type * as Tesseract from 'tesseract.js'
import { lazyModule } from '../lazyModule'
import type { Worker } from 'tesseract.js'
import { AppError } from '../../shared/api/errors'
import type { OcrLanguage, OcrResult } from '../../shared/model/ocr'
import type { Box } from './layout'
import { preparePage } from './preparePage'
import { readLines, type TesseractPage } from './readLines'
import { dataNames, missingData, OCR_ENGINE } from './tessdata'

const tesseract = lazyModule<typeof Tesseract>('tesseract.js')

export interface RecognizeOptions {
  languages: readonly OcrLanguage[]
  vertical?: boolean
  /** Read only this part of the image (pixels of the image as shown); boxes stay in the whole image's frame. */
  region?: Box
  signal?: AbortSignal
  /** Progress in the named phase, 0 to 1. */
  onProgress?: (phase: 'preparing' | 'loading' | 'reading', fraction: number) => void
}

/**
 * Tesseract's page segmentation. Archival pages are one column of text whose lines vary in size
 * (headings, stamps, body): mode 4 reads them as such. The fully automatic mode 3 broke noisy
 * Korean pages into fragments (70% of characters wrong, against none in mode 4). Vertical
 * Chinese is one block of columns (mode 5).
 */
const PSM_SINGLE_COLUMN = '4'
const PSM_VERTICAL_BLOCK = '5'

const cancelled = () => new AppError('job.cancelled', 'OCR was cancelled')

/**
 * Offline OCR with tesseract.js: the recogniser (Tesseract compiled to WebAssembly) runs in its
 * own worker thread, loads the language data only from `tessdataDir` (never a URL: tesseract.js
 * falls back to a CDN when no `langPath` is given, so one is always given, and nothing is cached
 * to or read from the working directory), and reads one page at a time. A worker stays loaded
 * for the last set of languages; cancelling ends it, and the next page loads a fresh one.
 */
export function createOcrEngine(options: { tessdataDir: string }) {
  let loaded: { key: string; worker: Promise<Worker> } | undefined
  let listener: ((status: string, progress: number) => void) | undefined
  let queue: Promise<unknown> = Promise.resolve()

  function workerFor(names: string[]): Promise<Worker> {
    const key = names.join('+')
    if (loaded?.key === key) return loaded.worker
    void stopWorker()
    const worker = tesseract().createWorker(names, 1 /* LSTM only */, {
      langPath: options.tessdataDir,
      gzip: true,
      cacheMethod: 'none',
      logger: (message) => listener?.(message.status, message.progress),
      errorHandler: () => undefined,
    })
    loaded = { key, worker }
    worker.catch(() => {
      if (loaded?.worker === worker) loaded = undefined
    })
    return worker
  }

  async function stopWorker(): Promise<void> {
    const current = loaded
    loaded = undefined
    if (current) await current.worker.then((w) => w.terminate()).catch(() => undefined)
  }

  async function run(bytes: Buffer, request: RecognizeOptions): Promise<OcrResult> {
    const started = Date.now()
    const vertical = request.vertical ?? false
    const names = dataNames(request.languages, vertical)
    const missing = missingData(options.tessdataDir, names)
    if (missing.length > 0) throw new AppError('ocr.unavailable', `The OCR language data ${missing.join(', ')} is not installed with the app`)
    const progress = request.onProgress ?? (() => undefined)
    progress('preparing', 0)
    const page = await preparePage(bytes, { vertical, ...(request.region ? { region: request.region } : {}) }).catch((error: Error) => {
      throw new AppError('ocr.unavailable', `The image could not be read: ${error.message}`)
    })
    request.signal?.throwIfAborted()
    progress('loading', 0)
    listener = (status, fraction) => {
      if (status === 'recognizing text') progress('reading', fraction)
      else if (status.startsWith('load')) progress('loading', fraction)
    }
    const worker = await workerFor(names)
    await worker.setParameters({ tessedit_pageseg_mode: (vertical ? PSM_VERTICAL_BLOCK : PSM_SINGLE_COLUMN) as never, user_defined_dpi: '300', debug_file: '/dev/null' })
    const result = await worker.recognize(page.png, {}, { text: false, blocks: true })
    const chinese = request.languages.some((l) => l === 'zh-Hans' || l === 'zh-Hant')
    const { lines, text } = readLines(result.data as TesseractPage, { transform: page.transform, offset: page.offset, chinese })
    const confidence = lines.length === 0 ? 0 : lines.reduce((sum, l) => sum + l.confidence, 0) / lines.length
    return {
      text,
      lines,
      languages: [...request.languages],
      vertical,
      width: page.width,
      height: page.height,
      confidence: Math.round(confidence * 100) / 100,
      engine: OCR_ENGINE,
      ms: Date.now() - started,
    }
  }

  /** Reads one image; pages queue one behind another. Aborting the signal stops the page at once. */
  function recognize(bytes: Buffer, request: RecognizeOptions): Promise<OcrResult> {
    const turn = queue.then(async () => {
      if (request.signal?.aborted) throw cancelled()
      let onAbort: (() => void) | undefined
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => {
          // The only way to stop Tesseract mid-page is to end its thread.
          void stopWorker()
          reject(cancelled())
        }
        request.signal?.addEventListener('abort', onAbort, { once: true })
      })
      try {
        return await Promise.race([run(bytes, request), aborted])
      } catch (error) {
        throw request.signal?.aborted ? cancelled() : error
      } finally {
        listener = undefined
        if (onAbort) request.signal?.removeEventListener('abort', onAbort)
      }
    })
    queue = turn.catch(() => undefined)
    return turn
  }

  return {
    recognize,
    /** Ends the worker thread (the app is closing). */
    close: stopWorker,
  }
}

export type OcrEngine = ReturnType<typeof createOcrEngine>

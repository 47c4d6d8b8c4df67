/**
 * The import's decoding thread: HEIC photos (libheif compiled to WebAssembly) and the page
 * images of scanned PDFs (PDF.js) are decoded here, never on the thread that answers the window.
 * Each request gets raw pixels back, moved (not copied) across the thread boundary.
 */
import { parentPort } from 'node:worker_threads'
import { polyglotProblem } from '../../shared/model/fileChecks'
import { RefusedFile, type DecodeRequest, type DecodeResponse, type RawPage } from './decodeProtocol'

async function decodeHeic(bytes: Uint8Array): Promise<RawPage[]> {
  const decode = (await import('heic-decode')).default
  const image = await decode({ buffer: bytes })
  return [{ width: image.width, height: image.height, channels: 4, data: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength) }]
}

/** PDF.js image kinds: 1 bit grey, 8 bit RGB, 8 bit RGBA. */
const GRAYSCALE_1BPP = 1
const RGB_24BPP = 2

interface PdfImage {
  width: number
  height: number
  kind: number
  data: Uint8Array | Uint8ClampedArray
}

/** A 1-bit image (fax-style scans) as 8-bit grey. */
function unpackBits(image: PdfImage): Uint8Array {
  const rowBytes = Math.ceil(image.width / 8)
  const out = new Uint8Array(image.width * image.height)
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const bit = (image.data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1
      out[y * image.width + x] = bit ? 255 : 0
    }
  }
  return out
}

/** The largest image drawn on each page: a scan's page is one image. Pages without one are left out. */
async function decodePdf(bytes: Uint8Array): Promise<RawPage[]> {
  // Scanning a long PDF for scripts takes a while: here, not on the window's thread.
  const problem = polyglotProblem(bytes, 'pdf')
  if (problem) throw new RefusedFile(problem)
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  const pages: RawPage[] = []
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n)
      const operators = await page.getOperatorList()
      let largest: PdfImage | undefined
      for (let i = 0; i < operators.fnArray.length; i++) {
        if (operators.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue
        const name = (operators.argsArray[i] as [string])[0]
        const image = await new Promise<PdfImage>((resolve) => page.objs.get(name, resolve as (value: unknown) => void))
        if (image?.data && (!largest || image.width * image.height > largest.width * largest.height)) largest = image
      }
      page.cleanup()
      if (!largest) {
        pages.push({ width: 0, height: 0, channels: 1, data: new Uint8Array(0), page: n })
        continue
      }
      const channels = largest.kind === GRAYSCALE_1BPP ? 1 : largest.kind === RGB_24BPP ? 3 : 4
      const data = largest.kind === GRAYSCALE_1BPP ? unpackBits(largest) : new Uint8Array(largest.data.buffer, largest.data.byteOffset, largest.data.byteLength).slice()
      pages.push({ width: largest.width, height: largest.height, channels, data, page: n })
    }
  } finally {
    await document.destroy()
  }
  return pages
}

parentPort?.on('message', async (request: DecodeRequest) => {
  let response: DecodeResponse
  try {
    const pages = request.kind === 'heic' ? await decodeHeic(request.bytes) : await decodePdf(request.bytes)
    response = { id: request.id, ok: true, pages }
    parentPort!.postMessage(response, pages.map((p) => p.data.buffer as ArrayBuffer))
  } catch (error) {
    response = { id: request.id, ok: false, message: (error as Error)?.message ?? String(error), refused: error instanceof RefusedFile }
    parentPort!.postMessage(response)
  }
})

import type { ImportPage, SkippedFile } from '../../shared/model/dayImport'
import { fileKind, KIND_LABELS, polyglotProblem, safeFileName, typeDisagreement } from '../../shared/model/fileChecks'
import { placeAttachmentFile, storeAttachmentFile } from '../attachments/attachmentStore'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import { captureTime } from './captureTime'
import type { Decoder } from './decodeClient'
import { RefusedFile, type RawPage } from './decodeProtocol'
import type { ImportStore } from './importStore'
import { pageFacts, type PageFacts } from './pageFacts'

export interface ImportContext {
  db: Db
  dataDir: string
  clock: Clock
  store: ImportStore
  decoder: Decoder
}

export interface IncomingFile {
  name: string
  bytes: Buffer
  /** The browser's `File.type`, checked against the bytes. */
  declaredType?: string
  /** Modification time in ms since 1970, used when a photo has no EXIF time. */
  lastModified?: number
}

export type FileOutcome = { pages: string[] } | { skipped: SkippedFile }

/** Why a file cannot be read as pages, or undefined when it can. */
function refusal(file: IncomingFile, name: string): string | undefined {
  const kind = fileKind(file.bytes)
  if (!kind) return 'is not a photo (JPEG, PNG, TIFF, WebP, HEIC) or a PDF'
  return typeDisagreement(name, file.declaredType, kind) ?? (kind === 'pdf' ? undefined : polyglotProblem(file.bytes, kind))
}

/** The images a file holds: itself, its decoded HEIC picture, or its PDF pages (decoded in the decoding thread). */
async function imagesOf(file: IncomingFile, decoder: Decoder): Promise<Array<{ image: Buffer | RawPage; label: string }>> {
  const kind = fileKind(file.bytes)
  if (kind === 'heic') return (await decoder.decode('heic', file.bytes)).map((image) => ({ image, label: '' }))
  if (kind !== 'pdf') return [{ image: file.bytes, label: '' }]
  const pages = await decoder.decode('pdf', file.bytes)
  return pages.filter((page) => page.width > 0).map((page) => ({ image: page, label: `, page ${page.page}` }))
}

/**
 * Reads one file into pages of the import: checks it is what it says (and nothing else as
 * well), reads its capture time, decodes it if the viewer cannot show it as it is, and stores
 * each page (content-addressed, not yet part of any finding) with what the review needs. A file
 * that cannot be read is skipped with the reason, never half-imported.
 */
export async function importFile(ctx: ImportContext, sessionId: string, file: IncomingFile): Promise<FileOutcome> {
  const name = safeFileName(file.name)
  const refused = refusal(file, name)
  if (refused) return { skipped: { name, reason: refused } }
  let images: Awaited<ReturnType<typeof imagesOf>>
  try {
    images = await imagesOf(file, ctx.decoder)
  } catch (error) {
    if (error instanceof RefusedFile) return { skipped: { name, reason: error.message } }
    const kind = fileKind(file.bytes)!
    return { skipped: { name, reason: `could not be read as ${KIND_LABELS[kind]}: ${(error as Error).message}` } }
  }
  if (images.length === 0) return { skipped: { name, reason: 'has no page images (a PDF of scans has one image per page)' } }
  const time = await captureTime(file.bytes, file.lastModified)
  const facts: Array<PageFacts & { label: string }> = []
  try {
    for (const { image, label } of images) facts.push({ label, ...(await pageFacts(image)) })
  } catch (error) {
    return { skipped: { name, reason: `could not be read: ${(error as Error).message}` } }
  }
  // The files are written before the transaction, off this thread; storing them then only records them.
  for (const page of facts) await placeAttachmentFile(ctx.dataDir, page.bytes)
  const now = ctx.clock.now().toISOString()
  return ctx.db.transaction(() => {
    const pages: string[] = []
    for (const page of facts) {
      const stored = storeAttachmentFile(ctx.db, ctx.dataDir, page.bytes, now, page.thumbnail)
      if (!stored.ok) throw new Error(`the page of ${name} ${stored.message}`)
      ctx.store.addPage(sessionId, {
        sha256: stored.sha256,
        name: `${name}${page.label}`,
        captured_at: time.at,
        captured_from: time.from,
        width: page.width,
        height: page.height,
        hash: page.hash,
        sharpness: page.sharpness,
      })
      pages.push(stored.sha256)
    }
    return { pages }
  })()
}

/** The session's pages with these hashes, as the review shows them. */
export function pagesOf(store: ImportStore, sessionId: string, hashes: readonly string[]): ImportPage[] {
  const wanted = new Set(hashes)
  return store.pages(sessionId).filter((page) => wanted.has(page.sha256))
}

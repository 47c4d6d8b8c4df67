import { readFile } from 'node:fs/promises'
import type { OcrLanguage } from '../../shared/model/ocr'
import { attachmentPath } from '../attachments/attachmentStore'
import type { Job } from '../jobs'
import type { OcrEngine } from '../ocr/ocrEngine'
import type { ImportStore } from './importStore'
import { referenceOnPage } from './pageReference'

/** The part of a page where archives stamp and write their references: the top quarter. */
const HEADER_SHARE = 0.25

/**
 * Reads the reference on each page of the session by OCR of its top quarter, page by page in
 * the OCR thread, saving each as it is found so the review can regroup while the rest are read.
 * Cancelling stops after the page being read; what was found stays.
 */
export async function readReferences(deps: { store: ImportStore; engine: OcrEngine; dataDir: string }, sessionId: string, languages: OcrLanguage[], job: Job) {
  const pages = deps.store.pages(sessionId)
  let found = 0
  let read = 0
  job.progress('references', 0, pages.length)
  for (const page of pages) {
    if (job.signal.aborted) break
    const bytes = await readFile(attachmentPath(deps.dataDir, page.sha256))
    const result = await deps.engine
      .recognize(bytes, { languages, region: { x: 0, y: 0, w: page.width, h: Math.round(page.height * HEADER_SHARE) }, signal: job.signal })
      .catch((error: unknown) => {
        if (job.signal.aborted) return undefined
        throw error
      })
    if (!result) break
    const reference = referenceOnPage(result.text)
    deps.store.setReference(sessionId, page.sha256, { reference: reference?.reference ?? null, repository_id: reference?.repository_id ?? null, header_text: result.text })
    if (reference) found++
    job.progress('references', ++read, pages.length)
  }
  return { read, found, cancelled: job.signal.aborted }
}

import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import type { Api } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import { attachmentPath } from '../attachments/attachmentStore'
import type { Db } from '../db/types'
import type { Jobs } from '../jobs'
import type { OcrEngine } from './ocrEngine'
import { languageInfo } from './tessdata'

type OcrApi = Pick<Api, 'ocr.recognize' | 'ocr.languages'>

/** Progress is reported in whole percent of each phase. */
const PERCENT = 100

/** Reads stored attachments with the OCR engine, as jobs the page can follow and cancel. */
export function createOcrApi(deps: { db: Db; dataDir: string; tessdataDir: string; engine: OcrEngine; jobs: Jobs }): OcrApi {
  const selectMime = deps.db.prepare<[string], { mime: string }>('SELECT mime FROM attachments WHERE sha256 = ?')

  async function imageBytes(sha256: string): Promise<Buffer> {
    const row = selectMime.get(sha256)
    const path = attachmentPath(deps.dataDir, sha256)
    if (!row || !existsSync(path)) throw new AppError('record.not_found', `No stored file ${sha256}`, 'sha256')
    if (!row.mime.startsWith('image/')) {
      throw new AppError('input.invalid', 'OCR reads images; import the PDF with "Import a day" to turn its pages into images first', 'sha256')
    }
    return readFile(path)
  }

  return {
    'ocr.recognize': async ({ sha256, languages, vertical, job_id }) => {
      const bytes = await imageBytes(sha256)
      return deps.jobs.run(job_id, (job) =>
        deps.engine.recognize(bytes, {
          languages,
          vertical: vertical ?? false,
          signal: job.signal,
          onProgress: (phase, fraction) => job.progress(phase, Math.round(fraction * PERCENT), PERCENT),
        }),
      )
    },
    'ocr.languages': () => languageInfo(deps.tessdataDir),
  }
}

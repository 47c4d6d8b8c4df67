import { z } from 'zod'
import { OcrLanguageInfo, OcrRecognizeInput, OcrResult } from '../../model/ocr'
import { defineMethods } from '../define'

export const ocrMethods = defineMethods({
  /**
   * Reads the text of a stored image (by SHA-256) offline, with line boxes in the image's pixels.
   * Takes seconds: pass `job_id` to follow `job.progress` and to stop it with `jobs.cancel`.
   */
  'ocr.recognize': { input: OcrRecognizeInput, output: OcrResult },
  /** The languages OCR reads, with their names and whether they read columns. */
  'ocr.languages': { input: z.strictObject({}), output: z.array(OcrLanguageInfo) },
})

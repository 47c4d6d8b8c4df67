import { z } from 'zod'

/**
 * The languages the bundled OCR data reads, as BCP 47 tags (the finding model's own codes):
 * simplified and traditional Chinese, Korean, Russian and English.
 */
export const OCR_LANGUAGES = ['zh-Hans', 'zh-Hant', 'ko', 'ru', 'en'] as const
export const OcrLanguage = z.enum(OCR_LANGUAGES)
export type OcrLanguage = z.infer<typeof OcrLanguage>

/** Names people read for each OCR language. */
export const OCR_LANGUAGE_LABELS: Record<OcrLanguage, string> = {
  'zh-Hans': 'Chinese (simplified)',
  'zh-Hant': 'Chinese (traditional)',
  ko: 'Korean',
  ru: 'Russian',
  en: 'English',
}

/** Languages whose data also reads top-to-bottom columns. */
export const VERTICAL_OCR_LANGUAGES: readonly OcrLanguage[] = ['zh-Hans', 'zh-Hant']

/**
 * A rectangle in the pixels of the image as it is shown: after its EXIF orientation is applied,
 * at full size. `x`, `y` is the top-left corner. The same frame as a W3C media fragment `xywh=`.
 */
export const PixelBox = z.object({ x: z.int().nonnegative(), y: z.int().nonnegative(), w: z.int().nonnegative(), h: z.int().nonnegative() })
export type PixelBox = z.infer<typeof PixelBox>

/** One line of recognised text and where it is on the page. */
export const OcrLine = z.object({
  text: z.string(),
  bbox: PixelBox,
  /** The engine's confidence in the line, 0 to 1. */
  confidence: z.number().min(0).max(1),
})
export type OcrLine = z.infer<typeof OcrLine>

/** What OCR read from one image. */
export const OcrResult = z.object({
  /** The page's text, lines joined by newlines, blocks by a blank line. */
  text: z.string(),
  lines: z.array(OcrLine),
  languages: z.array(OcrLanguage),
  vertical: z.boolean(),
  /** Size of the image as shown, the frame of every `bbox`. */
  width: z.int().positive(),
  height: z.int().positive(),
  /** Mean line confidence, 0 to 1 (0 when nothing was read). */
  confidence: z.number().min(0).max(1),
  /** The engine and its language data, so a transcription can say what produced it. */
  engine: z.string(),
  ms: z.int().nonnegative(),
})
export type OcrResult = z.infer<typeof OcrResult>

const JobId = z.string().min(1).max(64)

/** Options every OCR call takes. */
const OcrOptions = {
  /** One to five languages; the first is the main one. */
  languages: z.array(OcrLanguage).min(1).max(OCR_LANGUAGES.length),
  /** Read top-to-bottom columns (Chinese only). */
  vertical: z.boolean().optional(),
  /** Lets the page follow progress (`job.progress`) and cancel (`jobs.cancel`). */
  job_id: JobId.optional(),
}

function verticalNeedsChinese(input: { languages: OcrLanguage[]; vertical?: boolean | undefined }, ctx: z.RefinementCtx): void {
  if (input.vertical && !input.languages.some((l) => VERTICAL_OCR_LANGUAGES.includes(l))) {
    ctx.addIssue({ code: 'custom', path: ['vertical'], message: 'vertical reading needs Chinese (simplified or traditional) among the languages' })
  }
}

/** OCR of a stored attachment (an image; a PDF page is imported as an image first). */
export const OcrRecognizeInput = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), ...OcrOptions }).superRefine(verticalNeedsChinese)
export type OcrRecognizeInput = z.infer<typeof OcrRecognizeInput>

/** One language the app can read, and whether its data is installed. */
export const OcrLanguageInfo = z.object({
  language: OcrLanguage,
  label: z.string(),
  vertical: z.boolean(),
  available: z.boolean(),
})
export type OcrLanguageInfo = z.infer<typeof OcrLanguageInfo>

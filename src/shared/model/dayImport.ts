import { z } from 'zod'
import { OcrLanguage } from './ocr'

/**
 * "Import a day": a folder (or a drop) of reading-room photos and scanned PDFs becomes pages
 * with capture times, thumbnails and quality flags, grouped into proposed documents that the
 * historian corrects before one draft finding is made per document.
 */

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hex')
const SessionId = z.string().regex(/^imp-[0-9a-z-]{6,40}$/, 'must be an import id')
const JobId = z.string().min(1).max(64)

/** One page of an import: a stored image (a photo, or one page of a PDF). */
export const ImportPage = z.object({
  sha256: Sha256,
  /** The file it came from; for a PDF, with the page number ("scan.pdf, page 3"). */
  name: z.string(),
  /** When it was taken (EXIF), else the file's modification time; ISO 8601, null if unknown. */
  captured_at: z.string().nullable(),
  captured_from: z.enum(['exif', 'file', 'none']),
  width: z.int().positive(),
  height: z.int().positive(),
  /** `data:image/jpeg;base64,…`, about 320 px on the long side. */
  thumbnail: z.string(),
  /** 64-bit difference hash (16 hex digits) for spotting near-duplicates. */
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  /** Sharpness: variance of the Laplacian of a 600 px copy; low means blurred. */
  sharpness: z.number().nonnegative(),
  /** Archival reference read on the page by OCR, as written; null until read or if none. */
  reference: z.string().nullable(),
  /** The repository the reference's shape belongs to, when the parser knows it. */
  repository_id: z.string().nullable(),
  /** Whether the top of the page has been read by OCR (for its reference). */
  header_read: z.boolean(),
  /** Order of arrival within the import (files sorted by capture time, then name). */
  position: z.int().nonnegative(),
})
export type ImportPage = z.infer<typeof ImportPage>

/** A file that was not imported, and why (in words). */
export const SkippedFile = z.object({ name: z.string(), reason: z.string() })
export type SkippedFile = z.infer<typeof SkippedFile>

export const ImportSession = z.object({
  id: SessionId,
  created_at: z.string(),
  /** The folder's name, or "dropped files". */
  label: z.string(),
  pages: z.array(ImportPage),
  skipped: z.array(SkippedFile),
})
export type ImportSession = z.infer<typeof ImportSession>

/** Why a page is flagged for a second look before leaving the archive. */
export const PAGE_FLAGS = ['duplicate', 'blurred'] as const
export const PageFlag = z.enum(PAGE_FLAGS)
export type PageFlag = z.infer<typeof PageFlag>

/** A proposed document: pages in order, with the reference read on them, if any. */
export const ProposedDocument = z.object({
  pages: z.array(Sha256),
  reference: z.string().nullable(),
  repository_id: z.string().nullable(),
  /** Why a new document starts here: a gap in time, a new reference, or the first page. */
  starts_because: z.enum(['first', 'time_gap', 'new_reference']),
})
export type ProposedDocument = z.infer<typeof ProposedDocument>

export const ImportProposal = z.object({
  documents: z.array(ProposedDocument),
  /** Flags by page hash; a duplicate names the page it repeats. */
  flags: z.record(Sha256, z.array(z.object({ flag: PageFlag, of: Sha256.optional() }))),
  /** The gap in seconds above which a new document was started. */
  gap_seconds: z.number(),
})
export type ImportProposal = z.infer<typeof ImportProposal>

/** Largest piece of a file one `import.upload` call carries (base64 of 6 MiB fits the 16 MiB body limit). */
export const MAX_UPLOAD_CHUNK = 6 * 1024 * 1024
/** Largest file an import takes: a long scanned PDF. */
export const MAX_IMPORT_FILE = 512 * 1024 * 1024

export const ImportStartInput = z.strictObject({ label: z.string().trim().min(1).max(200).optional() })

/** One piece of one file, in order; the file is read when its last piece arrives. */
export const ImportUploadInput = z.strictObject({
  session_id: SessionId,
  /** Chosen by the page, one per file, e.g. its index in the drop. */
  file_id: z.string().regex(/^[0-9a-zA-Z_-]{1,40}$/),
  name: z.string().trim().min(1, 'must not be blank').max(255),
  /** The browser's idea of the type (`File.type`); checked against the bytes. */
  declared_type: z.string().max(100).optional(),
  /** `File.lastModified`, ms since 1970, used when the photo has no EXIF time. */
  last_modified: z.number().int().nonnegative().optional(),
  offset: z.int().nonnegative(),
  total: z.int().positive().max(MAX_IMPORT_FILE, `must be at most ${MAX_IMPORT_FILE / 1024 / 1024} MB`),
  data_base64: z
    .string()
    .max(Math.ceil(MAX_UPLOAD_CHUNK / 3) * 4, `is larger than the ${MAX_UPLOAD_CHUNK / 1024 / 1024} MB piece size`)
    .refine((text) => text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text), 'must be base64 text'),
})
export type ImportUploadInput = z.infer<typeof ImportUploadInput>

export const ImportUploadResult = z.object({
  received: z.int(),
  /** Set when the file is complete: the pages it gave, or why it was skipped. */
  pages: z.array(ImportPage).optional(),
  skipped: SkippedFile.optional(),
})
export type ImportUploadResult = z.infer<typeof ImportUploadResult>

export const ImportFolderInput = z.strictObject({ session_id: SessionId, job_id: JobId.optional() })

export const ImportReferencesInput = z.strictObject({
  session_id: SessionId,
  /** The languages of the archive's stamps and headings. */
  languages: z.array(OcrLanguage).min(1).max(3),
  job_id: JobId.optional(),
})

/** The historian's grouping, as confirmed in the review screen. */
export const ImportDocumentInput = z.strictObject({
  pages: z.array(Sha256).min(1).max(500),
  reference: z.string().trim().max(500).optional(),
  repository_id: z.string().max(64).optional(),
})

export const ImportCreateInput = z.strictObject({
  session_id: SessionId,
  documents: z.array(ImportDocumentInput).min(1).max(1000),
})
export type ImportCreateInput = z.infer<typeof ImportCreateInput>

export const ImportSessionRef = z.strictObject({ session_id: SessionId })

import { z } from 'zod'
import { fileKind, polyglotProblem, safeFileName } from './fileChecks'

/** Largest file one `attachments.add` accepts: a phone photo or a multi-page scan fits; the HTTP host refuses bodies over 16 MiB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
/** Largest thumbnail: a ~256 px JPEG is a few tens of kilobytes. */
export const MAX_THUMBNAIL_BYTES = 256 * 1024

/** The longest base64 text that decodes to at most `bytes` bytes. */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4

/** The file types a scan or photo of a document may have; anything else is refused. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/tiff', 'application/pdf'] as const
export type AttachmentMime = (typeof ATTACHMENT_TYPES)[number]

const ascii = (bytes: Uint8Array, from: number, text: string): boolean =>
  [...text].every((char, i) => bytes[from + i] === char.charCodeAt(0))
const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b)

/** Accepted types, recognised by their first bytes (the name and the browser's guess are not trusted). */
const ACCEPTED: ReadonlyArray<[AttachmentMime, (bytes: Uint8Array) => boolean]> = [
  ['image/jpeg', (b) => startsWith(b, [0xff, 0xd8, 0xff])],
  ['image/png', (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['image/gif', (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')],
  ['image/webp', (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')],
  ['image/tiff', (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])],
  ['application/pdf', (b) => ascii(b, 0, '%PDF-')],
]

/** Refused types people are likely to drop in, named so the message can say what the file is. */
const REFUSED: ReadonlyArray<[string, (bytes: Uint8Array) => boolean]> = [
  ['a ZIP archive (or a Word/Excel file)', (b) => ascii(b, 0, 'PK\u0003\u0004')],
  ['a HEIC/HEIF photo (convert it to JPEG first)', (b) => ascii(b, 4, 'ftyphei') || ascii(b, 4, 'ftypmif1')],
  ['a BMP image', (b) => ascii(b, 0, 'BM')],
  ['a Windows program', (b) => ascii(b, 0, 'MZ')],
  ['an HTML or XML document', (b) => /^\s*</.test(String.fromCharCode(...b.slice(0, 16)))],
]

export type SniffResult = { ok: true; mime: AttachmentMime } | { ok: false; message: string }

/**
 * A thumbnail is kept only if it is what it claims, a small JPEG and nothing else: thumbnails are
 * shown as `data:image/jpeg` URLs, so anything else (a page's own upload, or a sync file's) is dropped.
 */
export function isSafeThumbnail(bytes: Uint8Array): boolean {
  return bytes.length > 0 && bytes.length <= MAX_THUMBNAIL_BYTES && fileKind(bytes) === 'jpeg' && polyglotProblem(bytes, 'jpeg') === undefined
}

/** Tells the file type from its magic bytes; a refusal names the type found and the accepted ones. */
export function sniffAttachmentType(bytes: Uint8Array): SniffResult {
  const accepted = ACCEPTED.find(([, test]) => test(bytes))
  if (accepted) return { ok: true, mime: accepted[0] }
  const known = REFUSED.find(([, test]) => test(bytes))?.[0] ?? 'a file of unknown type'
  return { ok: false, message: `is ${known}; attach a JPEG, PNG, GIF, WebP, TIFF or PDF` }
}

const SHA256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hex')
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** Base64 text of at most `bytes` bytes, with an error that states the limit in megabytes. */
function base64Of(bytes: number, what: string) {
  return z
    .string()
    .max(base64Length(bytes), `${what} is larger than the limit of ${(bytes / 1024 / 1024).toFixed(bytes >= 1024 * 1024 ? 0 : 2)} MB`)
    .refine((text) => text.length % 4 === 0 && BASE64.test(text), 'must be base64 text')
}

/** A file to store: its name as it was on disk (for display only; direction controls and control characters are dropped) and bytes. */
export const AttachmentStoreInput = z.strictObject({
  name: z.string().trim().min(1, 'must not be blank').max(255).transform(safeFileName),
  data_base64: base64Of(MAX_ATTACHMENT_BYTES, 'the file'),
  /** A JPEG preview made by the page (images only). */
  thumbnail_base64: base64Of(MAX_THUMBNAIL_BYTES, 'the thumbnail').optional(),
})
export type AttachmentStoreInput = z.infer<typeof AttachmentStoreInput>

/** A file to store and make the last page of a finding. */
export const AttachmentAddInput = AttachmentStoreInput.extend({ finding_id: z.string().min(1).max(64) })
export type AttachmentAddInput = z.infer<typeof AttachmentAddInput>

/** One file attached to a finding, without its bytes. */
export const AttachmentInfo = z.object({
  sha256: SHA256,
  name: z.string(),
  mime: z.enum(ATTACHMENT_TYPES),
  bytes: z.int().nonnegative(),
  created_at: z.string(),
  /** `data:image/jpeg;base64,…`, or null for a PDF or when the page made none. */
  thumbnail: z.string().nullable(),
})
export type AttachmentInfo = z.infer<typeof AttachmentInfo>

export const AttachmentKey = z.strictObject({ finding_id: z.string().min(1).max(64), sha256: SHA256 })
/** `shown`: the file as a page can draw it (a TIFF scan, which browsers cannot, as a JPEG); else its bytes as stored. */
export const AttachmentGetInput = z.strictObject({ sha256: SHA256, shown: z.boolean().optional() })

/** A stored file, whatever it is called in the findings it belongs to. */
export const StoredFile = AttachmentInfo.omit({ name: true })
export type StoredFile = z.infer<typeof StoredFile>

/** Files by hash, e.g. the pages of an edit not saved yet. */
export const AttachmentShas = z.strictObject({ sha256: z.array(SHA256).max(500) })

/** A file that was one of a finding's pages and was removed: it can be put back. */
export const RemovedAttachment = AttachmentInfo.extend({
  /** When it was removed (ISO 8601 UTC). */
  removed_at: z.string(),
})
export type RemovedAttachment = z.infer<typeof RemovedAttachment>

import { z } from 'zod'
import { AttachmentAddInput, AttachmentGetInput, AttachmentInfo, AttachmentKey, AttachmentShas, AttachmentStoreInput, RemovedAttachment, StoredFile } from '../../model/attachment'
import { defineMethods } from '../define'

export const attachmentMethods = defineMethods({
  /**
   * Attaches a photo or scan (JPEG, PNG, GIF, WebP, TIFF or PDF, at most 10 MB) to a finding.
   * Stored once by SHA-256, however many findings attach it.
   */
  'attachments.add': { input: AttachmentAddInput, output: AttachmentInfo, mutates: true },
  /** The files attached to a finding, oldest first, with their thumbnails. */
  'attachments.list': { input: z.strictObject({ finding_id: z.string().min(1).max(64) }), output: z.array(AttachmentInfo) },
  /** One stored file as a data URL, for the full-size viewer (`shown`) or to save as it is. */
  'attachments.get': { input: AttachmentGetInput, output: z.object({ mime: z.string(), data_url: z.string() }) },
  /** Detaches a file from a finding; the file itself goes once no finding uses it. */
  'attachments.remove': { input: AttachmentKey, output: z.object({ removed: z.boolean() }), mutates: true },
  /**
   * Stores a file without making it a page of anything yet: the editor stores dropped files at
   * once and makes them pages when the edit is saved (`findings.update` with `attachments`).
   */
  'attachments.store': { input: AttachmentStoreInput, output: AttachmentInfo },
  /** What the stored files are (type, size, thumbnail), by hash; files not stored here are left out. */
  'attachments.files': { input: AttachmentShas, output: z.array(StoredFile) },
  /** The files that were pages of a finding and were removed, latest first: they can be put back. */
  'attachments.removed': { input: z.strictObject({ finding_id: z.string().min(1).max(64) }), output: z.array(RemovedAttachment) },
})

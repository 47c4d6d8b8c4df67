import { z } from 'zod'
import { AttachmentAddInput, AttachmentInfo, AttachmentKey, AttachmentSha } from '../../model/attachment'
import { defineMethods } from '../define'

export const attachmentMethods = defineMethods({
  /**
   * Attaches a photo or scan (JPEG, PNG, GIF, WebP, TIFF or PDF, at most 10 MB) to a finding.
   * Stored once by SHA-256, however many findings attach it.
   */
  'attachments.add': { input: AttachmentAddInput, output: AttachmentInfo, mutates: true },
  /** The files attached to a finding, oldest first, with their thumbnails. */
  'attachments.list': { input: z.strictObject({ finding_id: z.string().min(1).max(64) }), output: z.array(AttachmentInfo) },
  /** One stored file as a data URL, for the full-size viewer. */
  'attachments.get': { input: AttachmentSha, output: z.object({ mime: z.string(), data_url: z.string() }) },
  /** Detaches a file from a finding; the file itself goes once no finding uses it. */
  'attachments.remove': { input: AttachmentKey, output: z.object({ removed: z.boolean() }), mutates: true },
  /** Attaches again a file this library already holds (undo of a removal), under its name. */
  'attachments.relink': {
    input: AttachmentKey.extend({ name: z.string().trim().min(1).max(255) }),
    output: AttachmentInfo,
    mutates: true,
  },
})

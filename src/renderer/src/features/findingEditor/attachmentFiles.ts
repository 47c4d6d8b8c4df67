import { MAX_ATTACHMENT_BYTES, sniffAttachmentType } from '../../../../shared/model/attachment'
import { translate } from '../../i18n'

/** A file read from disk, ready for `attachments.store`. */
export interface ReadyFile {
  name: string
  data_base64: string
  thumbnail_base64?: string
  /** What to show in the editor meanwhile: the thumbnail, or null for a PDF/TIFF. */
  preview: string | null
}

/** Longest side of a thumbnail, in pixels. */
const THUMBNAIL_SIZE = 256
/** Images the browser can decode for a thumbnail (TIFF and PDF get none). */
const THUMBNAILABLE = ['image/jpeg', 'image/png', 'image/gif', 'image/webp']

function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error(translate('attachments.unreadable')))
    reader.readAsDataURL(file)
  })
}

const base64Of = (dataUrl: string): string => dataUrl.slice(dataUrl.indexOf(',') + 1)

/** A ~256 px JPEG of an image, drawn on a canvas in the page (the core never decodes images). */
async function thumbnailOf(file: Blob): Promise<string | undefined> {
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, THUMBNAIL_SIZE / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(bitmap.width * scale))
    canvas.height = Math.max(1, Math.round(bitmap.height * scale))
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    bitmap.close()
    return canvas.toDataURL('image/jpeg', 0.8)
  } catch {
    return undefined // An image the browser cannot decode still attaches, just without a preview.
  }
}

/**
 * Reads a file for attaching, refusing here (with the same rules as the core) what the core
 * would refuse, so the researcher hears at once that a HEIC photo or a 40 MB scan will not do.
 */
export async function readAttachment(file: File): Promise<ReadyFile> {
  if (file.size > MAX_ATTACHMENT_BYTES) {
    throw new Error(translate('attachments.tooLarge', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1) }))
  }
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer())
  const type = sniffAttachmentType(head)
  if (!type.ok) throw new Error(`“${file.name}” ${type.message}`)
  const data_base64 = base64Of(await readDataUrl(file))
  const thumbnail = THUMBNAILABLE.includes(type.mime) ? await thumbnailOf(file) : undefined
  return {
    name: file.name,
    data_base64,
    ...(thumbnail ? { thumbnail_base64: base64Of(thumbnail) } : {}),
    preview: thumbnail ?? null,
  }
}

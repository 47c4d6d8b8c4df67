import type { Sharp } from 'sharp'
import { isSafeThumbnail, type AttachmentMime } from '../../shared/model/attachment'
import type { Db } from '../db/types'
import { sharp } from '../images/sharp'
import { MAX_INPUT_PIXELS } from '../ocr/preparePage'

/** Long side of a page's thumbnail, as the review, the page list and the detail pane show it. */
const THUMBNAIL_SIZE = 320

/** Types a thumbnail is made of here; a PDF is not drawn. */
const DRAWN: ReadonlySet<AttachmentMime> = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/tiff'])

/**
 * A TIFF scan as a JPEG the viewer can draw (browsers draw no TIFF), upright by its orientation;
 * the file stays as stored, for OCR and for saving.
 */
export function shownAsJpeg(path: string): Promise<Buffer> {
  return sharp(path, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate().jpeg({ quality: 90 }).toBuffer()
}

/** A page's thumbnail: a JPEG of at most 320 px a side, upright by its EXIF orientation where `image` is. */
export function thumbnailOf(image: Sharp): Promise<Buffer> {
  return image.resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 72 }).toBuffer()
}

interface FileWithoutThumbnail {
  sha256: string
  mime: AttachmentMime
  /** Where its bytes are. */
  path: string
}

/**
 * Makes and keeps the thumbnails of stored images that have none: pages that came by sync (a
 * sync file carries the files, not their thumbnails), through the CLI or the API, and TIFF scans
 * the page could not draw one of. Kept in the file's row as the cache it is (never an op, never
 * synced); a file that cannot be read keeps none and still lists by name. Returns the new ones.
 */
export async function makeMissingThumbnails(db: Db, files: readonly FileWithoutThumbnail[]): Promise<Map<string, Buffer>> {
  const keep = db.prepare<[Buffer, string]>('UPDATE attachments SET thumbnail = ? WHERE sha256 = ? AND thumbnail IS NULL')
  const made = new Map<string, Buffer>()
  await Promise.all(
    files
      .filter((file) => DRAWN.has(file.mime))
      .map(async (file) => {
        const image = sharp(file.path, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate()
        const thumbnail = await thumbnailOf(image).catch(() => undefined)
        if (!thumbnail || !isSafeThumbnail(thumbnail)) return
        keep.run(thumbnail, file.sha256)
        made.set(file.sha256, thumbnail)
      }),
  )
  return made
}

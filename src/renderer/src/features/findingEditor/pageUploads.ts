import { MAX_ATTACHMENT_BYTES, type StoredFile } from '../../../../shared/model/attachment'
import { fileKind } from '../../../../shared/model/fileChecks'
import type { PageRef } from '../../../../shared/model/pages'
import { call } from '../../api/client'
import { readableCoreMessage } from '../../i18n/errorText'
import { uploadFile } from '../dayImport/uploadFile'
import { readAttachment } from './attachmentFiles'

/** What adding one file gave: its pages, and the stored file when the page already knows it (for its thumbnail). */
export interface AddedPages {
  pages: PageRef[]
  stored?: StoredFile
}

/**
 * Whether the host must turn this file into pages the viewer can show: a TIFF scan or a HEIC
 * phone photo (the page can neither draw nor thumbnail them), or a photo over the attachment
 * limit. PDFs are kept as they are: a PDF with text would lose it as page images.
 */
function needsConverting(head: Uint8Array, size: number): boolean {
  const kind = fileKind(head)
  return kind === 'tiff' || kind === 'heic' || (kind !== undefined && kind !== 'pdf' && size > MAX_ATTACHMENT_BYTES)
}

/**
 * Reads one file through the host's import of photos (decoded, converted to JPEG, thumbnailed,
 * checked and stored as Import a day does), in a throwaway import that is discarded at once:
 * the stored pages stay, ready to be part of the finding when it is saved.
 */
async function convertedPages(file: File): Promise<PageRef[]> {
  const { session_id } = await call('import.start', { label: file.name })
  try {
    const answer = await uploadFile(session_id, 'page', file, () => false)
    if (answer?.skipped) throw new Error(`“${answer.skipped.name}” ${readableCoreMessage(answer.skipped.reason)}`)
    return (answer?.pages ?? []).map((page) => ({ sha256: page.sha256, name: page.name }))
  } finally {
    await call('import.discard', { session_id })
  }
}

/** Stores one chosen or dropped file as pages of the finding being edited. */
export async function storePageFile(file: File): Promise<AddedPages> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer())
  if (needsConverting(head, file.size)) return { pages: await convertedPages(file) }
  const { preview: _preview, ...upload } = await readAttachment(file)
  const stored = await call('attachments.store', upload)
  return { pages: [{ sha256: stored.sha256, name: stored.name }], stored }
}

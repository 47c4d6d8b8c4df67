import { MAX_UPLOAD_CHUNK, type ImportUploadInput, type ImportUploadResult } from '../../../../shared/model/dayImport'
import { bridge } from '../../api/bridge'
import { call, valueOf } from '../../api/client'
import { readFileBase64 } from '../exports/files'

/**
 * Bytes of a file one call carries, well under the host's limit: where the page itself sends a
 * piece (the desktop app), its work on it (text, encoding, handing it over) is one task on the
 * thread that draws the page, about 55 ms a 3 MB photo in a browser; 1 MiB pieces keep it short.
 */
const PIECE = Math.min(MAX_UPLOAD_CHUNK, 1024 * 1024)

/** One piece, sent by the host bridge's worker where it has one, else encoded here. */
async function sendPiece(input: Omit<ImportUploadInput, 'data_base64'>, piece: Blob): Promise<ImportUploadResult> {
  if (bridge.upload) return valueOf<'import.upload'>(await bridge.upload('import.upload', input, piece))
  return call('import.upload', { ...input, data_base64: await readFileBase64(piece) })
}

/**
 * Sends one file to an import in pieces (each under the host's body limit), read by the
 * browser's own reader; the host reads it once the last piece is in. Returns the host's answer
 * to the last piece (the pages the file gave, or why it was skipped), or nothing when stopped.
 */
export async function uploadFile(sessionId: string, fileId: string, file: File, stop: () => boolean): Promise<ImportUploadResult | undefined> {
  for (let offset = 0; offset < file.size || offset === 0; offset += PIECE) {
    if (stop()) return undefined
    const answer = await sendPiece(
      {
        session_id: sessionId,
        file_id: fileId,
        name: file.name,
        ...(file.type ? { declared_type: file.type } : {}),
        ...(file.lastModified ? { last_modified: file.lastModified } : {}),
        offset,
        total: Math.max(1, file.size),
      },
      file.slice(offset, offset + PIECE),
    )
    if (answer.pages || answer.skipped) return answer
  }
  return undefined
}

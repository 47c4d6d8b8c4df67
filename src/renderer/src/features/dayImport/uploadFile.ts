import { MAX_UPLOAD_CHUNK, type ImportUploadResult } from '../../../../shared/model/dayImport'
import { call } from '../../api/client'
import { readFileBase64 } from '../exports/files'

/**
 * Sends one file to an import in pieces (each under the host's body limit), read by the
 * browser's own reader; the host reads it once the last piece is in. Returns the host's answer
 * to the last piece (the pages the file gave, or why it was skipped), or nothing when stopped.
 */
export async function uploadFile(sessionId: string, fileId: string, file: File, stop: () => boolean): Promise<ImportUploadResult | undefined> {
  for (let offset = 0; offset < file.size || offset === 0; offset += MAX_UPLOAD_CHUNK) {
    if (stop()) return undefined
    const data_base64 = await readFileBase64(file.slice(offset, offset + MAX_UPLOAD_CHUNK))
    const answer = await call('import.upload', {
      session_id: sessionId,
      file_id: fileId,
      name: file.name,
      ...(file.type ? { declared_type: file.type } : {}),
      ...(file.lastModified ? { last_modified: file.lastModified } : {}),
      offset,
      total: Math.max(1, file.size),
      data_base64,
    })
    if (answer.pages || answer.skipped) return answer
  }
  return undefined
}

/** Messages between the importer and its decoding thread (decodeWorker.ts). */
export interface DecodeRequest {
  id: number
  kind: 'heic' | 'pdf'
  bytes: Uint8Array
}

/** Raw pixels of one image; `page` is the PDF page it came from (an empty image if it had none). */
export interface RawPage {
  width: number
  height: number
  channels: 1 | 3 | 4
  data: Uint8Array
  page?: number
}

export type DecodeResponse = { id: number; ok: true; pages: RawPage[] } | { id: number; ok: false; message: string; refused: boolean }

/** A file refused for what it holds (not for being unreadable); its message says what, e.g. "contains JavaScript". */
export class RefusedFile extends Error {
  override readonly name = 'RefusedFile'
}

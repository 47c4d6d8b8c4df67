/**
 * The browser host's sender of files' bytes: reads a piece of a file, writes it as base64 in the
 * call's JSON and posts it, all on this worker's thread. On the page's thread the same work was
 * a task of about 55 ms a 3 MB photo (most of it fetch taking in the body), which stalled the
 * page while a day of photos imported.
 */
import { readFileBase64 } from '../features/exports/files'

/** One call: its method, its input without the bytes, and the bytes to send as `data_base64`. */
export interface UploadJob {
  id: number
  token: string
  method: string
  input: Record<string, unknown>
  bytes: Blob
}

/** The host's answer to a call (`{ ok, value | error }`), or why the request itself failed. */
export type UploadReply = { id: number; result: unknown } | { id: number; failed: string }

async function send({ id, token, method, input, bytes }: UploadJob): Promise<UploadReply> {
  try {
    const body = new TextEncoder().encode(JSON.stringify({ ...input, data_base64: await readFileBase64(bytes) }))
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
    const response = await fetch(`/api/${encodeURIComponent(method)}`, { method: 'POST', headers, body })
    return { id, result: await response.json() }
  } catch (error) {
    return { id, failed: error instanceof Error ? error.message : String(error) }
  }
}

addEventListener('message', (event: MessageEvent<UploadJob>) => {
  void send(event.data).then((reply) => postMessage(reply))
})

/**
 * Saving and reading files in the page, the same way in the browser host and in Electron: a Blob
 * download with a suggested name, and reads that never hold the page for a large file.
 */

/** Offers `blob` as a download named `fileName` (the browser's or Electron's save flow). */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started reading the blob by the time this runs; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Base64 characters decoded per step: a multiple of 4, so every step decodes whole bytes. */
const DECODE_STEP = 4 * 256 * 1024

/** The bytes of a base64 text as a Blob, decoded in steps so a large file needs no one huge string. */
export function base64ToBlob(base64: string, type: string): Blob {
  const parts: Uint8Array<ArrayBuffer>[] = []
  for (let start = 0; start < base64.length; start += DECODE_STEP) {
    const binary = atob(base64.slice(start, start + DECODE_STEP))
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    parts.push(bytes)
  }
  return new Blob(parts, { type })
}

/** Bytes read per step: a multiple of 3, so the base64 of the steps joins without padding inside. */
const READ_STEP = 3 * 1024 * 1024

/**
 * A file's bytes as base64, read a slice at a time by the browser's own reader (off the page's
 * thread), reporting the share done after each slice.
 */
export async function readFileBase64(file: Blob, onProgress?: (done: number, total: number) => void): Promise<string> {
  const chunks: string[] = []
  for (let start = 0; start < file.size; start += READ_STEP) {
    const url = await readDataUrl(file.slice(start, start + READ_STEP))
    chunks.push(url.slice(url.indexOf(',') + 1))
    onProgress?.(Math.min(start + READ_STEP, file.size), file.size)
  }
  return chunks.join('')
}

function readDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string)
    reader.onerror = () => reject(new Error(`Could not read the file: ${reader.error?.message ?? 'unknown error'}`))
    reader.readAsDataURL(blob)
  })
}

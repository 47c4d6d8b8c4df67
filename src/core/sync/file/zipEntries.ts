import { unzipSync, zipSync, type UnzipFileInfo, type Zippable } from 'fflate'
import { AppError } from '../../../shared/api/errors'
import type { SyncFileLimits } from './limits'

/** The only entry names a sync file may contain; anything else (`..`, `/etc`, `C:`) is hostile. */
const ALLOWED_PATH = /^(manifest\.json|ops\/[0-9]{6}\.jsonl|attachments\/[0-9a-f]{64})$/

export function packEntries(entries: Map<string, Uint8Array>): Uint8Array {
  // Attachments (already-compressed photos, PDFs) are stored; text is deflated.
  const files: Zippable = {}
  for (const [path, bytes] of entries) files[path] = [bytes, { level: path.startsWith('attachments/') ? 0 : 6 }]
  return zipSync(files, { mtime: new Date('2000-01-01T00:00:00Z') })
}

/**
 * Unzips a sync file only after every entry's name and declared size pass the limits, so a
 * hostile path or a zip bomb is refused before any decompression. fflate inflates into a
 * buffer of the declared size, and the manifest's hashes catch any lie about it afterwards.
 */
export function unpackEntries(zip: Uint8Array, limits: SyncFileLimits): Map<string, Uint8Array> {
  const names = new Set<string>()
  let total = 0
  const check = (file: UnzipFileInfo): boolean => {
    if (!ALLOWED_PATH.test(file.name)) throw invalid(`entry "${file.name.slice(0, 100)}" is not a sync file path`)
    if (names.has(file.name)) throw invalid(`entry "${file.name}" appears twice`)
    names.add(file.name)
    if (names.size > limits.maxEntries) throw invalid(`more than ${limits.maxEntries} entries`)
    if (file.originalSize > limits.maxEntryBytes) throw invalid(`entry "${file.name}" would unpack to ${file.originalSize} bytes, over the limit of ${limits.maxEntryBytes}`)
    total += file.originalSize
    if (total > limits.maxTotalBytes) throw invalid(`the file would unpack to more than ${limits.maxTotalBytes} bytes`)
    return true
  }
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(zip, { filter: check })
  } catch (error) {
    if (error instanceof AppError) throw error
    throw invalid(`not a readable zip archive (${(error as Error).message})`)
  }
  return new Map(Object.entries(files))
}

export function invalid(detail: string): AppError {
  return new AppError('sync.invalid_file', `Sync file refused: ${detail}. Nothing was changed.`)
}

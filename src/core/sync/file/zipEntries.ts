import { constants as zlibConstants, createInflateRaw, inflateRawSync } from 'node:zlib'
import { deflateSync, zipSync, type Zippable } from 'fflate'
import { AppError } from '../../../shared/api/errors'
import { DEFAULT_SYNC_LIMITS, type SyncFileLimits } from './limits'

/** The only entry names a sync file may contain; anything else (`..`, `/etc`, `C:`) is hostile. */
const ALLOWED_PATH = /^(manifest\.json|ops\/[0-9]{6}\.jsonl|attachments\/[0-9a-f]{64})$/

export function packEntries(entries: Map<string, Uint8Array>, limits: SyncFileLimits = DEFAULT_SYNC_LIMITS): Uint8Array {
  const files: Zippable = {}
  for (const [path, bytes] of entries) files[path] = [bytes, { level: levelFor(path, bytes, limits) }]
  return zipSync(files, { mtime: new Date('2000-01-01T00:00:00Z') })
}

const DEFLATE_LEVEL = 6

/**
 * Attachments (already-compressed photos, PDFs) are stored; text is deflated, unless it deflates
 * past the ratio a reader takes for a zip bomb (a transcription of one character repeated a
 * million times does): such an entry is stored as it is, so no peer ever refuses a file we wrote.
 */
function levelFor(path: string, bytes: Uint8Array, limits: SyncFileLimits): 0 | typeof DEFLATE_LEVEL {
  if (path.startsWith('attachments/')) return 0
  if (bytes.length <= limits.ratioFloorBytes) return DEFLATE_LEVEL
  const ratio = bytes.length / Math.max(1, deflateSync(bytes, { level: DEFLATE_LEVEL }).length)
  return ratio > limits.maxRatio ? 0 : DEFLATE_LEVEL
}

/** One entry as the zip's central directory describes it. */
export interface ZipEntry {
  name: string
  compression: number
  compressedSize: number
  originalSize: number
  /** Offset of the entry's local header. */
  offset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/**
 * Lists a sync file's entries from its central directory and checks, before anything is
 * inflated: their number (from the end record, before the directory is read), their names,
 * each declared size and its ratio to the compressed size (zip bombs), and the total.
 */
export function listEntries(zip: Uint8Array, limits: SyncFileLimits): ZipEntry[] {
  const entries = guarded(() => centralDirectory(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength), limits))
  const names = new Set<string>()
  let total = 0
  for (const entry of entries) {
    if (!ALLOWED_PATH.test(entry.name)) throw invalid(`entry "${entry.name.slice(0, 100)}" is not a sync file path`)
    if (names.has(entry.name)) throw invalid(`entry "${entry.name}" appears twice`)
    names.add(entry.name)
    if (entry.originalSize > limits.maxEntryBytes) throw invalid(`entry "${entry.name}" would unpack to ${entry.originalSize} bytes, over the limit of ${limits.maxEntryBytes}`)
    const ratio = entry.originalSize / Math.max(1, entry.compressedSize)
    if (entry.originalSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw invalid(`entry "${entry.name}" would inflate to ${Math.round(ratio).toLocaleString('en-US')} times its compressed size (at most ${limits.maxRatio}): a zip bomb`)
    }
    total += entry.originalSize
    if (total > limits.maxTotalBytes) throw invalid(`the file would unpack to more than ${limits.maxTotalBytes} bytes`)
  }
  return entries
}

/** Inflates one entry, never past its declared size (a lie is cut off here and caught by its hash). */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  return guarded(() => contentOf(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength), entry))
}

/**
 * Compressed bytes handed to the inflater at a time; each piece's output is also bounded by the
 * entry's declared size. Its output comes in 1 MiB buffers: with smaller pieces or buffers the
 * allocator's churn, not live data, drove a 10 MB file's import past 110 MB (docs/benchmarks.md).
 */
const PIECE = 64 * 1024

/**
 * Inflates one entry piece by piece, handing each piece of output to `onChunk` and keeping none:
 * memory stays bounded whatever the entry's size. Output past the declared size is refused.
 */
export function inflateEntryChunks(zip: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  const data = guarded(() => compressedOf(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength), entry))
  if (entry.compression === 0) {
    for (let at = 0; at < data.length; at += PIECE) onChunk(data.subarray(at, at + PIECE))
    return
  }
  const tooLarge = () => invalid(`entry "${entry.name}" unpacks to more than the ${entry.originalSize} bytes its directory declares`)
  // Node's own zlib, fed a piece at a time: each piece's output is refused past the declared
  // size before it is all allocated (maxOutputLength). `_processChunk` closes the native handle
  // after each call, as Node's one-shot functions want; it stays open for the next piece here
  // (the same way minizlib, under npm and tar, streams synchronously).
  const inflater = createInflateRaw({ chunkSize: 1024 * 1024, maxOutputLength: Math.max(1, entry.originalSize) }) as unknown as {
    _processChunk(chunk: Uint8Array, flush: number): Buffer
    _handle: { close(): void } | null
    removeAllListeners(event: string): void
  }
  const handle = inflater._handle!
  const closeHandle = handle.close.bind(handle)
  handle.close = () => undefined
  let produced = 0
  try {
    for (let at = 0; at < data.length || at === 0; at += PIECE) {
      const last = at + PIECE >= data.length
      let out: Buffer
      try {
        out = inflater._processChunk(data.subarray(at, at + PIECE), last ? zlibConstants.Z_FINISH : zlibConstants.Z_SYNC_FLUSH)
        inflater._handle = handle
        // Each call listens for errors anew; drop the finished call's listener.
        inflater.removeAllListeners('error')
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge()
        throw unreadable(`entry "${entry.name}" does not inflate (${(error as Error).message})`)
      }
      produced += out.length
      if (produced > entry.originalSize) throw tooLarge()
      if (out.length > 0) onChunk(bytesOf(out))
      if (last) break
    }
  } finally {
    handle.close = closeHandle
    handle.close()
    inflater._handle = null
  }
}

/** The reads below check their bounds; this only keeps any slip a refusal, never a crash. */
function guarded<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof AppError) throw error
    throw unreadable((error as Error).message)
  }
}

/** Reads the central directory (the end record, then one header per entry); no ZIP64, no comments needed. */
function centralDirectory(zip: Buffer, limits: SyncFileLimits): ZipEntry[] {
  if (zip.length < 22) throw unreadable('too short')
  let end = zip.length - 22
  const earliest = Math.max(0, end - 0xffff)
  while (end >= earliest && zip.readUInt32LE(end) !== EOCD) end--
  if (end < earliest) throw unreadable('no end of central directory')
  const count = zip.readUInt16LE(end + 10)
  if (count > limits.maxEntries) throw invalid(`it has ${count} entries, more than the ${limits.maxEntries} a sync file may have`)
  let at = zip.readUInt32LE(end + 16)
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw unreadable(`central directory entry ${i + 1} is damaged`)
    const nameLength = zip.readUInt16LE(at + 28)
    if (at + 46 + nameLength > zip.length) throw unreadable(`central directory entry ${i + 1} is cut short`)
    entries.push({
      name: zip.toString('latin1', at + 46, at + 46 + nameLength),
      compression: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      originalSize: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
    })
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return entries
}

/** An entry's bytes as stored in the zip (method 0 or 8 only). */
function compressedOf(zip: Buffer, entry: ZipEntry): Uint8Array {
  const header = entry.offset
  if (header + 30 > zip.length || zip.readUInt32LE(header) !== LOCAL) throw unreadable(`entry "${entry.name}" has no local header`)
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28)
  if (start + entry.compressedSize > zip.length) throw unreadable(`entry "${entry.name}" is cut short`)
  if (entry.compression !== 0 && entry.compression !== 8) throw unreadable(`entry "${entry.name}" uses compression method ${entry.compression}`)
  return bytesOf(zip.subarray(start, start + entry.compressedSize))
}

function contentOf(zip: Buffer, entry: ZipEntry): Uint8Array {
  const data = compressedOf(zip, entry)
  if (entry.compression === 0) return data
  try {
    return bytesOf(inflateRawSync(data, { maxOutputLength: Math.max(1, entry.originalSize) }))
  } catch (error) {
    throw unreadable(`entry "${entry.name}" does not inflate (${(error as Error).message})`)
  }
}

/** A plain Uint8Array view (callers compare and hash bytes, not Buffers). */
const bytesOf = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)

const unreadable = (detail: string): AppError => invalid(`not a readable zip archive (${detail})`)

export function invalid(detail: string): AppError {
  return new AppError('sync.invalid_file', `Sync file refused: ${detail}. Nothing was changed.`)
}

/**
 * Checks on files people bring in (photos, scans): what the bytes say the file is, whether that
 * agrees with its name and declared type, whether it is also something else (a polyglot), and a
 * file name safe to show. Pure functions over bytes, shared by the core and its tests.
 */

/** What a file is, by its first bytes. */
export type FileKind = 'jpeg' | 'png' | 'gif' | 'webp' | 'tiff' | 'heic' | 'pdf'

const ascii = (bytes: Uint8Array, from: number, text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (bytes[from + i] !== text.charCodeAt(i)) return false
  return true
}
const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b)

/** HEIF brands of phone photos (HEVC) and their image sequences. */
const HEIF_BRANDS = ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']

const KINDS: ReadonlyArray<[FileKind, (bytes: Uint8Array) => boolean]> = [
  ['jpeg', (b) => startsWith(b, [0xff, 0xd8, 0xff])],
  ['png', (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['gif', (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')],
  ['webp', (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')],
  ['tiff', (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])],
  ['heic', (b) => ascii(b, 4, 'ftyp') && HEIF_BRANDS.some((brand) => ascii(b, 8, brand))],
  ['pdf', (b) => ascii(b, 0, '%PDF-')],
]

export function fileKind(bytes: Uint8Array): FileKind | undefined {
  return KINDS.find(([, test]) => test(bytes))?.[0]
}

/** Names of the kinds, as people call them. */
export const KIND_LABELS: Record<FileKind, string> = {
  jpeg: 'a JPEG image',
  png: 'a PNG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  tiff: 'a TIFF image',
  heic: 'a HEIC photo',
  pdf: 'a PDF',
}

/** File name endings and declared (MIME) types of each kind. */
const EXTENSIONS: Record<FileKind, string[]> = {
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  png: ['png'],
  gif: ['gif'],
  webp: ['webp'],
  tiff: ['tif', 'tiff'],
  heic: ['heic', 'heif', 'hif'],
  pdf: ['pdf'],
}
const MIME_TYPES: Record<FileKind, string[]> = {
  jpeg: ['image/jpeg', 'image/pjpeg'],
  png: ['image/png'],
  gif: ['image/gif'],
  webp: ['image/webp'],
  tiff: ['image/tiff'],
  heic: ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'],
  pdf: ['application/pdf'],
}

const extensionOf = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''

/**
 * Refuses a file whose name or declared type says it is something else than its bytes: a page
 * called `.html` or declared `text/html` that starts like a JPEG is a trap, not a photo. An image
 * named as another image kind (a JPEG saved as `.png`) is only renamed by mistake, and passes.
 */
export function typeDisagreement(name: string, declared: string | undefined, kind: FileKind): string | undefined {
  const extension = extensionOf(name)
  const imageOrPdf = (ext: string) => Object.values(EXTENSIONS).some((list) => list.includes(ext))
  if (extension && !imageOrPdf(extension)) return `is named .${extension} but holds ${KIND_LABELS[kind]}`
  if (kind === 'pdf' && extension && extension !== 'pdf') return `is named .${extension} but is a PDF`
  if (kind !== 'pdf' && extension === 'pdf') return `is named .pdf but holds ${KIND_LABELS[kind]}`
  const type = declared?.split(';')[0]?.trim().toLowerCase()
  if (!type || type === 'application/octet-stream') return undefined
  const known = Object.values(MIME_TYPES).some((list) => list.includes(type))
  if (!known || (kind === 'pdf') !== (type === 'application/pdf')) return `is declared as ${type} but holds ${KIND_LABELS[kind]}`
  return undefined
}

/**
 * Where ASCII `text` starts in bytes[from, to), or -1. The typed array's own (native) search finds
 * each candidate first byte: a byte-by-byte loop in JavaScript cost about 20 ms a photo on the
 * import's main thread.
 */
const indexOf = (bytes: Uint8Array, text: string, from = 0, to = bytes.length): number => {
  const first = text.charCodeAt(0)
  const end = Math.min(to, bytes.length) - text.length
  for (let i = bytes.indexOf(first, Math.max(0, from)); i >= 0 && i <= end; i = bytes.indexOf(first, i + 1)) if (ascii(bytes, i, text)) return i
  return -1
}

/** Markers of another format hidden in an image: an archive (a JAR or ZIP), a web page, a script. */
const HIDDEN_FORMATS: ReadonlyArray<[string, string]> = [
  ['PK\u0003\u0004', 'a ZIP archive'],
  ['PK\u0005\u0006', 'a ZIP archive'],
  ['<script', 'a script'],
  ['<html', 'a web page'],
  ['<!DOCTYPE html', 'a web page'],
  ['<?php', 'a PHP script'],
  ['<svg', 'an SVG drawing'],
]
/** What a PDF of scans never needs and an attack always does. */
const PDF_ACTIONS: ReadonlyArray<[string, string]> = [
  ['/JavaScript', 'JavaScript'],
  ['/JS', 'JavaScript'],
  ['/Launch', 'an action that starts programs'],
  ['/EmbeddedFile', 'embedded files'],
  ['/RichMedia', 'embedded media'],
  ['/XFA', 'an XFA form'],
]

/**
 * Says what else a file is, when it can tell: an image that is also an archive, a web page or a
 * script (a polyglot a browser or unzip would read differently), or a PDF carrying scripts,
 * launch actions or embedded files. Markers are looked for at the start and end of the file,
 * where parsers of other formats look for them, and throughout a PDF.
 */
export function polyglotProblem(bytes: Uint8Array, kind: FileKind): string | undefined {
  return kind === 'pdf' ? pdfActionProblem(bytes) : hiddenFormatProblem(bytes)
}

function hiddenFormatProblem(bytes: Uint8Array): string | undefined {
  const head = 4096
  const tail = Math.max(0, bytes.length - 65_536)
  const near = (marker: string) => indexOf(bytes, marker, 1, head) >= 0 || indexOf(bytes, marker, tail) >= 0
  for (const [marker, what] of HIDDEN_FORMATS) {
    if (near(marker) || (marker.startsWith('<') && near(marker.toUpperCase()))) return `is also ${what}`
  }
  return undefined
}

/** Names in a PDF's objects, outside its streams (whose compressed bytes can hold anything). */
function pdfActionProblem(bytes: Uint8Array): string | undefined {
  let from = 0
  while (from < bytes.length) {
    const stream = indexOf(bytes, 'stream', from)
    const to = stream < 0 ? bytes.length : stream
    for (const [marker, what] of PDF_ACTIONS) {
      for (let at = indexOf(bytes, marker, from, to); at >= 0; at = indexOf(bytes, marker, at + 1, to)) {
        // A name ends at a delimiter: `/JS` must not match `/JSomething`.
        const next = bytes[at + marker.length] ?? 32
        if (!/[A-Za-z0-9]/.test(String.fromCharCode(next))) return `contains ${what}`
      }
    }
    if (stream < 0) break
    const end = indexOf(bytes, 'endstream', stream + 6)
    from = end < 0 ? bytes.length : end + 9
  }
  return undefined
}

/** Controls that change the direction of text (and so what a name seems to say, e.g. `photo\u202Egpj.exe`). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu
/** Other invisible or control characters a file name has no use for. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\uFEFF]/gu

/** A file name safe to show: no direction controls or control characters, no folders, trimmed. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name
  const clean = base.replace(BIDI_CONTROLS, '').replace(CONTROLS, '').trim()
  return clean || 'unnamed file'
}

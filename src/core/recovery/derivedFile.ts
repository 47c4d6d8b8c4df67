import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Clock } from '../clock'

export interface DerivedFileOptions<T> {
  /** Parses the file; throws when it cannot (truncated, corrupted, an old format). */
  parse: (bytes: Buffer) => T
  /** Builds the value afresh from the library, the source of truth. */
  rebuild: () => T
  /** Turns a rebuilt value into the file's bytes. */
  serialize: (value: T) => Uint8Array
  clock: Clock
}

export interface DerivedFileResult<T> {
  value: T
  /** Why it was rebuilt: the file was missing, or unreadable (its copy was kept aside). */
  rebuilt: 'missing' | 'unreadable' | null
  /** Where an unreadable file was moved, for a bug report; it is never read again. */
  setAside?: string
}

/**
 * Loads a file derived from the library (a search index under dataDir/search/, say). Such a
 * file can always be rebuilt, so one the core cannot read must never stop the app from
 * starting: it is moved aside (not deleted) and rebuilt, and the caller says so in its log.
 */
export function loadDerivedFile<T>(path: string, options: DerivedFileOptions<T>): DerivedFileResult<T> {
  if (!existsSync(path)) return { value: rebuildInto(path, options), rebuilt: 'missing' }
  try {
    return { value: options.parse(readFileSync(path)), rebuilt: null }
  } catch {
    const setAside = `${path}.unreadable-${options.clock.now().toISOString().replace(/[:.]/g, '-')}`
    renameSync(path, setAside)
    return { value: rebuildInto(path, options), rebuilt: 'unreadable', setAside }
  }
}

/**
 * Writes through a synced temporary file and a rename, so a crash leaves the old file or the new
 * one. The file is readable by its owner only (it lives in the library folder).
 */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const temporary = `${path}.${process.pid}.tmp`
  const fd = openSync(temporary, 'w', 0o600)
  try {
    writeSync(fd, bytes)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, path)
}

function rebuildInto<T>(path: string, options: DerivedFileOptions<T>): T {
  const value = options.rebuild()
  writeFileAtomically(path, options.serialize(value))
  return value
}

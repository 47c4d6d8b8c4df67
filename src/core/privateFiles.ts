import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'

/**
 * The library folder holds finding text in several files (database, search index, backups),
 * so it and everything in it is readable by its owner only: folders 0700, files 0600. Windows
 * ignores these modes; its folders under %APPDATA% are private to the user already.
 */
export function ensurePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 })
  tighten(path, 0o700)
}

/** Creates an empty file readable by its owner only (SQLite gives its -wal and -shm the same mode), or tightens an existing one. */
export function ensurePrivateFile(path: string): void {
  if (existsSync(path)) tighten(path, 0o600)
  else writeFileSync(path, '', { mode: 0o600, flag: 'wx' })
}

/** A folder or file someone else owns cannot be changed; opening it then says what is wrong. */
function tighten(path: string, mode: number): void {
  try {
    chmodSync(path, mode)
  } catch {
    // Not ours to change (or a read-only disk): leave it.
  }
}

/** A SQLite database file made private (created empty when missing), with its -wal and -shm if present. */
export function ensurePrivateDatabase(path: string): void {
  ensurePrivateFile(path)
  for (const suffix of ['-wal', '-shm']) if (existsSync(`${path}${suffix}`)) tighten(`${path}${suffix}`, 0o600)
}

import { createHash } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/api/errors'
import { isMemberFolderName, LEFT_MARKER, parseSnapshotName, parseTeamFileName, snapshotFileName, teamFileName } from './folderNames'

/** A file another member wrote into the folder, as found on disk. */
export interface FolderFile {
  member: string
  seq: number
  conflictedCopy: boolean
  /** `member/name`, the key this library remembers it by. */
  path: string
  size: number
  mtimeMs: number
}

/** The team folder, or a clear error when it cannot be reached (a drive offline, a stick unplugged). */
export function reachableFolder(dir: string): string {
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() !== true) {
    throw new AppError(
      'team.folder_unavailable',
      `The team folder ${dir} cannot be reached: is the network drive connected or the USB stick plugged in? Nothing was changed.`,
      undefined,
      { reason: 'team.unreachable', values: { dir } },
    )
  }
  return dir
}

/** Every other member's sync file in the folder, in the order to import them: member, number, originals first. */
export function othersFiles(dir: string, self: string): FolderFile[] {
  const files: FolderFile[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === self || !isMemberFolderName(entry.name)) continue
    for (const name of readdirSync(join(dir, entry.name))) {
      const parsed = parseTeamFileName(name)
      if (!parsed) continue
      const stat = statSync(join(dir, entry.name, name), { throwIfNoEntry: false })
      if (!stat?.isFile()) continue
      files.push({ member: entry.name, ...parsed, path: `${entry.name}/${name}`, size: stat.size, mtimeMs: stat.mtimeMs })
    }
  }
  const order = (f: FolderFile) => [f.member, String(f.seq).padStart(9, '0'), f.conflictedCopy ? '1' : '0', f.path].join('\u0000')
  return files.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
}

export function readFolderFile(dir: string, file: Pick<FolderFile, 'path'>): { bytes: Buffer; sha256: string } {
  const bytes = readFileSync(join(dir, file.path))
  return { bytes, sha256: sha256Hex(bytes) }
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/**
 * Writes this device's next file under a name no file has had yet, through a hidden temporary
 * name and a rename, so no member ever reads it half-written. Returns its name and number.
 */
export function writeOwnFile(dir: string, self: string, after: number, bytes: Uint8Array): { seq: number; file: string } {
  const own = join(dir, self)
  mkdirSync(own, { recursive: true })
  const onDisk = readdirSync(own).map((name) => parseTeamFileName(name)?.seq ?? 0)
  let seq = Math.max(after, ...onDisk) + 1
  while (existsSync(join(own, teamFileName(seq)))) seq++
  const file = teamFileName(seq)
  writeThroughTemporary(own, file, bytes)
  return { seq, file }
}

/**
 * Writes `name` in `folder` under a hidden temporary name, flushed to the medium before the
 * rename: on a USB stick pulled out early, a file renamed before its bytes reached the stick
 * would stand there cut off under its final name.
 */
function writeThroughTemporary(folder: string, name: string, bytes: Uint8Array): void {
  const temporary = join(folder, `.${name}.tmp`)
  const fd = openSync(temporary, 'w')
  try {
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, join(folder, name))
}

/**
 * Whether one of this device's files is still in the folder as it was written: not deleted, and
 * not cut off or damaged on the medium (its size, when known, is the one written).
 */
export function ownFileIntact(dir: string, self: string, file: string, size: number | null): boolean {
  const stat = statSync(join(dir, self, file), { throwIfNoEntry: false })
  return stat !== undefined && (size === null || stat.size === size)
}

/** A snapshot file in the folder (any member's, this device's own too). */
export interface FolderSnapshot {
  member: string
  seq: number
  path: string
  size: number
  mtimeMs: number
}

export function snapshotsIn(dir: string): FolderSnapshot[] {
  const found: FolderSnapshot[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !isMemberFolderName(entry.name)) continue
    for (const name of readdirSync(join(dir, entry.name))) {
      const seq = parseSnapshotName(name)
      const stat = seq === undefined ? undefined : statSync(join(dir, entry.name, name), { throwIfNoEntry: false })
      if (seq !== undefined && stat?.isFile()) found.push({ member: entry.name, seq, path: `${entry.name}/${name}`, size: stat.size, mtimeMs: stat.mtimeMs })
    }
  }
  return found
}

/** Writes this device's next snapshot, through a hidden temporary name and a rename. */
export function writeOwnSnapshot(dir: string, self: string, bytes: Uint8Array): string {
  const own = join(dir, self)
  mkdirSync(own, { recursive: true })
  const seq = Math.max(0, ...readdirSync(own).map((name) => parseSnapshotName(name) ?? 0)) + 1
  const file = snapshotFileName(seq)
  writeThroughTemporary(own, file, bytes)
  return `${self}/${file}`
}

/** Deletes one of this device's own files (never another member's). */
export function deleteOwn(dir: string, self: string, path: string): void {
  if (!path.startsWith(`${self}/`)) throw new Error(`refusing to delete ${path}: not this device's file`)
  rmSync(join(dir, path), { force: true })
}

/** Members that ran `team leave`: their folder holds the marker. */
export const hasLeft = (dir: string, member: string): boolean => existsSync(join(dir, member, LEFT_MARKER))

/** Joining again: this device syncs once more, so its marker goes. */
export const unmarkLeft = (dir: string, self: string): void => rmSync(join(dir, self, LEFT_MARKER), { force: true })

export function markLeft(dir: string, self: string, at: string): void {
  mkdirSync(join(dir, self), { recursive: true })
  writeFileSync(join(dir, self, LEFT_MARKER), `${at}\n`)
}

/**
 * What the files in a team folder are, judged by name alone. Folder tools leave their own files
 * beside ours while they copy (Syncthing `.syncthing.NAME.tmp` / `~syncthing~NAME.tmp`, Dropbox
 * and Google Drive in-progress names, Resilio `.!sync`), and make "conflicted copies" when two
 * machines changed one file. Only `NNNNNN.rrsync` and conflicted copies of it are sync files.
 */

/** A member's file in the folder: its sequence number, and whether it is a folder tool's copy of it. */
export interface TeamFileName {
  seq: number
  conflictedCopy: boolean
}

const OWN_FILE = /^(\d{6})\.rrsync$/
// Syncthing: 000003.sync-conflict-20260101-120000-ABCDEFG.rrsync; Dropbox / Nextcloud:
// "000003 (Laptop's conflicted copy 2026-01-01).rrsync"; Google Drive / OneDrive: "000003 (1).rrsync",
// "000003-LAPTOP.rrsync".
const COPY_OF_FILE = /^(\d{6})(?:\.sync-conflict-[\w-]+| \([^)]*\)|-[\w.-]+)\.rrsync$/i

/** The name of this device's file number `seq`. */
export const teamFileName = (seq: number): string => `${String(seq).padStart(6, '0')}.rrsync`

/**
 * A sync file's number, or undefined for anything else: hidden and temporary files (a copy in
 * progress), and names no member writes.
 */
export function parseTeamFileName(name: string): TeamFileName | undefined {
  if (name.startsWith('.') || name.startsWith('~')) return undefined
  const own = OWN_FILE.exec(name)
  if (own) return { seq: Number(own[1]), conflictedCopy: false }
  const copy = COPY_OF_FILE.exec(name)
  if (copy) return { seq: Number(copy[1]), conflictedCopy: true }
  return undefined
}

/**
 * A member's folder is named by its device id; anything else there (a tool's `.stfolder`,
 * `.dropbox.cache`, a stray folder) is not a member.
 */
export const isMemberFolderName = (name: string): boolean => /^[0-9a-zA-Z][0-9a-zA-Z_-]{7,63}$/.test(name)

const SNAPSHOT = /^snapshot-(\d{6})\.rrsync$/

/** The name of a member's snapshot number `seq`: everything it held, as one sync file. */
export const snapshotFileName = (seq: number): string => `snapshot-${String(seq).padStart(6, '0')}.rrsync`

/** A snapshot's number, or undefined for anything else (a folder tool's copy of a snapshot is ignored). */
export function parseSnapshotName(name: string): number | undefined {
  const match = SNAPSHOT.exec(name)
  return match ? Number(match[1]) : undefined
}

/** The file a member that ran `team leave` leaves in its folder: its files then block no pruning. */
export const LEFT_MARKER = 'left'

import { z } from 'zod'

/** One colleague's device seen in the team folder, and how far this library has read it. */
export const TeamMember = z.object({
  device_id: z.string(),
  /** The device's name as its files give it, e.g. `anna@archive-laptop`; null until one of its files has been read. */
  name: z.string().nullable(),
  /** The highest file number imported from it, and when that file was imported here. */
  last_file: z.int().nullable(),
  last_imported_at: z.string().nullable(),
  imported: z.int(),
  /** File numbers below its highest that have not reached this library (yet, or ever). */
  missing: z.array(z.int()),
  /** Files still being copied (partial or not yet complete): tried again at the next sync. */
  incomplete: z.int(),
  /** Files waiting for earlier changes (from this or another member) that have not arrived yet. */
  waiting: z.int(),
})
export type TeamMember = z.infer<typeof TeamMember>

/**
 * Why a team file was refused, as the screen says it in the reader's language: damaged (cut off
 * or corrupted, and unchanged for ten minutes), written by a newer version of the app, not
 * encrypted in an encrypted team, encrypted with another passphrase, or refused by the import's
 * checks for another reason.
 */
export const TEAM_FILE_REFUSALS = ['damaged', 'newerApp', 'notEncrypted', 'otherPassphrase', 'notImportable'] as const
export type TeamFileRefusal = (typeof TEAM_FILE_REFUSALS)[number]

/**
 * A file in the folder this library would not import: its member's name (null when no file of
 * that member could be read), why as a kind (null for files refused before kinds were kept), and
 * the core's English detail, for the command line.
 */
export const RefusedTeamFile = z.object({
  file: z.string(),
  member: z.string().nullable(),
  why: z.enum(TEAM_FILE_REFUSALS).nullable(),
  reason: z.string(),
  at: z.string(),
})
export type RefusedTeamFile = z.infer<typeof RefusedTeamFile>

export const TeamStatus = z.object({
  /** Undefined when this library is in no team. */
  folder: z.object({ dir: z.string(), name: z.string(), joined_at: z.string(), last_sync_at: z.string().nullable() }).nullable(),
  device: z.object({ deviceId: z.string(), deviceName: z.string() }),
  /** This device's own files: how many it wrote, the last one, and its changes not written yet. */
  own: z.object({ files: z.int(), last_file: z.string().nullable(), last_written_at: z.string().nullable(), pending_changes: z.int() }),
  members: z.array(TeamMember),
  /** Snapshots and pruning: the newest snapshot in the folder, own files pruned, and who holds pruning back. */
  compaction: z.object({
    /** The newest snapshot's writer is null when none of its files was read here. */
    snapshot: z.object({ file: z.string(), member: z.string().nullable(), created_at: z.string() }).nullable(),
    pruned: z.int(),
    /** Own files in the folder (the newest always stays). */
    files_in_folder: z.int(),
    /** Members still syncing whose latest file does not yet say they hold this device's oldest file here. */
    held_back_by: z.array(z.string()),
    /** Members that left the team: they hold nothing back. */
    left: z.array(z.string()),
  }),
  /** Whether this library encrypts its team files with a team passphrase (kept in the library folder). */
  encrypted: z.boolean(),
  refused: z.array(RefusedTeamFile),
})
export type TeamStatus = z.infer<typeof TeamStatus>

/** What one sync with the folder did. */
export const TeamSyncResult = z.object({
  /** The file this device wrote, or null when it had no new changes. */
  written: z.object({ file: z.string(), changes: z.int() }).nullable(),
  imported: z.int(),
  /** Conflicted copies of files already imported, recognised and left alone. */
  duplicates: z.int(),
  incomplete: z.int(),
  /** Files left for later: they build on changes that have not reached this library yet. */
  waiting: z.int(),
  refused: z.int(),
  /** Records the imported files created, changed or deleted, and conflicts they opened. */
  created: z.int(),
  updated: z.int(),
  deleted: z.int(),
  conflicts: z.int(),
  /** The snapshot this device wrote (everything it may share, for members joining late), or null. */
  snapshot: z.string().nullable(),
  /** This device's own files it deleted from the folder: held by every member and carried by a snapshot. */
  pruned: z.int(),
})
export type TeamSyncResult = z.infer<typeof TeamSyncResult>

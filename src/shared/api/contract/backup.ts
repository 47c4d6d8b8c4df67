import { z } from 'zod'
import { defineMethods } from '../define'

export const BackupReason = z.enum(['daily', 'pre-import', 'pre-migration', 'pre-restore', 'manual'])
export type BackupReason = z.infer<typeof BackupReason>

/**
 * A backup is named by its file name inside the library's `backups` folder, never by a path:
 * the page can restore only the library's own backups (the CLI accepts any file).
 */
export const BackupName = z
  .string()
  .max(120)
  .regex(/^[a-z-]+-[0-9TZ-]+\.sqlite$/, 'is not the name of a backup in the backups folder')

export const BackupInfo = z.object({
  name: BackupName,
  reason: BackupReason,
  /** ISO time the backup was taken. */
  created_at: z.string(),
  bytes: z.number().int().nonnegative(),
  path: z.string(),
  /** How many attachment files (by SHA-256) the backed-up library references. */
  attachments: z.number().int().nonnegative(),
})
export type BackupInfo = z.infer<typeof BackupInfo>

export const RestoreResult = z.object({
  restored: BackupName.or(z.string()),
  /** The copy of the library as it was just before the restore. */
  pre_restore: z.string().nullable(),
  /** Attachments the restored library references whose files are not in the library folder. */
  missing_attachments: z.array(z.string()),
})
export type RestoreResult = z.infer<typeof RestoreResult>

export const RecoveryStatus = z.object({
  /** Why the library could not be opened; null when it is open and well. */
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
  backups: z.array(BackupInfo),
})
export type RecoveryStatus = z.infer<typeof RecoveryStatus>

const NoInput = z.strictObject({})

/** Backups of the library, and the methods that still answer when the library cannot be opened. */
export const backupMethods = defineMethods({
  /** Takes a backup now (reason "manual"). */
  'backup.create': { input: NoInput, output: BackupInfo, mutates: true },
  /** Every backup in the library's backups folder, newest first. */
  'backup.list': { input: NoInput, output: z.array(BackupInfo) },
  /**
   * Replaces the library with one of its backups, after backing up the current state
   * (reason "pre-restore") and checking that the backup is a readable library this app can open.
   */
  'backup.restore': { input: z.strictObject({ name: BackupName }), output: RestoreResult, mutates: true },
  /** Whether the library opened, and if not why, with the backups that could bring it back. */
  'recovery.status': { input: NoInput, output: RecoveryStatus },
  /** Restores the newest backup that is a readable library; for the recovery screen. */
  'recovery.restoreLatest': { input: NoInput, output: RestoreResult, mutates: true },
})

/** Methods the library session answers itself, so they work while no library is open. */
export const SESSION_METHODS = ['backup.restore', 'recovery.status', 'recovery.restoreLatest'] as const
export type SessionMethod = (typeof SESSION_METHODS)[number]

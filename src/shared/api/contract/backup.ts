import { z } from 'zod'
import { defineMethods } from '../define'

export const BackupReason = z.enum(['daily', 'pre-import', 'pre-team-import', 'pre-migration', 'pre-restore', 'manual'])
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
  /** What the library now holds, for the message after a restore. */
  summary: z
    .object({
      /** When the restored backup was taken, when known. */
      backup_created_at: z.string().nullable(),
      findings: z.number().int().nonnegative(),
      /** Photos and other attachment files the restored library links. */
      attachments: z.number().int().nonnegative(),
    })
    .optional(),
})
export type RestoreResult = z.infer<typeof RestoreResult>

export const RecoveryStatus = z.object({
  /** Why the library could not be opened; null when it is open and well. */
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
  backups: z.array(BackupInfo),
})
export type RecoveryStatus = z.infer<typeof RecoveryStatus>

/** A backup written to a folder of the user's choice (an external drive), attachment files included. */
export const FolderBackup = z.object({
  /** The new backup's own folder, inside the chosen one. */
  path: z.string(),
  created_at: z.string(),
  findings: z.number().int().nonnegative(),
  attachments: z.number().int().nonnegative(),
  /** Attachment files the library links but its folder lacked (left out, counted here). */
  missing_attachments: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
})
export type FolderBackup = z.infer<typeof FolderBackup>

const FolderPath = z.string().trim().min(1, 'Give the folder').max(4096)

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
  /**
   * Asks for a folder with the host's own dialog (the desktop app); `dialog: false` means this
   * window has none (the browser host), and the page asks for the folder's path instead.
   */
  'backup.chooseFolder': {
    input: z.strictObject({ purpose: z.enum(['backup', 'restore']) }),
    output: z.object({ dialog: z.boolean(), folder: z.string().nullable() }),
  },
  /** Backs the library up, photos and other attachment files included, into a new folder inside `folder`. */
  'backup.toFolder': { input: z.strictObject({ folder: FolderPath }), output: FolderBackup, mutates: true },
  /**
   * Replaces the library with a folder backup (from `backup.toFolder`), its attachment files
   * included, after checking all of it and backing up the current state (reason "pre-restore").
   */
  'backup.restoreFolder': { input: z.strictObject({ folder: FolderPath }), output: RestoreResult, mutates: true },
  /** Whether the library opened, and if not why, with the backups that could bring it back. */
  'recovery.status': { input: NoInput, output: RecoveryStatus },
  /** Restores the newest backup that is a readable library; for the recovery screen. */
  'recovery.restoreLatest': { input: NoInput, output: RestoreResult, mutates: true },
})

/** Methods the library session answers itself, so they work while no library is open. */
export const SESSION_METHODS = ['backup.restore', 'recovery.status', 'recovery.restoreLatest', 'backup.restoreFolder'] as const
export type SessionMethod = (typeof SESSION_METHODS)[number]

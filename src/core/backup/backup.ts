import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { BackupInfo, BackupReason } from '../../shared/api/contract/backup'
import { attachmentPath } from '../attachments/attachmentStore'
import type { Clock } from '../clock'
import type { Db } from '../db/types'

export type { BackupReason } from '../../shared/api/contract/backup'

export const BACKUP_DIR = 'backups'

/** How many backups of each kind are kept; the oldest beyond that are removed. */
export const BACKUP_RETENTION: Record<BackupReason, number> = {
  daily: 7,
  'pre-import': 5,
  // At most one an hour (AUTOMATIC_BACKUP_INTERVAL_MS): a kind of their own, so they never rotate out the copies taken before imports by hand.
  'pre-team-import': 5,
  'pre-migration': 3,
  'pre-restore': 3,
  manual: 20,
}

/** `daily-2026-11-29T12-23-41-123Z.sqlite`: the reason, then the ISO time with `:` and `.` as `-`. */
const BACKUP_NAME = /^(daily|pre-import|pre-team-import|pre-migration|pre-restore|manual)-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z\.sqlite$/

/**
 * What a backup records beside itself: the attachment files (by SHA-256) its library references,
 * and its place in the order backups were taken in this folder. The order, not the time in the
 * name, decides which backups are oldest: a laptop whose clock was set back names its newest
 * backup as if it were old.
 */
interface BackupManifest {
  attachments: string[]
  /** 1 for the first backup taken in the folder; absent for backups from before it was kept. */
  sequence?: number
}

export function backupsFolder(dataDir: string): string {
  return join(dataDir, BACKUP_DIR)
}

/**
 * Writes a consistent copy of the library with `VACUUM INTO` (a snapshot even while the WAL
 * holds uncommitted pages of other connections) and prunes old copies of the same kind.
 * Attachment files are not copied: they are content-addressed and never change, so the
 * manifest beside the copy lists the hashes it needs. With `file`, the copy goes there instead.
 */
export function backupDatabase(db: Db, dataDir: string, reason: BackupReason, clock: Clock, file?: string): string {
  if (file) {
    writeVerified(db, file)
    return file
  }
  const backup = prepareBackup(db, dataDir, reason, clock)
  backup.keep()
  return backup.path
}

/** A backup written and checked, guarding work that has not finished yet. */
export interface PendingBackup {
  path: string
  /** The work succeeded: keep the backup, and prune the oldest of its kind. */
  keep(): void
  /** The work failed and changed nothing: the backup equals the library, so it goes (and rotates nothing out). */
  discard(): void
}

/** Writes a verified backup under its final name, without pruning others yet. */
export function prepareBackup(db: Db, dataDir: string, reason: BackupReason, clock: Clock): PendingBackup {
  const target = newBackupPath(dataDir, reason, clock)
  writeManifest(target, { attachments: referencedAttachments(db), sequence: nextSequence(dirname(target)) })
  try {
    writeVerified(db, target)
  } catch (error) {
    rmSync(manifestPath(target), { force: true })
    throw error
  }
  return {
    path: target,
    keep: () => pruneAround(target, reason),
    discard: () => {
      rmSync(target, { force: true })
      rmSync(manifestPath(target), { force: true })
    },
  }
}

/**
 * Copies the library to a temporary name, checks the copy (`quick_check`), and only then gives
 * it its name: a full disk or a crash leaves a `.partial` file (removed at the next start),
 * never a half backup that `backups` would list. Run outside any transaction.
 */
export function writeVerified(db: Db, target: string): void {
  const partial = `${target}${PARTIAL}`
  rmSync(partial, { force: true })
  try {
    db.prepare('VACUUM INTO ?').run(partial)
    chmodSync(partial, 0o600)
    db.prepare("ATTACH DATABASE ? AS backup_check").run(partial)
    try {
      const result = db.pragma('backup_check.quick_check', { simple: true })
      if (result !== 'ok') throw new Error(`the copy at ${partial} failed its check (${String(result)})`)
    } finally {
      db.exec('DETACH DATABASE backup_check')
    }
    renameSync(partial, target)
  } finally {
    rmSync(partial, { force: true })
  }
}

/** Removes what an interrupted backup left: `.partial` copies, and manifests without their backup. */
export function removeBackupLeftovers(dataDir: string): void {
  const dir = backupsFolder(dataDir)
  if (!existsSync(dir)) return
  const names = new Set(readdirSync(dir))
  for (const name of names) {
    const orphanManifest = name.endsWith('.sqlite.json') && !names.has(name.slice(0, -'.json'.length))
    if (name.includes(PARTIAL) || orphanManifest) rmSync(join(dir, name), { force: true })
  }
}

/**
 * Takes the day's `daily` backup unless one already exists for today (UTC); returns its path or
 * null. It uses SQLite's online backup API, which copies 100 pages between turns of the event
 * loop, so a library of a gigabyte does not hold every call for seconds at start-up. The copy
 * goes to a `.partial` file renamed when complete: a launch that quits midway leaves no half
 * backup, and the next launch that day takes it again.
 */
export async function takeDailyBackup(db: Db, dataDir: string, clock: Clock): Promise<string | null> {
  const today = clock.now().toISOString().slice(0, 10)
  const dir = backupsFolder(dataDir)
  if (existsSync(dir) && readdirSync(dir).some((name) => BACKUP_NAME.test(name) && name.startsWith(`daily-${today}T`))) return null
  const target = newBackupPath(dataDir, 'daily', clock)
  const partial = `${target}${PARTIAL}`
  try {
    await backupWhenFree(db, partial)
    chmodSync(partial, 0o600)
    renameSync(partial, target)
  } finally {
    rmSync(partial, { force: true })
  }
  recordBackup(db, target, 'daily')
  return target
}

const PARTIAL = '.partial'

/** Pauses before the daily copy is tried again when another program holds the library: 0.25, 0.5, 1 and 2 s. */
const BUSY_PAUSES_MS = [250, 500, 1000, 2000]

/**
 * SQLite's online backup into `partial`, tried again while the library is locked. When another
 * program holds the library as the copy starts, better-sqlite3 resolves the backup as if it were
 * done and removes the file it had begun: the daily backup then vanished without a word.
 */
async function backupWhenFree(db: Db, partial: string): Promise<void> {
  for (const pause of [...BUSY_PAUSES_MS, undefined]) {
    await db.backup(partial)
    if (existsSync(partial)) return
    if (pause === undefined) break
    await new Promise((resolve) => setTimeout(resolve, pause))
  }
  throw new Error('the library was busy (another program held it); the daily backup is taken at the next start')
}

function newBackupPath(dataDir: string, reason: BackupReason, clock: Clock): string {
  const dir = backupsFolder(dataDir)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  return join(dir, backupName(reason, clock.now()))
}

/** Writes the manifest beside a new backup and prunes the oldest of its kind. */
function recordBackup(db: Db, target: string, reason: BackupReason): void {
  writeManifest(target, { attachments: referencedAttachments(db), sequence: nextSequence(dirname(target)) })
  pruneAround(target, reason)
}

/** Every backup in the backups folder, the last taken first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsFolder(dataDir)
  if (!existsSync(dir)) return []
  return inOrderTaken(dir)
    .reverse()
    .map((backup) => describeBackup(dir, backup))
}

/** The SHA-256 of every attachment file a library references (none before attachments existed). */
export function referencedAttachments(db: Db): string[] {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachments'").get()
  if (!hasTable) return []
  return db.prepare<[], { sha256: string }>('SELECT sha256 FROM attachments ORDER BY sha256').all().map((r) => r.sha256)
}

/** Those of `hashes` whose content-addressed file is not in the library folder. */
export function missingAttachmentFiles(dataDir: string, hashes: readonly string[]): string[] {
  return hashes.filter((sha) => !existsSync(attachmentPath(dataDir, sha)))
}

/** When a backup in the backups folder was taken (from its name), or null for any other file. */
export function backupCreatedAt(path: string): string | null {
  const match = BACKUP_NAME.exec(basename(path))
  if (!match) return null
  const [, , day, hours, minutes, seconds, millis] = match
  return `${day}T${hours}:${minutes}:${seconds}.${millis}Z`
}

export function backupName(reason: BackupReason, time: Date): string {
  return `${reason}-${time.toISOString().replace(/[:.]/g, '-')}.sqlite`
}

function describeBackup(dir: string, { name, manifest }: TakenBackup): BackupInfo {
  const [, reason, day, hours, minutes, seconds, millis] = BACKUP_NAME.exec(name) ?? []
  const path = join(dir, name)
  return {
    name,
    reason: reason as BackupReason,
    created_at: `${day}T${hours}:${minutes}:${seconds}.${millis}Z`,
    bytes: statSync(path).size,
    path,
    attachments: manifest?.attachments.length ?? 0,
  }
}

function manifestPath(backup: string): string {
  return `${backup}.json`
}

function writeManifest(backup: string, manifest: BackupManifest): void {
  writeFileSync(manifestPath(backup), `${JSON.stringify(manifest)}\n`, { mode: 0o600 })
}

function readManifest(backup: string): BackupManifest | undefined {
  try {
    const parsed = JSON.parse(readFileSync(manifestPath(backup), 'utf8')) as Partial<BackupManifest>
    if (!Array.isArray(parsed.attachments)) return undefined
    const sequence = Number.isSafeInteger(parsed.sequence) ? parsed.sequence : undefined
    return { attachments: parsed.attachments.map(String), sequence }
  } catch {
    return undefined
  }
}

/** The number the next backup in this folder takes: one past the highest any manifest holds. */
function nextSequence(dir: string): number {
  return (inOrderTaken(dir).at(-1)?.manifest?.sequence ?? 0) + 1
}

/** A backup in the backups folder with its manifest, read once. */
interface TakenBackup {
  name: string
  manifest?: BackupManifest
}

/**
 * The backups in a folder, the first taken first: by the sequence in their manifests; backups
 * without one were taken before sequences were kept, so they come first, by the time in their names.
 */
function inOrderTaken(dir: string): TakenBackup[] {
  const order = (b: TakenBackup) => b.manifest?.sequence ?? 0
  return readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .map((name) => ({ name, manifest: readManifest(join(dir, name)) }))
    .sort((a, b) => order(a) - order(b) || (backupCreatedAt(a.name) ?? '').localeCompare(backupCreatedAt(b.name) ?? '') || a.name.localeCompare(b.name))
}

/**
 * Keeps the backups of a kind taken last, and always `kept`, the one just written (a manifest
 * that could not be read must not make the newest backup the first to go).
 */
function pruneAround(kept: string, reason: BackupReason): void {
  const dir = dirname(kept)
  const others = inOrderTaken(dir)
    .map((b) => b.name)
    .filter((name) => name.startsWith(`${reason}-`) && name !== basename(kept))
  for (const name of others.slice(0, Math.max(0, others.length - (BACKUP_RETENTION[reason] - 1)))) {
    rmSync(join(dir, name))
    rmSync(manifestPath(join(dir, name)), { force: true })
  }
}

import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Clock } from '../clock'
import type { Db } from '../db/types'

export const BACKUP_DIR = 'backups'

/** How many backups of each kind are kept; the oldest beyond that are removed. */
export const BACKUP_RETENTION: Record<BackupReason, number> = {
  daily: 7,
  'pre-import': 5,
  'pre-migration': 3,
  'pre-restore': 3,
  manual: 20,
}

export type BackupReason = 'daily' | 'pre-import' | 'pre-migration' | 'pre-restore' | 'manual'

/**
 * Writes a consistent copy of the library with `VACUUM INTO` (a snapshot even while the WAL
 * holds uncommitted pages of other connections) and prunes old copies of the same kind.
 */
export function backupDatabase(db: Db, dataDir: string, reason: BackupReason, clock: Clock, file?: string): string {
  const dir = join(dataDir, BACKUP_DIR)
  mkdirSync(dir, { recursive: true })
  const stamp = clock.now().toISOString().replace(/[:.]/g, '-')
  const target = file ?? join(dir, `${reason}-${stamp}.sqlite`)
  rmSync(target, { force: true })
  db.prepare('VACUUM INTO ?').run(target)
  if (!file) prune(dir, reason)
  return target
}

function prune(dir: string, reason: BackupReason): void {
  const ours = readdirSync(dir)
    .filter((name) => name.startsWith(`${reason}-`) && name.endsWith('.sqlite'))
    .sort()
  for (const name of ours.slice(0, Math.max(0, ours.length - BACKUP_RETENTION[reason]))) rmSync(join(dir, name))
}

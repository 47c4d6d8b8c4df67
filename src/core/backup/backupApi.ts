import type { CoreApi } from '../../shared/api/contract'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import { backupDatabase, listBackups, takeDailyBackup } from './backup'

/** The backup methods an open library answers (restoring is the library session's job). */
export function createBackupApi(db: Db, dataDir: string, clock: Clock): Pick<CoreApi, 'backup.create' | 'backup.list'> {
  return {
    'backup.create': () => {
      const path = backupDatabase(db, dataDir, 'manual', clock)
      return listBackups(dataDir).find((info) => info.path === path)!
    },
    'backup.list': () => listBackups(dataDir),
  }
}

/**
 * The first launch of a day backs the library up, in the background. A failed backup (a full
 * disk, say, or a library closed before the copy was done) must not keep the library from
 * opening, so it is reported on stderr and the promise still settles.
 */
export async function takeDailyBackupSafely(db: Db, dataDir: string, clock: Clock): Promise<void> {
  try {
    await takeDailyBackup(db, dataDir, clock)
  } catch (error) {
    if (db.open) console.error(`[workbench] the daily backup failed: ${(error as Error).message}`)
  }
}

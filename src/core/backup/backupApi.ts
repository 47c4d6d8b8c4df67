import type { CoreApi } from '../../shared/api/contract'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import { backupDatabase, listBackups, takeDailyBackup } from './backup'
import { backupToFolder } from './folderBackup'

/** What a host's folder dialog is for (its title and button). */
export type FolderPurpose = 'backup' | 'restore' | 'day-import'

/** The backup methods an open library answers (restoring is the library session's job). */
export function createBackupApi(
  db: Db,
  dataDir: string,
  clock: Clock,
  chooseFolder?: (purpose: FolderPurpose) => Promise<string | null>,
): Pick<CoreApi, 'backup.create' | 'backup.list' | 'backup.chooseFolder' | 'backup.toFolder'> {
  return {
    'backup.chooseFolder': async ({ purpose }) => ({ dialog: chooseFolder !== undefined, folder: chooseFolder ? await chooseFolder(purpose) : null }),
    'backup.toFolder': ({ folder }) => backupToFolder(db, dataDir, folder, clock),
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

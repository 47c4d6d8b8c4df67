import { AppError, isAppError } from '../../shared/api/errors'
import { decrypt, isEncrypted } from '../sync/file/encryption'
import { othersFiles, readFolderFile } from './teamFolder'

/** Whether an error says a sync file would not open for want of the right passphrase. */
export const isLocked = (error: unknown): boolean =>
  isAppError(error) && (error.code === 'sync.passphrase_required' || error.code === 'sync.wrong_passphrase')

/** The clear refusal when files in the folder do not open: names the folder and what to do. */
export function lockedError(dir: string, passphrase: string | undefined, files: number): AppError {
  if (passphrase === undefined) {
    return new AppError(
      'team.passphrase_required',
      `The team folder ${dir} is encrypted with a team passphrase, and this library does not have it: join again with the passphrase (team join DIR --name NAME --passphrase-file FILE). Nothing was imported or written.`,
    )
  }
  return new AppError(
    'team.wrong_passphrase',
    `The team passphrase kept in this library does not open ${files === 1 ? 'a file' : `${files} files`} in the team folder ${dir}: it is wrong here (join again with the right one), or the members who wrote them use another. Nothing was imported or written.`,
  )
}

/**
 * Before a library joins (or changes its passphrase): the newest file of every other member
 * that is encrypted must open with `passphrase`, so a typo is refused at once, before anything is
 * kept, imported or written. A folder with no encrypted file yet accepts any passphrase.
 */
export function checkPassphrase(dir: string, self: string, passphrase: string | undefined): void {
  const newest = new Map<string, ReturnType<typeof othersFiles>[number]>()
  for (const file of othersFiles(dir, self)) if (!file.conflictedCopy) newest.set(file.member, file)
  let encrypted = 0
  let opened = 0
  for (const file of newest.values()) {
    const { bytes } = readFolderFile(dir, file)
    if (!isEncrypted(bytes)) continue
    encrypted++
    try {
      decrypt(bytes, passphrase)
      opened++
    } catch (error) {
      if (!isLocked(error)) continue // damaged or still being copied: says nothing about the passphrase
      if (passphrase === undefined) throw lockedError(dir, passphrase, encrypted)
    }
  }
  if (encrypted > 0 && opened === 0) throw lockedError(dir, passphrase, encrypted)
}

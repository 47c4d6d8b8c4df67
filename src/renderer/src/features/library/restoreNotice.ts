import { RestoreResult } from '../../../../shared/api/contract/backup'
import { formatInstant } from '../../../../shared/i18n/format'
import type { Translate } from '../../../../shared/i18n/messageIds'
import { call } from '../../api/client'

const KEY = 'workbench.restoreNotice'

/** What a restore brought back, in the reader's words: the backup's date and what the library now holds. */
export function describeRestore(result: RestoreResult, t: Translate, locale: string): string {
  const summary = result.summary
  if (!summary) return t('backups.restoredPlain')
  const holds = { findings: t('count.finding', { count: summary.findings }), files: t('count.file', { count: summary.attachments }) }
  const lost = result.missing_attachments.length
  return [
    summary.backup_created_at ? t('backups.restoredOf', { ...holds, date: formatInstant(summary.backup_created_at, locale) }) : t('backups.restoredUndated', holds),
    lost > 0 ? t('backups.missingNow', { count: lost }) : '',
    result.pre_restore ? t('backups.keptBefore', { reason: t('vocab.backupReason.pre-restore') }) : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/**
 * After a restore every view holds the replaced library's data, so the page starts afresh: what
 * was restored is kept for the reloaded page (as data, to be put in words in the language the
 * restored library is read in), and the restored library opens on the Library view (its own
 * saved view could be any other) where the message is shown.
 */
export async function reloadAfterRestore(result: RestoreResult): Promise<void> {
  sessionStorage.setItem(KEY, JSON.stringify(result))
  await call('settings.set', { lastView: 'library' }).catch(() => undefined)
  window.location.reload()
}

/** What the restore that reloaded the page brought back (read without forgetting it: React may render twice). */
export function readRestoreResult(): RestoreResult | undefined {
  const text = sessionStorage.getItem(KEY)
  if (!text) return undefined
  try {
    const parsed = RestoreResult.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined // Words an older version of the page left: nothing to put in words.
  }
}

/** Said once: the next visit to the Library view has nothing to report. */
export function forgetRestoreResult(): void {
  sessionStorage.removeItem(KEY)
}

import type { RestoreResult } from '../../../../shared/api/contract/backup'
import { call } from '../../api/client'

const KEY = 'workbench.restoreNotice'

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`

/** What a restore brought back, in words: the backup's date and what the library now holds. */
export function describeRestore(result: RestoreResult): string {
  const summary = result.summary
  if (!summary) return 'The backup was restored.'
  const when = summary.backup_created_at ? ` of ${new Date(summary.backup_created_at).toLocaleString()}` : ''
  const lost = result.missing_attachments.length
  return (
    `Restored the backup${when}: the library now holds ${plural(summary.findings, 'finding', 'findings')} and ` +
    `${plural(summary.attachments, 'photo or file', 'photos and files')}.` +
    (lost > 0 ? ` ${plural(lost, 'file is', 'files are')} missing from the library folder.` : '') +
    (result.pre_restore ? ' The library as it was just before is kept as a backup ("Before a restore").' : '')
  )
}

/**
 * After a restore every view holds the replaced library's data, so the page starts afresh: the
 * message saying what was restored is kept for the reloaded page, and the restored library opens
 * on the Library view (its own saved view could be any other) where the message is shown.
 */
export async function reloadAfterRestore(result: RestoreResult): Promise<void> {
  sessionStorage.setItem(KEY, describeRestore(result))
  await call('settings.set', { lastView: 'library' }).catch(() => undefined)
  window.location.reload()
}

/** The message of a restore that reloaded the page, once. */
export function takeRestoreNotice(): string | undefined {
  const text = sessionStorage.getItem(KEY) ?? undefined
  sessionStorage.removeItem(KEY)
  return text
}

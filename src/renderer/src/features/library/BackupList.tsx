import { useState } from 'react'
import type { BackupInfo } from '../../../../shared/api/contract/backup'
import { formatInstant } from '../../../../shared/i18n/format'
import type { Translate } from '../../../../shared/i18n/messageIds'
import { currentLocale, useLabels, useT } from '../../i18n'

/** A file size in the reader's words. */
export function formatBytes(bytes: number, t: Translate): string {
  return bytes >= 1024 * 1024 ? t('size.mb', { n: (bytes / 1024 / 1024).toLocaleString(currentLocale(), { maximumFractionDigits: 1 }) }) : t('size.kb', { n: Math.ceil(bytes / 1024) })
}

/**
 * The backups of the library, newest first, each with a Restore button that asks for
 * confirmation first: restoring replaces everything written since that backup.
 */
export function BackupList({ backups, onRestore, busy }: { backups: BackupInfo[]; onRestore: (name: string) => void; busy: boolean }) {
  const [confirming, setConfirming] = useState<string | undefined>()
  const t = useT()
  const labels = useLabels()
  if (backups.length === 0) return <p>{t('backups.none')}</p>
  return (
    <table className="backup-list">
      <caption className="visually-hidden">{t('backups.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backups.taken')}</th>
          <th scope="col">{t('backups.why')}</th>
          <th scope="col">{t('backups.size')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.name}>
            <td>
              <time dateTime={backup.created_at}>{formatInstant(backup.created_at, currentLocale())}</time>
            </td>
            <td>{labels.vocab('backupReason', backup.reason)}</td>
            <td>{formatBytes(backup.bytes, t)}</td>
            <td>
              {confirming === backup.name ? (
                <span role="group" aria-label={t('backups.confirmGroup')}>
                  {t('backups.confirm')}{' '}
                  <button type="button" disabled={busy} onClick={() => onRestore(backup.name)}>
                    {t('backups.restoreThis')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(undefined)}>
                    {t('common.cancel')}
                  </button>
                </span>
              ) : (
                <button type="button" disabled={busy} onClick={() => setConfirming(backup.name)}>
                  {t('backups.restore')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

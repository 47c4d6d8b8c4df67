import { useState } from 'react'
import type { BackupInfo } from '../../../../shared/api/contract/backup'

const REASON_LABELS: Record<BackupInfo['reason'], string> = {
  daily: 'Daily',
  'pre-import': 'Before a sync import',
  'pre-migration': 'Before an app update',
  'pre-restore': 'Before a restore',
  manual: 'Backed up by hand',
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/**
 * The backups of the library, newest first, each with a Restore button that asks for
 * confirmation first: restoring replaces everything written since that backup.
 */
export function BackupList({ backups, onRestore, busy }: { backups: BackupInfo[]; onRestore: (name: string) => void; busy: boolean }) {
  const [confirming, setConfirming] = useState<string | undefined>()
  if (backups.length === 0) return <p>There are no backups yet.</p>
  return (
    <table className="backup-list">
      <caption className="visually-hidden">Backups, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Taken</th>
          <th scope="col">Why</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.name}>
            <td>
              <time dateTime={backup.created_at}>{new Date(backup.created_at).toLocaleString()}</time>
            </td>
            <td>{REASON_LABELS[backup.reason]}</td>
            <td>{formatBytes(backup.bytes)}</td>
            <td>
              {confirming === backup.name ? (
                <span role="group" aria-label="Confirm restore">
                  Replace the library with this backup? The current state is backed up first.{' '}
                  <button type="button" disabled={busy} onClick={() => onRestore(backup.name)}>
                    Restore this backup
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(undefined)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button type="button" disabled={busy} onClick={() => setConfirming(backup.name)}>
                  Restore…
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

import { useEffect, useState, type ReactNode } from 'react'
import type { RecoveryStatus } from '../../../../shared/api/contract/backup'
import { call } from '../../api/client'
import { BackupList } from './BackupList'

/**
 * Shows the app when the library opened, and the recovery screen when it did not (a damaged
 * or newer library): the host then answers only the recovery methods.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<RecoveryStatus | 'loading' | 'unknown'>('loading')
  useEffect(() => {
    // If the status cannot be read, the app itself will show what went wrong.
    call('recovery.status', {}).then(setStatus, () => setStatus('unknown'))
  }, [])
  if (status === 'loading') return <p className="loading">Opening the library…</p>
  if (status !== 'unknown' && status.problem) return <RecoveryScreen status={status} />
  return children
}

function RecoveryScreen({ status }: { status: RecoveryStatus }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()

  async function restore(work: () => Promise<unknown>): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      await work()
      window.location.reload()
    } catch (e) {
      setError((e as Error).message)
      setBusy(false)
    }
  }

  return (
    <main id="main" className="recovery" tabIndex={-1}>
      <h1>The library could not be opened</h1>
      <p>{status.problem?.message}</p>
      <p>
        Restoring a backup replaces the library with that copy. The library as it is now is kept in the backups
        folder first, so nothing is thrown away.
      </p>
      {error && <p role="alert">{error}</p>}
      {status.backups.length > 0 ? (
        <>
          <button type="button" className="primary" disabled={busy} onClick={() => void restore(() => call('recovery.restoreLatest', {}))}>
            Restore the latest backup
          </button>
          <h2>All backups</h2>
          <BackupList backups={status.backups} busy={busy} onRestore={(name) => void restore(() => call('backup.restore', { name }))} />
        </>
      ) : (
        <p>There are no backups in the library folder. Quit the app and restore a copy of the library folder by hand.</p>
      )}
    </main>
  )
}

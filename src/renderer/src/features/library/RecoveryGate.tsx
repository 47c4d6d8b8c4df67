import { useEffect, useState, type ReactNode } from 'react'
import type { RecoveryStatus } from '../../../../shared/api/contract/backup'
import { AppError, type ApiError } from '../../../../shared/api/errors'
import { call } from '../../api/client'
import { useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'
import { BackupList } from './BackupList'

/**
 * Shows the app when the library opened, and the recovery screen when it did not (a damaged
 * or newer library): the host then answers only the recovery methods.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<RecoveryStatus | 'loading' | 'unknown'>('loading')
  const t = useT()
  useEffect(() => {
    // If the status cannot be read, the app itself will show what went wrong.
    call('recovery.status', {}).then(setStatus, () => setStatus('unknown'))
  }, [])
  if (status === 'loading') return <p className="loading">{t('app.opening')}</p>
  if (status !== 'unknown' && status.problem) return <RecoveryScreen status={status} />
  return children
}

function RecoveryScreen({ status }: { status: RecoveryStatus }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const t = useT()

  async function restore(work: () => Promise<unknown>): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      await work()
      window.location.reload()
    } catch (e) {
      setError(errorText(e))
      setBusy(false)
    }
  }

  return (
    <main id="main" className="recovery" tabIndex={-1}>
      <h1>{t('recovery.title')}</h1>
      {status.problem && <p>{errorText(AppError.fromJSON(status.problem as ApiError))}</p>}
      <p>{t('recovery.explain')}</p>
      {error && <p role="alert">{error}</p>}
      {status.backups.length > 0 ? (
        <>
          <button type="button" className="primary" disabled={busy} onClick={() => void restore(() => call('recovery.restoreLatest', {}))}>
            {t('recovery.latest')}
          </button>
          <h2>{t('recovery.all')}</h2>
          <BackupList backups={status.backups} busy={busy} onRestore={(name) => void restore(() => call('backup.restore', { name }))} />
        </>
      ) : (
        <p>{t('recovery.none')}</p>
      )}
    </main>
  )
}

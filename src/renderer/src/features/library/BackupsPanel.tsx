import { useState } from 'react'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'
import { BackupList } from './BackupList'

/** The Library view's backups: the list, "Back up now" and restore (which reloads the app). */
export function BackupsPanel() {
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; alert: boolean } | undefined>()
  const backups = useCall('backup.list', {}, String(version))
  const t = useT()

  async function run(work: () => Promise<string>): Promise<void> {
    setBusy(true)
    try {
      setMessage({ text: await work(), alert: false })
    } catch (error) {
      setMessage({ text: errorText(error), alert: true })
    } finally {
      setBusy(false)
      setVersion((v) => v + 1)
    }
  }

  const backUpNow = () =>
    run(async () => t('backups.done', { path: (await call('backup.create', {})).path }))

  const restore = (name: string) =>
    run(async () => {
      await call('backup.restore', { name })
      // Every view holds data of the replaced library: start the page afresh.
      window.location.reload()
      return t('backups.restored')
    })

  return (
    <section aria-labelledby="backups-heading" className="backups">
      <h2 id="backups-heading">{t('backups.title')}</h2>
      <p>{t('backups.intro')}</p>
      <button type="button" disabled={busy} onClick={() => void backUpNow()}>
        {t('backups.now')}
      </button>
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      {backups.status === 'error' && <p role="alert">{backups.message}</p>}
      {backups.status === 'done' && <BackupList backups={backups.value} busy={busy} onRestore={(name) => void restore(name)} />}
    </section>
  )
}

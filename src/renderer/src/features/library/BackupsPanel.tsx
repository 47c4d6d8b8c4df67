import { useState } from 'react'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'
import { BackupList } from './BackupList'
import { FolderBackupActions } from './FolderBackup'
import { reloadAfterRestore } from './restoreNotice'

/**
 * The Library view's backups: the list, "Back up now", "Back up to…" a folder of one's choice
 * with the photos, and restore (which reloads the app; the Library view then says what was restored).
 */
export function BackupsPanel() {
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; alert: boolean }>()
  const backups = useCall('backup.list', {}, String(version))
  const t = useT()

  async function run(work: () => Promise<string>, pending?: string): Promise<void> {
    setBusy(true)
    if (pending) setMessage({ text: pending, alert: false })
    try {
      setMessage({ text: await work(), alert: false })
    } catch (error) {
      setMessage({ text: errorText(error), alert: true })
    } finally {
      setBusy(false)
      setVersion((v) => v + 1)
    }
  }

  const backUpNow = () => run(async () => t('backups.done', { path: (await call('backup.create', {})).path }))

  const backUpTo = (folder: string) =>
    run(async () => {
      const made = await call('backup.toFolder', { folder })
      const done = t('backups.toFolderDone', { findings: t('count.finding', { count: made.findings }), files: t('count.file', { count: made.attachments }), path: made.path })
      return made.missing_attachments > 0 ? `${done} ${t('backups.notCopied', { count: made.missing_attachments })}` : done
    }, t('backups.toFolderBusy'))

  const restore = (name: string) =>
    run(async () => {
      await reloadAfterRestore(await call('backup.restore', { name }))
      return t('backups.restored')
    }, t('backups.restoring'))

  const restoreFolder = (folder: string) =>
    run(async () => {
      await reloadAfterRestore(await call('backup.restoreFolder', { folder }))
      return t('backups.restored')
    }, t('backups.checkingFolder'))

  return (
    <section aria-labelledby="backups-heading" className="backups">
      <h2 id="backups-heading">{t('backups.title')}</h2>
      <p>{t('backups.intro')}</p>
      <button type="button" disabled={busy} onClick={() => void backUpNow()}>
        {t('backups.now')}
      </button>
      <FolderBackupActions busy={busy} onBackUp={(folder) => void backUpTo(folder)} onRestore={(folder) => void restoreFolder(folder)} />
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      {backups.status === 'error' && <p role="alert">{backups.message}</p>}
      {backups.status === 'done' && <BackupList backups={backups.value} busy={busy} onRestore={(name) => void restore(name)} />}
    </section>
  )
}

import { useId, useState, type FormEvent } from 'react'
import { useT } from '../../i18n'
import { FileDropZone } from './FileDropZone'
import { ImportReportTable } from './ImportReportTable'
import { useSyncImport, type ImportStage } from './useSyncImport'

const BUSY: ImportStage['kind'][] = ['reading', 'checking', 'applying']

/**
 * Receiving a colleague's sync file: pick or drop it, unlock it, see what it would change, apply
 * it with progress (cancelling rolls everything back), then the report and the backup made first.
 */
export function ImportSyncPanel() {
  const id = useId()
  const flow = useSyncImport()
  const { stage } = flow
  const t = useT()
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sync.receive')}</h2>
      <FileDropZone
        label={t('sync.syncFile')}
        accept=".rrsync"
        hint={t('sync.syncFileHint')}
        disabled={BUSY.includes(stage.kind)}
        onFile={(file) => void flow.pick(file)}
      />
      <ImportStageView stage={stage} flow={flow} />
    </section>
  )
}

function ImportStageView({ stage, flow }: { stage: ImportStage; flow: ReturnType<typeof useSyncImport> }) {
  const t = useT()
  switch (stage.kind) {
    case 'idle':
      return null
    case 'reading':
      return (
        <div role="status">
          {t('sync.reading', { name: stage.name })}{' '}
          <progress aria-label={t('sync.readingFile')} value={stage.done} max={Math.max(stage.total, 1)} />
        </div>
      )
    case 'checking':
      return <p role="status">{t('sync.checking', { name: stage.name })}</p>
    case 'passphrase':
      return <PassphraseForm name={stage.file.name} message={stage.message} onUnlock={(p) => void flow.unlock(p)} onCancel={flow.reset} />
    case 'preview':
      return (
        <div className="import-preview" role="region" aria-label={t('sync.preview')}>
          <ImportReportTable report={stage.report} caption={t('sync.wouldChange', { name: stage.file.name })} />
          <div className="dialog-actions">
            <button type="button" onClick={() => void flow.apply()}>
              {t('common.apply')}
            </button>
            <button type="button" onClick={flow.reset}>
              {t('sync.doNotImport')}
            </button>
          </div>
        </div>
      )
    case 'applying':
      return (
        <div className="import-progress">
          <p role="status">
            {stage.cancelling
              ? t('sync.cancelling')
              : stage.total > 0
                ? t('sync.applyingCount', { name: stage.file.name, done: stage.done, total: stage.total })
                : t('sync.applying', { name: stage.file.name })}
          </p>
          <progress aria-label={t('sync.progress')} value={stage.total > 0 ? stage.done : undefined} max={Math.max(stage.total, 1)} />{' '}
          <button type="button" onClick={() => void flow.cancel()} disabled={stage.cancelling}>
            {t('common.cancel')}
          </button>
        </div>
      )
    case 'done':
      return (
        <div className="import-done" role="region" aria-label={t('sync.report')}>
          <p role="status">{stage.report.newChanges === 0 ? t('sync.alreadyImported', { name: stage.name }) : t('sync.imported', { name: stage.name })}</p>
          <ImportReportTable report={stage.report} caption={t('sync.applied')} />
          {stage.report.backup && (
            <p>
              {t('sync.backupMade')} <code>{stage.report.backup}</code>
            </p>
          )}
        </div>
      )
    case 'cancelled':
      return <p role="status">{t('sync.cancelled', { name: stage.name })}</p>
    case 'refused':
      return (
        <div role="alert" className="import-refused">
          <p>
            <strong>{t('sync.notImported', { name: stage.name })}</strong>
          </p>
          <p>{stage.message}</p>
        </div>
      )
  }
}

function PassphraseForm(props: { name: string; message?: string; onUnlock(passphrase: string): void; onCancel(): void }) {
  const id = useId()
  const [passphrase, setPassphrase] = useState('')
  const t = useT()
  function submit(event: FormEvent): void {
    event.preventDefault()
    if (passphrase !== '') props.onUnlock(passphrase)
  }
  return (
    <form onSubmit={submit} aria-label={t('sync.unlock')}>
      <p>{t('sync.encrypted', { name: props.name })}</p>
      {props.message && (
        <p role="alert" className="form-error">
          {props.message}
        </p>
      )}
      <label htmlFor={`${id}-pass`}>{t('sync.passphrase')}</label>{' '}
      <input id={`${id}-pass`} type="password" autoComplete="off" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />{' '}
      <button type="submit" disabled={passphrase === ''}>
        {t('sync.unlockButton')}
      </button>{' '}
      <button type="button" onClick={props.onCancel}>
        {t('sync.doNotImport')}
      </button>
    </form>
  )
}

import { useId, useState, type FormEvent } from 'react'
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
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Receive changes</h2>
      <FileDropZone
        label="Sync file"
        accept=".rrsync"
        hint="Choose a .rrsync file from a colleague, or drop it here. Nothing changes until you apply it."
        disabled={BUSY.includes(stage.kind)}
        onFile={(file) => void flow.pick(file)}
      />
      <ImportStageView stage={stage} flow={flow} />
    </section>
  )
}

function ImportStageView({ stage, flow }: { stage: ImportStage; flow: ReturnType<typeof useSyncImport> }) {
  switch (stage.kind) {
    case 'idle':
      return null
    case 'reading':
      return (
        <div role="status">
          Reading {stage.name}…{' '}
          <progress aria-label="Reading the file" value={stage.done} max={Math.max(stage.total, 1)} />
        </div>
      )
    case 'checking':
      return <p role="status">Checking {stage.name}…</p>
    case 'passphrase':
      return <PassphraseForm name={stage.file.name} message={stage.message} onUnlock={(p) => void flow.unlock(p)} onCancel={flow.reset} />
    case 'preview':
      return (
        <div className="import-preview" role="region" aria-label="Import preview">
          <ImportReportTable report={stage.report} caption={`${stage.file.name} would change`} />
          <div className="dialog-actions">
            <button type="button" onClick={() => void flow.apply()}>
              Apply
            </button>
            <button type="button" onClick={flow.reset}>
              Do not import
            </button>
          </div>
        </div>
      )
    case 'applying':
      return (
        <div className="import-progress">
          <p role="status">
            {stage.cancelling ? 'Cancelling…' : `Applying ${stage.file.name}`}
            {stage.total > 0 && `: ${stage.done.toLocaleString()} of ${stage.total.toLocaleString()} records`}
          </p>
          <progress aria-label="Import progress" value={stage.total > 0 ? stage.done : undefined} max={Math.max(stage.total, 1)} />{' '}
          <button type="button" onClick={() => void flow.cancel()} disabled={stage.cancelling}>
            Cancel
          </button>
        </div>
      )
    case 'done':
      return (
        <div className="import-done" role="region" aria-label="Import report">
          <p role="status">{stage.report.newChanges === 0 ? `Nothing new in ${stage.name}: it was already imported.` : `Imported ${stage.name}.`}</p>
          <ImportReportTable report={stage.report} caption="Applied" />
          {stage.report.backup && (
            <p>
              Backup made before importing: <code>{stage.report.backup}</code>
            </p>
          )}
        </div>
      )
    case 'cancelled':
      return <p role="status">Import of {stage.name} cancelled: everything was rolled back, nothing was changed.</p>
    case 'refused':
      return (
        <div role="alert" className="import-refused">
          <p>
            <strong>{stage.name} was not imported.</strong>
          </p>
          <p>{stage.message}</p>
        </div>
      )
  }
}

function PassphraseForm(props: { name: string; message?: string; onUnlock(passphrase: string): void; onCancel(): void }) {
  const id = useId()
  const [passphrase, setPassphrase] = useState('')
  function submit(event: FormEvent): void {
    event.preventDefault()
    if (passphrase !== '') props.onUnlock(passphrase)
  }
  return (
    <form onSubmit={submit} aria-label="Unlock the sync file">
      <p>{props.name} is encrypted.</p>
      {props.message && (
        <p role="alert" className="form-error">
          {props.message}
        </p>
      )}
      <label htmlFor={`${id}-pass`}>Passphrase</label>{' '}
      <input id={`${id}-pass`} type="password" autoComplete="off" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />{' '}
      <button type="submit" disabled={passphrase === ''}>
        Unlock
      </button>{' '}
      <button type="button" onClick={props.onCancel}>
        Do not import
      </button>
    </form>
  )
}

import { useId, useState, type FormEvent } from 'react'
import type { Peer } from '../../../../shared/model/sync'
import { call } from '../../api/client'
import { useTask } from '../../api/useTask'
import { base64ToBlob, saveFile } from '../exports/files'

interface Props {
  peers: readonly Peer[]
  onExported(): void
}

/**
 * Makes a sync file of everything, or of what one colleague has not seen yet, optionally
 * encrypted with a passphrase typed twice, and saves it.
 */
export function SendPanel({ peers, onExported }: Props) {
  const id = useId()
  const [target, setTarget] = useState<'all' | 'colleague'>('all')
  const [colleague, setColleague] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [status, setStatus] = useState('')
  const { busy, error, setError, run } = useTask()
  const mismatch = passphrase !== confirmation

  async function send(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (mismatch) return setError('The two passphrases differ: type the same passphrase twice.')
    if (target === 'colleague' && colleague.trim() === '') return setError('Name the colleague the file is for.')
    setStatus('')
    await run(async () => {
      const file = await call('sync.export', {
        for: target === 'colleague' ? colleague.trim() : undefined,
        passphrase: passphrase === '' ? undefined : passphrase,
      })
      saveFile(base64ToBlob(file.file_base64, 'application/octet-stream'), file.file_name)
      const withheld = file.withheld > 0 ? `; ${file.withheld} withheld (do_not_share)` : ''
      setStatus(`Saved ${file.file_name}${passphrase ? ' (encrypted)' : ''}: ${file.changes} change${file.changes === 1 ? '' : 's'}${withheld}.`)
      onExported()
    })
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Send changes</h2>
      <form onSubmit={(e) => void send(e)} aria-labelledby={`${id}-title`}>
        <fieldset>
          <legend>What to put in the file</legend>
          <label className="choice">
            <input type="radio" name={`${id}-target`} checked={target === 'all'} onChange={() => setTarget('all')} /> Everything
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-target`} checked={target === 'colleague'} onChange={() => setTarget('colleague')} /> What
            one colleague has not seen yet
          </label>
          {target === 'colleague' && (
            <label className="field">
              Colleague{' '}
              <input type="text" list={`${id}-peers`} value={colleague} maxLength={200} onChange={(e) => setColleague(e.target.value)} />
              <datalist id={`${id}-peers`}>
                {peers.map((peer) => (
                  <option key={peer.device_id} value={peer.name} />
                ))}
              </datalist>
            </label>
          )}
        </fieldset>
        <fieldset>
          <legend>Passphrase (optional)</legend>
          <p className="hint">With a passphrase the file is encrypted; tell it to your colleague some other way.</p>
          <label className="field">
            Passphrase <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </label>
          <label className="field">
            Passphrase again{' '}
            <input
              type="password"
              autoComplete="new-password"
              value={confirmation}
              aria-invalid={mismatch && confirmation !== ''}
              onChange={(e) => setConfirmation(e.target.value)}
            />
          </label>
        </fieldset>
        <button type="submit" disabled={busy}>
          {busy ? 'Making the file…' : 'Make the sync file'}
        </button>
        <p role="status">{status}</p>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </form>
    </section>
  )
}

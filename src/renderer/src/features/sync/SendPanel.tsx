import { useId, useState, type FormEvent } from 'react'
import type { Peer } from '../../../../shared/model/sync'
import { call } from '../../api/client'
import { useTask } from '../../api/useTask'
import { base64ToBlob, saveFile } from '../exports/files'
import { formatIso } from './hlcTime'

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
    if (target === 'colleague' && colleague === '') return setError('Choose the colleague the file is for.')
    setStatus('')
    await run(async () => {
      const file = await call('sync.export', {
        // By device id: display names are not unique (the default one is user@computer).
        for: target === 'colleague' ? colleague : undefined,
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
          {target === 'colleague' && <ColleaguePicker name={`${id}-colleague`} peers={peers} chosen={colleague} onChoose={setColleague} />}
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

/** Last exchange with a colleague, in words. */
function lastExchange(peer: Peer): string {
  const received = peer.last_received_at ? `last file from them ${formatIso(peer.last_received_at)}` : 'no file from them yet'
  const sent = peer.last_sent_at ? `last file to them ${formatIso(peer.last_sent_at)}` : 'nothing sent to them yet'
  return `${received}; ${sent}`
}

/**
 * The colleagues this library has exchanged files with, to choose from (each known by its
 * device, so two colleagues with the same name are still two), with their last exchange.
 */
function ColleaguePicker({ name, peers, chosen, onChoose }: { name: string; peers: readonly Peer[]; chosen: string; onChoose: (deviceId: string) => void }) {
  if (peers.length === 0) {
    return <p className="hint">No colleague has sent you a file yet. Send everything the first time; once their file is imported here, they appear in this list.</p>
  }
  return (
    <fieldset className="colleague-picker">
      <legend>Colleague</legend>
      {peers.map((peer) => (
        <label key={peer.device_id} className="choice">
          <input type="radio" name={name} value={peer.device_id} checked={chosen === peer.device_id} onChange={() => onChoose(peer.device_id)} />{' '}
          <strong>{peer.name}</strong> <span className="hint">({lastExchange(peer)})</span>
        </label>
      ))}
    </fieldset>
  )
}

import { useId, useState, type FormEvent } from 'react'
import type { Peer } from '../../../../shared/model/sync'
import { call } from '../../api/client'
import { useTask } from '../../api/useTask'
import { currentLocale, useT } from '../../i18n'
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
  const t = useT()

  async function send(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (mismatch) return setError(t('sync.mismatch'))
    if (target === 'colleague' && colleague === '') return setError(t('sync.nameColleague'))
    setStatus('')
    await run(async () => {
      const file = await call('sync.export', {
        // By device id: display names are not unique (the default one is user@computer).
        for: target === 'colleague' ? colleague : undefined,
        passphrase: passphrase === '' ? undefined : passphrase,
      })
      saveFile(base64ToBlob(file.file_base64, 'application/octet-stream'), file.file_name)
      const saved = t(passphrase ? 'sync.savedEncrypted' : 'sync.saved', { file: file.file_name, count: file.changes })
      setStatus(file.withheld > 0 ? `${saved} ${t('sync.withheld', { count: file.withheld })}` : saved)
      onExported()
    })
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sync.send')}</h2>
      <form onSubmit={(e) => void send(e)} aria-labelledby={`${id}-title`}>
        <fieldset>
          <legend>{t('sync.whatInFile')}</legend>
          <label className="choice">
            <input type="radio" name={`${id}-target`} checked={target === 'all'} onChange={() => setTarget('all')} /> {t('sync.everything')}
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-target`} checked={target === 'colleague'} onChange={() => setTarget('colleague')} />{' '}
            {t('sync.notSeen')}
          </label>
          {target === 'colleague' && <ColleaguePicker name={`${id}-colleague`} peers={peers} chosen={colleague} onChoose={setColleague} />}
        </fieldset>
        <fieldset>
          <legend>{t('sync.passphraseOptional')}</legend>
          <p className="hint">{t('sync.passphraseHint')}</p>
          <label className="field">
            {t('sync.passphrase')} <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </label>
          <label className="field">
            {t('sync.passphraseAgain')}{' '}
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
          {busy ? t('sync.making') : t('sync.make')}
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

/**
 * The colleagues this library has exchanged files with, to choose from (each known by its
 * device, so two colleagues with the same name are still two), with their last exchange.
 */
function ColleaguePicker({ name, peers, chosen, onChoose }: { name: string; peers: readonly Peer[]; chosen: string; onChoose: (deviceId: string) => void }) {
  const t = useT()
  const locale = currentLocale()
  if (peers.length === 0) return <p className="hint">{t('sync.noColleaguesToPick')}</p>
  return (
    <fieldset className="colleague-picker">
      <legend>{t('sync.colleague')}</legend>
      {peers.map((peer) => (
        <label key={peer.device_id} className="choice">
          <input type="radio" name={name} value={peer.device_id} checked={chosen === peer.device_id} onChange={() => onChoose(peer.device_id)} />{' '}
          <strong>{peer.name}</strong> <span className="hint">({t('sync.lastExchange', { received: formatIso(peer.last_received_at, t, locale), sent: formatIso(peer.last_sent_at, t, locale) })})</span>
        </label>
      ))}
    </fieldset>
  )
}

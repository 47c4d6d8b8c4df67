import { useId, useState, type FormEvent } from 'react'
import type { Peer } from '../../../../shared/model/sync'
import { call } from '../../api/client'
import { useTask } from '../../api/useTask'
import { useT } from '../../i18n'
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
  const t = useT()

  async function send(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (mismatch) return setError(t('sync.mismatch'))
    if (target === 'colleague' && colleague.trim() === '') return setError(t('sync.nameColleague'))
    setStatus('')
    await run(async () => {
      const file = await call('sync.export', {
        for: target === 'colleague' ? colleague.trim() : undefined,
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
          {target === 'colleague' && (
            <label className="field">
              {t('sync.colleague')}{' '}
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

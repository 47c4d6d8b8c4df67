import { useState, type FormEvent } from 'react'
import type { TeamStatus } from '../../../../shared/model/team'
import type { Translate } from '../../../../shared/i18n/messageIds'
import { currentLocale, useT } from '../../i18n'
import { formatIso } from './hlcTime'

/** Snapshots and pruning: the newest snapshot, how many of this laptop's files were pruned, and who pruning waits for. */
export function TeamCompaction({ compaction }: { compaction: TeamStatus['compaction'] }) {
  const t = useT()
  const { snapshot, pruned, files_in_folder: files, held_back_by: waitingFor, left } = compaction
  return (
    <>
      <h3>{t('team.snapshotTitle')}</h3>
      <p>{snapshotText(snapshot, t)}</p>
      <p>
        {t('team.ownFiles', { count: files })} {pruned === 0 ? t('team.noneRemoved') : t('team.removed', { count: pruned })}
        {waitingFor.length > 0 ? ` ${t('team.pruningWaits', { names: waitingFor.join(', ') })}` : ''}
      </p>
      {left.length > 0 && <p className="hint">{t('team.left', { names: left.join(', ') })}</p>}
    </>
  )
}

function snapshotText(snapshot: TeamStatus['compaction']['snapshot'], t: Translate): string {
  if (!snapshot) return t('team.noSnapshot')
  const time = formatIso(snapshot.created_at, t, currentLocale())
  return snapshot.member === null ? t('team.snapshotUnknown', { time }) : t('team.snapshot', { member: snapshot.member, time })
}

/** The team passphrase: given when joining, or again when the one kept here is missing or wrong. */
export function PassphraseField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const t = useT()
  return (
    <label className="field">
      {t('team.passphrase')} <input type="password" value={value} maxLength={1024} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}

/** Joining the same folder again with another passphrase: when the team’s files do not open with the one kept here. */
export function ChangePassphrase({ busy, encrypted, onSubmit }: { busy: boolean; encrypted: boolean; onSubmit(passphrase: string): void }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit(passphrase)
    setPassphrase('')
    setOpen(false)
  }
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} disabled={busy}>
        {encrypted ? t('team.changePassphrase') : t('team.givePassphrase')}
      </button>
    )
  }
  return (
    <form onSubmit={submit}>
      <PassphraseField value={passphrase} onChange={setPassphrase} />
      <button type="submit" disabled={busy || passphrase === ''}>
        {t('team.usePassphrase')}
      </button>
    </form>
  )
}

import { useState, type FormEvent } from 'react'
import type { TeamStatus } from '../../../../shared/model/team'
import { formatIso } from './hlcTime'

/** Snapshots and pruning: the newest snapshot, how many of this laptop's files were pruned, and who pruning waits for. */
export function TeamCompaction({ compaction }: { compaction: TeamStatus['compaction'] }) {
  const { snapshot, pruned, files_in_folder: files, held_back_by: waitingFor, left } = compaction
  return (
    <>
      <h3>Snapshot and old files</h3>
      <p>
        {snapshot
          ? `Newest snapshot: written by ${snapshot.member}, ${formatIso(snapshot.created_at)}. Colleagues who join now get everything from it.`
          : 'No snapshot yet: one is written every week, or now with “Compact now”. Until then a colleague who joins reads every file.'}
      </p>
      <p>
        This laptop has {files} file{files === 1 ? '' : 's'} in the folder.{' '}
        {pruned === 0
          ? 'No older file of its own has been removed yet: a file goes once everyone holds its changes and a snapshot keeps them.'
          : `${pruned} older file${pruned === 1 ? ' was' : 's were'} removed: everyone held their changes, and a snapshot keeps them.`}
        {waitingFor.length > 0 ? ` Removing more waits for ${waitingFor.join(', ')} to sync.` : ''}
      </p>
      {left.length > 0 && <p className="hint">Left the team: {left.join(', ')}. They no longer hold anything back.</p>}
    </>
  )
}

/** The team passphrase: given when joining, or again when the one kept here is missing or wrong. */
export function PassphraseField({ value, onChange }: { value: string; onChange(value: string): void }) {
  return (
    <label className="field">
      Team passphrase (if your team uses one){' '}
      <input type="password" value={value} maxLength={1024} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}

/** Joining the same folder again with another passphrase: when the team’s files do not open with the one kept here. */
export function ChangePassphrase({ busy, encrypted, onSubmit }: { busy: boolean; encrypted: boolean; onSubmit(passphrase: string): void }) {
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
        {encrypted ? 'Change the team passphrase' : 'Give the team passphrase'}
      </button>
    )
  }
  return (
    <form onSubmit={submit}>
      <PassphraseField value={passphrase} onChange={setPassphrase} />
      <button type="submit" disabled={busy || passphrase === ''}>
        Use this passphrase
      </button>
    </form>
  )
}

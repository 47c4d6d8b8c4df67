import { useId, useState, type FormEvent } from 'react'
import type { TeamStatus } from '../../../../shared/model/team'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { useTask } from '../../api/useTask'
import { formatIso } from './hlcTime'
import { ChangePassphrase, PassphraseField, TeamCompaction } from './TeamCompaction'

/**
 * The team folder: join one (a folder Syncthing, a network drive or a USB stick carries), see
 * each colleague's last file, what has not arrived, what was refused and why; sync now; leave.
 * Syncing itself runs by itself in the background.
 */
export function TeamPanel() {
  const id = useId()
  const version = useLibraryVersion()
  const [changes, setChanges] = useState(0)
  const status = useCall('team.status', {}, `${version}/${changes}`)
  const task = useTask()
  const act = (work: () => Promise<unknown>) => void task.run(async () => {
    await work()
    setChanges((n) => n + 1)
  })
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Team folder</h2>
      {status.status === 'error' && <p role="alert">{status.message}</p>}
      {task.error && <p role="alert">{task.error}</p>}
      {status.status === 'done' &&
        (status.value.folder ? (
          <Joined
            status={status.value}
            busy={task.busy}
            onSync={(compact) => act(() => call('team.sync', compact ? { compact } : {}))}
            onLeave={() => act(() => call('team.leave', {}))}
            onPassphrase={(passphrase) => act(() => call('team.join', { dir: status.value.folder!.dir, name: status.value.folder!.name, passphrase }))}
          />
        ) : (
          <JoinForm busy={task.busy} onJoin={(dir, name, passphrase) => act(() => call('team.join', { dir, name, ...(passphrase ? { passphrase } : {}) }))} />
        ))}
    </section>
  )
}

function JoinForm({ busy, onJoin }: { busy: boolean; onJoin(dir: string, name: string, passphrase: string): void }) {
  const [dir, setDir] = useState('')
  const [name, setName] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onJoin(dir.trim(), name.trim(), passphrase)
  }
  return (
    <form onSubmit={submit}>
      <p className="hint">
        Share changes with your team through a folder that Syncthing, Dropbox, a network drive or a USB stick carries. This laptop
        writes only its own files there and reads everyone else’s.
      </p>
      <label className="field">
        Folder <input type="text" required value={dir} maxLength={4096} onChange={(e) => setDir(e.target.value)} placeholder="/home/me/Sync/team" />
      </label>
      <label className="field">
        Team name <input type="text" required value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <PassphraseField value={passphrase} onChange={setPassphrase} />
      <p className="hint">With a passphrase, every file this laptop writes to the folder is encrypted, so the folder may live on a cloud drive. It is kept in your library folder, readable only by you.</p>
      <button type="submit" disabled={busy || dir.trim() === '' || name.trim() === ''}>
        Join the team folder
      </button>
    </form>
  )
}

interface JoinedProps {
  status: TeamStatus
  busy: boolean
  onSync(compact: boolean): void
  onLeave(): void
  onPassphrase(passphrase: string): void
}

function Joined({ status, busy, onSync, onLeave, onPassphrase }: JoinedProps) {
  const folder = status.folder!
  const own = status.own
  return (
    <>
      <p>
        Team <strong>{folder.name}</strong> in <code>{folder.dir}</code>. Last sync: {formatIso(folder.last_sync_at)}.
      </p>
      <p>{status.encrypted ? 'Files in the folder are encrypted with the team passphrase.' : 'Files in the folder are not encrypted.'}</p>
      <p>
        This laptop has written {own.files} file{own.files === 1 ? '' : 's'}
        {own.pending_changes > 0 ? `; ${own.pending_changes} change${own.pending_changes === 1 ? '' : 's'} waiting to be written` : '; everything is written'}.
      </p>
      {status.members.length === 0 ? (
        <p className="hint">No colleague’s file has arrived yet.</p>
      ) : (
        <table className="sync-table" aria-label="Team members">
          <thead>
            <tr>
              <th scope="col">Colleague</th>
              <th scope="col">Last file read</th>
              <th scope="col">Not arrived yet</th>
              <th scope="col">Pending</th>
            </tr>
          </thead>
          <tbody>
            {status.members.map((member) => (
              <tr key={member.device_id}>
                <th scope="row">{member.name}</th>
                <td>{member.last_file === null ? 'none yet' : `number ${member.last_file}, ${formatIso(member.last_imported_at)}`}</td>
                <td>{member.missing.length === 0 ? 'nothing' : `files ${member.missing.join(', ')}`}</td>
                <td>{pending(member.incomplete, member.waiting)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status.refused.length > 0 && (
        <>
          <h3>Files not imported</h3>
          <ul>
            {status.refused.map((file) => (
              <li key={file.file}>
                A file from {file.member}: {file.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <TeamCompaction compaction={status.compaction} />
      <div className="dialog-actions">
        <button type="button" onClick={() => onSync(false)} disabled={busy}>
          Sync now
        </button>
        <button type="button" onClick={() => onSync(true)} disabled={busy}>
          Compact now
        </button>
        <ChangePassphrase busy={busy} encrypted={status.encrypted} onSubmit={onPassphrase} />
        <button type="button" onClick={onLeave} disabled={busy}>
          Leave the team folder
        </button>
      </div>
    </>
  )
}

function pending(incomplete: number, waiting: number): string {
  const parts = [incomplete > 0 ? `${incomplete} still being copied` : '', waiting > 0 ? `${waiting} waiting for earlier changes` : ''].filter(Boolean)
  return parts.length === 0 ? 'nothing' : parts.join('; ')
}

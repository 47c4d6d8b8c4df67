import { useId, useState, type FormEvent } from 'react'
import type { TeamStatus } from '../../../../shared/model/team'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { useTask } from '../../api/useTask'
import { formatIso } from './hlcTime'

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
          <Joined status={status.value} busy={task.busy} onSync={() => act(() => call('team.sync', {}))} onLeave={() => act(() => call('team.leave', {}))} />
        ) : (
          <JoinForm busy={task.busy} onJoin={(dir, name) => act(() => call('team.join', { dir, name }))} />
        ))}
    </section>
  )
}

function JoinForm({ busy, onJoin }: { busy: boolean; onJoin(dir: string, name: string): void }) {
  const [dir, setDir] = useState('')
  const [name, setName] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onJoin(dir.trim(), name.trim())
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
      <button type="submit" disabled={busy || dir.trim() === '' || name.trim() === ''}>
        Join the team folder
      </button>
    </form>
  )
}

function Joined({ status, busy, onSync, onLeave }: { status: TeamStatus; busy: boolean; onSync(): void; onLeave(): void }) {
  const folder = status.folder!
  const own = status.own
  return (
    <>
      <p>
        Team <strong>{folder.name}</strong> in <code>{folder.dir}</code>. Last sync: {formatIso(folder.last_sync_at)}.
      </p>
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
      <div className="dialog-actions">
        <button type="button" onClick={onSync} disabled={busy}>
          Sync now
        </button>
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

import { useId, useState, type FormEvent } from 'react'
import type { RefusedTeamFile, TeamStatus } from '../../../../shared/model/team'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { useTask } from '../../api/useTask'
import type { Translate } from '../../../../shared/i18n/messageIds'
import { currentLocale, useT } from '../../i18n'
import { readableCoreMessage } from '../../i18n/errorText'
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
  const t = useT()
  const act = (work: () => Promise<unknown>) => void task.run(async () => {
    await work()
    setChanges((n) => n + 1)
  })
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('team.title')}</h2>
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
  const t = useT()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onJoin(dir.trim(), name.trim(), passphrase)
  }
  return (
    <form onSubmit={submit}>
      <p className="hint">{t('team.hint')}</p>
      <label className="field">
        {t('team.folder')} <input type="text" required value={dir} maxLength={4096} onChange={(e) => setDir(e.target.value)} placeholder={t('team.folderPlaceholder')} />
      </label>
      <label className="field">
        {t('team.name')} <input type="text" required value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <PassphraseField value={passphrase} onChange={setPassphrase} />
      <p className="hint">{t('team.passphraseHint')}</p>
      <button type="submit" disabled={busy || dir.trim() === '' || name.trim() === ''}>
        {t('team.join')}
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
  const t = useT()
  const locale = currentLocale()
  const when = (iso: string | null | undefined) => formatIso(iso, t, locale)
  return (
    <>
      <p>
        {t('team.joined', { name: folder.name })} <code>{folder.dir}</code>
      </p>
      <p>{t('team.lastSync', { time: when(folder.last_sync_at) })}</p>
      <p>{status.encrypted ? t('team.encrypted') : t('team.notEncrypted')}</p>
      <p>
        {t('team.written', { count: own.files })}
        {own.pending_changes > 0 ? t('team.waitingToWrite', { count: own.pending_changes }) : t('team.allWritten')}
      </p>
      {status.members.length === 0 ? (
        <p className="hint">{t('team.noneArrived')}</p>
      ) : (
        <table className="sync-table" aria-label={t('team.members')}>
          <thead>
            <tr>
              <th scope="col">{t('team.colleague')}</th>
              <th scope="col">{t('team.lastFile')}</th>
              <th scope="col">{t('team.notArrived')}</th>
              <th scope="col">{t('team.pending')}</th>
            </tr>
          </thead>
          <tbody>
            {status.members.map((member) => (
              <tr key={member.device_id}>
                <th scope="row">{member.name ?? t('team.unknownColleague')}</th>
                <td>{member.last_file === null ? t('team.noneYet') : t('team.fileNumber', { n: member.last_file, time: when(member.last_imported_at) })}</td>
                <td>{member.missing.length === 0 ? t('team.nothing') : t('team.missingFiles', { files: member.missing.join(', ') })}</td>
                <td>{pending(member.incomplete, member.waiting, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status.refused.length > 0 && (
        <>
          <h3>{t('team.refused')}</h3>
          <ul>
            {status.refused.map((file) => (
              <li key={file.file}>{refusedText(file, t)}</li>
            ))}
          </ul>
        </>
      )}
      <TeamCompaction compaction={status.compaction} />
      <div className="dialog-actions">
        <button type="button" onClick={() => onSync(false)} disabled={busy}>
          {t('team.syncNow')}
        </button>
        <button type="button" onClick={() => onSync(true)} disabled={busy}>
          {t('team.compactNow')}
        </button>
        <ChangePassphrase busy={busy} encrypted={status.encrypted} onSubmit={onPassphrase} />
        <button type="button" onClick={onLeave} disabled={busy}>
          {t('team.leave')}
        </button>
      </div>
    </>
  )
}

/** A refused file in the reader's language: its kind's words (files refused before kinds were kept show the core's detail). */
function refusedText(file: RefusedTeamFile, t: Translate): string {
  const reason = file.why ? t(`team.why.${file.why}`) : readableCoreMessage(file.reason)
  return file.member === null ? t('team.refusedFileUnknown', { reason }) : t('team.refusedFile', { member: file.member, reason })
}

function pending(incomplete: number, waiting: number, t: Translate): string {
  const parts = [incomplete > 0 ? t('team.beingCopied', { count: incomplete }) : '', waiting > 0 ? t('team.waitingEarlier', { count: waiting }) : ''].filter(Boolean)
  return parts.length === 0 ? t('team.nothing') : parts.join('; ')
}

import { useId, useState } from 'react'
import { call } from '../../api/client'
import { useT } from '../../i18n'

type Purpose = 'backup' | 'restore'

const WORDS: Record<Purpose, { open: string; label: string; submit: string; hint: string }> = {
  backup: {
    open: 'Back up to…',
    label: 'Folder to back up to',
    submit: 'Back up here',
    hint: 'A folder on an external drive, say. The backup goes into a new folder inside it, with every photo and attached file.',
  },
  restore: {
    open: 'Restore from a backup folder…',
    label: 'Backup folder to restore',
    submit: 'Restore this backup',
    hint: 'The folder a "Back up to…" made (its name starts with workbench-backup). It replaces the library; the current state is backed up first.',
  },
}

/**
 * "Back up to…" and "Restore from a backup folder…": the desktop app asks with its folder
 * dialog; a browser window cannot, so it asks for the folder's path (as joining a team folder does).
 */
export function FolderBackupActions({ busy, onBackUp, onRestore }: { busy: boolean; onBackUp: (folder: string) => void; onRestore: (folder: string) => void }) {
  const [asking, setAsking] = useState<Purpose | undefined>()
  const [folder, setFolder] = useState('')
  const id = useId()
  const t = useT()
  const act = (purpose: Purpose, chosen: string) => (purpose === 'backup' ? onBackUp(chosen) : onRestore(chosen))

  async function start(purpose: Purpose): Promise<void> {
    const choice = await call('backup.chooseFolder', { purpose }).catch(() => ({ dialog: false, folder: null }))
    if (!choice.dialog) return setAsking(purpose)
    if (choice.folder) act(purpose, choice.folder)
  }

  return (
    <div className="folder-backup">
      <p>
        <button type="button" disabled={busy} onClick={() => void start('backup')}>
          {WORDS.backup.open}
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void start('restore')}>
          {WORDS.restore.open}
        </button>
      </p>
      {asking && (
        <form
          aria-labelledby={`${id}-label`}
          onSubmit={(e) => {
            e.preventDefault()
            act(asking, folder.trim())
          }}
        >
          <label id={`${id}-label`}>
            {WORDS[asking].label}{' '}
            <input type="text" required size={60} maxLength={4096} value={folder} onChange={(e) => setFolder(e.target.value)} />
          </label>
          <p className="hint">{WORDS[asking].hint}</p>
          <button type="submit" className="primary" disabled={busy}>
            {WORDS[asking].submit}
          </button>{' '}
          <button type="button" onClick={() => setAsking(undefined)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
    </div>
  )
}

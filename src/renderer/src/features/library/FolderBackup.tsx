import { useId, useState } from 'react'
import { call } from '../../api/client'
import type { MessageId } from '../../../../shared/i18n/messageIds'
import { useT } from '../../i18n'

type Purpose = 'backup' | 'restore'

/** The words of each purpose, from the catalogue (a restore's button is the backup list's own). */
const WORDS = {
  backup: { open: 'backups.toFolder', label: 'backups.toFolderLabel', submit: 'backups.toFolderSubmit', hint: 'backups.toFolderHint' },
  restore: { open: 'backups.fromFolder', label: 'backups.fromFolderLabel', submit: 'backups.restoreThis', hint: 'backups.fromFolderHint' },
} as const satisfies Record<Purpose, Record<string, MessageId>>

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
          {t(WORDS.backup.open)}
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void start('restore')}>
          {t(WORDS.restore.open)}
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
            {t(WORDS[asking].label)}{' '}
            <input type="text" required size={60} maxLength={4096} value={folder} onChange={(e) => setFolder(e.target.value)} />
          </label>
          <p className="hint">{t(WORDS[asking].hint)}</p>
          <button type="submit" className="primary" disabled={busy}>
            {t(WORDS[asking].submit)}
          </button>{' '}
          <button type="button" onClick={() => setAsking(undefined)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
    </div>
  )
}

import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'

interface Props {
  ids: ReadonlySet<string>
  /** The list shows the Trash: offer Restore instead of Move to Trash. */
  inTrash: boolean
  onError(message: string): void
  /** The selected findings left the list (trashed or restored). */
  onMoved(): void
}

/** What can be done to every selected finding at once: tag, untag, move to the Trash or restore. */
export function BulkActions({ ids, inTrash, onError, onMoved }: Props) {
  const [tag, setTag] = useState('')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const count = ids.size
  const none = count === 0 || busy
  const t = useT()

  async function run(action: () => Promise<string>): Promise<void> {
    setBusy(true)
    try {
      setStatus(await action())
    } catch (e) {
      onError(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  const retag = (mode: 'add' | 'remove') =>
    run(async () => {
      const { count: changed } = await call('findings.tag', { ids: [...ids], [mode]: [tag.trim()] })
      return t(mode === 'add' ? 'findings.tagged' : 'findings.untagged', { count: changed, tag: tag.trim() })
    })

  const move = () =>
    run(async () => {
      const method = inTrash ? 'findings.restore' : 'findings.delete'
      const { count: moved } = await call(method, { ids: [...ids] })
      onMoved()
      return t(inTrash ? 'findings.restored' : 'findings.trashed', { count: moved })
    })

  function onSubmit(event: FormEvent): void {
    event.preventDefault()
    if (tag.trim() !== '' && !none) void retag('add')
  }

  return (
    <form className="bulk-actions" aria-label={t('findings.selectedFindings')} onSubmit={onSubmit}>
      <label>
        {t('findings.tag')} <input type="text" value={tag} size={12} maxLength={100} onChange={(e) => setTag(e.target.value)} />
      </label>
      <button type="submit" disabled={none || tag.trim() === ''}>
        {t('findings.addTag')}
      </button>
      <button type="button" disabled={none || tag.trim() === ''} onClick={() => void retag('remove')}>
        {t('findings.removeTag')}
      </button>
      <button type="button" disabled={none} onClick={() => void move()}>
        {inTrash ? t('common.restore') : t('findings.moveToTrash')}
      </button>
      <span className="bulk-status" role="status">
        {status}
      </span>
    </form>
  )
}

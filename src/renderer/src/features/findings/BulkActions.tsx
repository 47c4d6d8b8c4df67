import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { offerUndo } from '../../components/undo'
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
      const name = tag.trim()
      const chosen = [...ids]
      // Untagging can be undone: only the findings that had the tag get it back.
      const had = mode === 'remove' ? new Set((await call('findings.ids', { tag: name })).ids) : new Set<string>()
      const { count: changed } = await call('findings.tag', { ids: chosen, [mode]: [name] })
      const text = t(mode === 'add' ? 'findings.tagged' : 'findings.untagged', { count: changed, tag: name })
      const untagged = chosen.filter((id) => had.has(id))
      if (mode === 'remove' && untagged.length > 0) offerUndo({ message: text, undo: () => call('findings.tag', { ids: untagged, add: [name] }) })
      return text
    })

  const move = () =>
    run(async () => {
      const chosen = [...ids]
      const { count: moved } = await call(inTrash ? 'findings.restore' : 'findings.delete', { ids: chosen })
      onMoved()
      const text = t(inTrash ? 'findings.restored' : 'findings.trashed', { count: moved })
      offerUndo({ message: text, undo: () => call(inTrash ? 'findings.delete' : 'findings.restore', { ids: chosen }) })
      return text
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

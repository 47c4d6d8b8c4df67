import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'

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

  async function run(action: () => Promise<string>): Promise<void> {
    setBusy(true)
    try {
      setStatus(await action())
    } catch (e) {
      onError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const retag = (mode: 'add' | 'remove') =>
    run(async () => {
      const { count: changed } = await call('findings.tag', { ids: [...ids], [mode]: [tag.trim()] })
      return `${mode === 'add' ? 'Tagged' : 'Untagged'} ${changed} finding${changed === 1 ? '' : 's'} “${tag.trim()}”`
    })

  const move = () =>
    run(async () => {
      const method = inTrash ? 'findings.restore' : 'findings.delete'
      const { count: moved } = await call(method, { ids: [...ids] })
      onMoved()
      return `${inTrash ? 'Restored' : 'Moved to the Trash:'} ${moved} finding${moved === 1 ? '' : 's'}`
    })

  function onSubmit(event: FormEvent): void {
    event.preventDefault()
    if (tag.trim() !== '' && !none) void retag('add')
  }

  return (
    <form className="bulk-actions" aria-label="Selected findings" onSubmit={onSubmit}>
      <label>
        Tag <input type="text" value={tag} size={12} maxLength={100} onChange={(e) => setTag(e.target.value)} />
      </label>
      <button type="submit" disabled={none || tag.trim() === ''}>
        Add tag
      </button>
      <button type="button" disabled={none || tag.trim() === ''} onClick={() => void retag('remove')}>
        Remove tag
      </button>
      <button type="button" disabled={none} onClick={() => void move()}>
        {inTrash ? 'Restore' : 'Move to Trash'}
      </button>
      <span className="bulk-status" role="status">
        {status}
      </span>
    </form>
  )
}

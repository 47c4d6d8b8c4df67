import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { offerUndo } from '../../components/undo'

const findings = (n: number) => `${n} finding${n === 1 ? '' : 's'}`

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
      const name = tag.trim()
      const chosen = [...ids]
      // Untagging can be undone: only the findings that had the tag get it back.
      const had = mode === 'remove' ? new Set((await call('findings.ids', { tag: name })).ids) : new Set<string>()
      const { count: changed } = await call('findings.tag', { ids: chosen, [mode]: [name] })
      const text = `${mode === 'add' ? 'Tagged' : 'Untagged'} ${findings(changed)} “${name}”`
      const untagged = chosen.filter((id) => had.has(id))
      if (mode === 'remove' && untagged.length > 0) offerUndo({ message: text, undo: () => call('findings.tag', { ids: untagged, add: [name] }) })
      return text
    })

  const move = () =>
    run(async () => {
      const chosen = [...ids]
      const { count: moved } = await call(inTrash ? 'findings.restore' : 'findings.delete', { ids: chosen })
      onMoved()
      const text = inTrash ? `Restored ${findings(moved)}` : `Moved ${findings(moved)} to the Trash`
      offerUndo({ message: text, undo: () => call(inTrash ? 'findings.delete' : 'findings.restore', { ids: chosen }) })
      return text
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

import { useEffect, useRef, useState, type FormEvent } from 'react'
import { createPortal } from 'react-dom'
import type { Output } from '../../../../shared/api/contract'
import { call } from '../../api/client'
import { useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'

type Repository = Output<'repositories.list'>[number]

/**
 * Adds a collection (a fonds, a record group) to a repository in the list; `initialName` is what
 * was typed in the editor. Refusals (a collection it already has) are shown in words.
 */
export function CollectionDialog({ repository, initialName = '', onDone }: { repository: Repository; initialName?: string; onDone(added?: { repository: Repository; collection: string }): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState(initialName)
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const t = useT()

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    event.stopPropagation()
    const collection = name.trim()
    if (collection === '') {
      setError(t('actions.collection.nameNeeded'))
      return
    }
    setSaving(true)
    try {
      const updated = await call('repositories.addCollection', { repository_id: repository.id, collection })
      onDone({ repository: updated, collection })
    } catch (e) {
      setError(errorText(e))
      setSaving(false)
    }
  }

  // In the document's body, so its form is never inside the finding editor's form.
  return createPortal(
    <dialog
      ref={dialog}
      className="repository-dialog"
      aria-labelledby="collection-dialog-title"
      onCancel={(e) => {
        e.preventDefault()
        e.stopPropagation()
        onDone()
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="collection-dialog-title">{t('actions.collection.addTo', { name: repository.name })}</h2>
        <p className="muted">{t('actions.repository.synced')}</p>
        <label>
          {t('actions.collection.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => onDone()}>
            {t('actions.cancel')}
          </button>
          <button type="submit" disabled={saving}>
            {t(saving ? 'actions.repository.adding' : 'actions.collection.addButton')}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  )
}

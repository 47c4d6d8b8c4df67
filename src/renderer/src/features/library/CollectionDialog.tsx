import { useState } from 'react'
import type { Output } from '../../../../shared/api/contract'
import { call } from '../../api/client'
import { useT } from '../../i18n'
import { AddDialog } from './AddDialog'

type Repository = Output<'repositories.list'>[number]

/**
 * Adds a collection (a fonds, a record group) to a repository in the list; `initialName` is what
 * was typed in the editor. Refusals (a collection it already has) are shown in words.
 */
export function CollectionDialog({ repository, initialName = '', onDone }: { repository: Repository; initialName?: string; onDone(added?: { repository: Repository; collection: string }): void }) {
  const [name, setName] = useState(initialName)
  const t = useT()

  async function save(): Promise<string | undefined> {
    const collection = name.trim()
    if (collection === '') return t('actions.collection.nameNeeded')
    const updated = await call('repositories.addCollection', { repository_id: repository.id, collection })
    onDone({ repository: updated, collection })
    return undefined
  }

  return (
    <AddDialog id="collection-dialog-title" title={t('actions.collection.addTo', { name: repository.name })} submit={t('actions.collection.addButton')} save={save} onCancel={() => onDone()}>
      <label>
        {t('actions.collection.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </label>
    </AddDialog>
  )
}

import { useMemo, useState } from 'react'
import type { Output } from '../../../../shared/api/contract'
import { CollectionDialog } from '../library/CollectionDialog'
import { useT } from '../../i18n'
import { Combobox } from './Combobox'
import { useEditor } from './editorContext'

type Repository = Output<'repositories.list'>[number]

/** The option that offers to add what was typed as a new collection. */
const ADD_OPTION = ':add'

/** The reference with `collection` written at its start, unless it already starts with it. */
export function withCollection(reference: string, collection: string): string {
  const rest = reference.trim()
  if (rest.toLocaleLowerCase().startsWith(collection.toLocaleLowerCase())) return rest
  return rest === '' ? collection : `${collection}, ${rest}`
}

/**
 * The chosen repository's collections: picking one writes it at the start of the reference;
 * typing one it lacks offers “Add …”, which records it at the repository (synced) and uses it.
 */
export function CollectionPicker({ repository }: { repository: Repository }) {
  const { form, set } = useEditor()
  const [added, setAdded] = useState<string[]>([])
  const [adding, setAdding] = useState<string>()
  const [text, setText] = useState('')
  const t = useT()
  const collections = useMemo(() => [...new Set([...(repository.collections ?? []), ...added])], [repository, added])
  const options = useMemo(() => {
    const query = text.trim().toLocaleLowerCase()
    const found = collections.filter((c) => c.toLocaleLowerCase().includes(query)).map((c) => ({ id: c, label: c }))
    const exact = collections.some((c) => c.toLocaleLowerCase() === query)
    if (query === '' || exact) return found
    return [...found, { id: ADD_OPTION, label: t('editor.repository.addOption', { name: text.trim() }), detail: t('editor.collection.addDetail', { repository: repository.name }) }]
  }, [collections, text, repository.name, t])
  return (
    <div className="field">
      <Combobox
        id="fe-collection"
        label={t('editor.collection')}
        text={text}
        onText={setText}
        options={options}
        onPick={(option) => {
          if (option.id === ADD_OPTION) setAdding(text.trim())
          else set('reference_raw', withCollection(form.reference_raw, option.id))
          setText('')
        }}
        placeholder={t('editor.collection.placeholder')}
        describedBy="fe-collection-hint"
      />
      <p id="fe-collection-hint" className="field-hint">
        {t('editor.collection.hint')}
      </p>
      {adding !== undefined && (
        <CollectionDialog
          repository={repository}
          initialName={adding}
          onDone={(result) => {
            setAdding(undefined)
            if (!result) return
            setAdded((current) => [...current, result.collection])
            set('reference_raw', withCollection(form.reference_raw, result.collection))
          }}
        />
      )}
    </div>
  )
}

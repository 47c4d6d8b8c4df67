import { useEffect, useState, type KeyboardEvent } from 'react'
import { call } from '../../api/client'
import { Combobox, type ComboOption } from './Combobox'
import { controlId } from './formModel'
import type { Labels } from '../../../../shared/vocabulary'
import { useLabels, useT } from '../../i18n'
import { useRecordNames } from '../../i18n/useNames'
import { FieldError, useEditor } from './editorContext'

/** Names of linked records seen in this session, so chips show names rather than ids. */
const knownLabels = new Map<string, string>()

async function searchEntities(text: string, labels: Labels): Promise<ComboOption[]> {
  const found = await call('entities.list', { text })
  return found.slice(0, 20).map((e) => ({ id: e.id, label: e.preferredName, detail: labels.vocab('entityType', e.type) }))
}

async function searchEvents(text: string): Promise<ComboOption[]> {
  const found = await call('events.list', { text })
  return found.slice(0, 20).map((e) => ({ id: e.id, label: e.title, detail: e.date }))
}

/** Entities or events, picked by typing any name; each chip has a remove button. */
function RecordLinks({ field, label, search }: { field: 'entities' | 'events'; label: string; search(text: string, labels: Labels): Promise<ComboOption[]> }) {
  const { form, set, errors } = useEditor()
  const t = useT()
  const labels = useLabels()
  const names = useRecordNames()
  const nameOf = (id: string) => knownLabels.get(id) ?? (field === 'entities' ? names.entity(id) : names.event(id))
  const [text, setText] = useState('')
  const [options, setOptions] = useState<ComboOption[]>([])
  const chosen = form[field]
  useEffect(() => {
    if (text.trim() === '') return
    let current = true
    search(text.trim(), labels).then(
      (found) => current && setOptions(found.filter((o) => !chosen.includes(o.id))),
      () => current && setOptions([]),
    )
    return () => {
      current = false
    }
  }, [text, search, chosen, labels])
  return (
    <div className="field wide">
      <Combobox
        id={controlId(field)}
        label={label}
        text={text}
        onText={setText}
        options={text.trim() === '' ? [] : options}
        onPick={(option) => {
          knownLabels.set(option.id, option.label)
          set(field, [...form[field], option.id])
          setText('')
        }}
        placeholder={t('editor.typeAnyScript')}
        invalid={Object.keys(errors).some((path) => path.startsWith(field))}
      />
      <ul className="chips" aria-label={t('editor.linked', { what: label })}>
        {form[field].map((id) => (
          <li key={id} className="chip">
            {nameOf(id)}
            <button type="button" aria-label={t('common.removeNamed', { name: nameOf(id) })} onClick={() => set(field, form[field].filter((x) => x !== id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <FieldError path={field} />
    </div>
  )
}

/** Free tags: type and press Enter (or a comma) to add; Backspace in the empty box removes the last. */
function TagInput() {
  const { form, set } = useEditor()
  const [text, setText] = useState('')
  const t = useT()
  const labels = useLabels()
  function add(): void {
    const tag = text.trim()
    if (tag !== '' && !form.tags.includes(tag)) set('tags', [...form.tags, tag])
    setText('')
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault()
      add()
    } else if (event.key === 'Backspace' && text === '' && form.tags.length > 0) {
      set('tags', form.tags.slice(0, -1))
    }
  }
  return (
    <div className="field wide">
      <label htmlFor={controlId('tags')}>{labels.field('tags')}</label>
      <div className="tag-box">
        <ul className="chips" aria-label={labels.field('tags')}>
          {form.tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
              <button type="button" aria-label={t('editor.removeTag', { tag })} onClick={() => set('tags', form.tags.filter((t) => t !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={controlId('tags')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
          aria-describedby="fe-tags-hint"
        />
      </div>
      <p id="fe-tags-hint" className="field-hint">
        {t('editor.tagsHint')}
      </p>
      <FieldError path="tags" />
    </div>
  )
}

/** Entities, events and tags. */
export function LinkFields() {
  const t = useT()
  const labels = useLabels()
  return (
    <fieldset className="group">
      <legend>{t('editor.group.links')}</legend>
      <RecordLinks field="entities" label={labels.field('entities')} search={searchEntities} />
      <RecordLinks field="events" label={labels.field('events')} search={searchEvents} />
      <TagInput />
    </fieldset>
  )
}

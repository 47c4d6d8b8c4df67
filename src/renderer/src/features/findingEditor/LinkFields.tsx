import { useEffect, useState, type KeyboardEvent } from 'react'
import { call } from '../../api/client'
import { Combobox, type ComboOption } from './Combobox'
import { controlId } from './formModel'
import { FieldError, useEditor } from './editorContext'

/** Names of linked records seen in this session, so chips show names rather than ids. */
const knownLabels = new Map<string, string>()

async function searchEntities(text: string): Promise<ComboOption[]> {
  const found = await call('entities.list', { text })
  return found.slice(0, 20).map((e) => ({ id: e.id, label: e.preferredName, detail: `${e.type} · ${e.id}` }))
}

async function searchEvents(text: string): Promise<ComboOption[]> {
  const found = await call('events.list', { text })
  return found.slice(0, 20).map((e) => ({ id: e.id, label: e.title, detail: e.date }))
}

/** Entities or events, picked by typing any name; each chip has a remove button. */
function RecordLinks({ field, label, search }: { field: 'entities' | 'events'; label: string; search(text: string): Promise<ComboOption[]> }) {
  const { form, set, errors } = useEditor()
  const [text, setText] = useState('')
  const [options, setOptions] = useState<ComboOption[]>([])
  const chosen = form[field]
  useEffect(() => {
    if (text.trim() === '') return
    let current = true
    search(text.trim()).then(
      (found) => current && setOptions(found.filter((o) => !chosen.includes(o.id))),
      () => current && setOptions([]),
    )
    return () => {
      current = false
    }
  }, [text, search, chosen])
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
        placeholder="Type a name in any script"
        invalid={Object.keys(errors).some((path) => path.startsWith(field))}
      />
      <ul className="chips" aria-label={`Linked ${field}`}>
        {form[field].map((id) => (
          <li key={id} className="chip">
            {knownLabels.get(id) ?? id}
            <button type="button" aria-label={`Remove ${knownLabels.get(id) ?? id}`} onClick={() => set(field, form[field].filter((x) => x !== id))}>
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
      <label htmlFor={controlId('tags')}>Tags</label>
      <div className="tag-box">
        <ul className="chips" aria-label="Tags">
          {form.tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
              <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => set('tags', form.tags.filter((t) => t !== tag))}>
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
        Enter adds a tag; Backspace in the empty box removes the last one.
      </p>
      <FieldError path="tags" />
    </div>
  )
}

/** Entities, events and tags. */
export function LinkFields() {
  return (
    <fieldset className="group">
      <legend>Links</legend>
      <RecordLinks field="entities" label="Entities (people, states, places…)" search={searchEntities} />
      <RecordLinks field="events" label="Events" search={searchEvents} />
      <TagInput />
    </fieldset>
  )
}

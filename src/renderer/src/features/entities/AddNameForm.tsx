import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'

const EMPTY = { form: '', lang: '', script: '', scheme: '', note: '' }

/** Adds the researcher's own name form (an alias); the core checks it and says what is wrong. */
export function AddNameForm({ entityId }: { entityId: string }) {
  const [fields, setFields] = useState(EMPTY)
  const [error, setError] = useState<string | undefined>()
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setFields({ ...fields, [key]: e.target.value })

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    try {
      await call('entities.addName', {
        entityId,
        form: fields.form,
        lang: fields.lang,
        script: fields.script,
        ...(fields.scheme ? { scheme: fields.scheme } : {}),
        ...(fields.note ? { note: fields.note } : {}),
      })
      setFields(EMPTY)
      setError(undefined)
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <form className="add-name" aria-label="Add a name" onSubmit={submit}>
      <label>
        Name form <input value={fields.form} onChange={set('form')} required />
      </label>
      <label>
        Language <input value={fields.lang} onChange={set('lang')} placeholder="ko" size={6} required />
      </label>
      <label>
        Script <input value={fields.script} onChange={set('script')} placeholder="Hani" size={6} required />
      </label>
      <label>
        System <input value={fields.scheme} onChange={set('scheme')} placeholder="optional" size={12} />
      </label>
      <label>
        Note <input value={fields.note} onChange={set('note')} />
      </label>
      <button type="submit">Add name</button>
      {error && <p role="alert">{error}</p>}
    </form>
  )
}

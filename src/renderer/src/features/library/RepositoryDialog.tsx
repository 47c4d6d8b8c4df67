import { useEffect, useRef, useState, type FormEvent } from 'react'
import { createPortal } from 'react-dom'
import type { Output } from '../../../../shared/api/contract'
import { call } from '../../api/client'

type Added = Output<'repositories.add'>

/** Countries of the archives of this field, by name (stored as ISO codes). */
const COUNTRIES: readonly [string, string][] = [
  ['KR', 'South Korea'],
  ['KP', 'North Korea'],
  ['CN', 'China'],
  ['TW', 'Taiwan'],
  ['JP', 'Japan'],
  ['RU', 'Russia'],
  ['MN', 'Mongolia'],
  ['US', 'United States'],
  ['GB', 'United Kingdom'],
  ['DE', 'Germany'],
  ['FR', 'France'],
  ['HU', 'Hungary'],
  ['PL', 'Poland'],
  ['CZ', 'Czechia'],
  ['RO', 'Romania'],
  ['BG', 'Bulgaria'],
  ['AL', 'Albania'],
  ['VN', 'Vietnam'],
]

const isLatin = (text: string) => !/[^\p{Script=Latin}\p{N}\p{P}\p{Z}]/u.test(text)

/**
 * Adds an archive the list lacks: its name in its own script, its English name, the place and,
 * if wanted, a first collection. `initialName` (typed in the editor) fills the field of its script.
 */
export function RepositoryDialog({ initialName = '', onDone }: { initialName?: string; onDone(added?: Added): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const latin = isLatin(initialName)
  const [original, setOriginal] = useState(latin ? '' : initialName)
  const [english, setEnglish] = useState(latin ? initialName : '')
  const [city, setCity] = useState('')
  const [country, setCountry] = useState('')
  const [collection, setCollection] = useState('')
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    event.stopPropagation()
    const name = english.trim() || original.trim()
    if (name === '') {
      setError('Give the name in its own script, in English, or both.')
      return
    }
    setSaving(true)
    try {
      const added = await call('repositories.add', {
        name,
        ...(english.trim() && original.trim() ? { original_name: original.trim() } : {}),
        ...(city.trim() ? { city: city.trim() } : {}),
        ...(country ? { country } : {}),
        ...(collection.trim() ? { collection: collection.trim() } : {}),
      })
      onDone(added)
    } catch (e) {
      setError((e as Error).message)
      setSaving(false)
    }
  }

  // In the document's body, so its form is never inside the finding editor's form.
  return createPortal(
    <dialog
      ref={dialog}
      className="repository-dialog"
      aria-labelledby="repository-dialog-title"
      onCancel={(e) => {
        e.preventDefault()
        e.stopPropagation()
        onDone()
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="repository-dialog-title">Add a repository</h2>
        <p className="muted">It is added to your list and reaches your colleagues with your next sync.</p>
        <label>
          Name in its own script
          <input value={original} onChange={(e) => setOriginal(e.target.value)} placeholder="국사편찬위원회" autoFocus={!latin} />
        </label>
        <label>
          Name in English
          <input value={english} onChange={(e) => setEnglish(e.target.value)} placeholder="National Institute of Korean History" autoFocus={latin} />
        </label>
        <label>
          City
          <input value={city} onChange={(e) => setCity(e.target.value)} placeholder="Gwacheon" />
        </label>
        <label>
          Country
          <select value={country} onChange={(e) => setCountry(e.target.value)}>
            <option value="">Not given</option>
            {COUNTRIES.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Collection (optional)
          <input value={collection} onChange={(e) => setCollection(e.target.value)} placeholder="Captured North Korean documents" />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => onDone()}>
            Cancel
          </button>
          <button type="submit" disabled={saving}>
            {saving ? 'Adding…' : 'Add repository'}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  )
}

import { useEffect, useRef, useState, type FormEvent } from 'react'
import { createPortal } from 'react-dom'
import type { Output } from '../../../../shared/api/contract'
import { call } from '../../api/client'
import { currentLocale, useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'

type Added = Output<'repositories.add'>

/** Countries of the archives of this field (stored as ISO codes, shown in the reader's language). */
const COUNTRIES = ['KR', 'KP', 'CN', 'TW', 'JP', 'RU', 'MN', 'US', 'GB', 'DE', 'FR', 'HU', 'PL', 'CZ', 'RO', 'BG', 'AL', 'VN'] as const

/** A country's name in the interface language. */
export function countryName(code: string): string {
  return new Intl.DisplayNames([currentLocale()], { type: 'region' }).of(code) ?? code
}

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
  const t = useT()

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    event.stopPropagation()
    const name = english.trim() || original.trim()
    if (name === '') {
      setError(t('actions.repository.nameNeeded'))
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
      setError(errorText(e))
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
        <h2 id="repository-dialog-title">{t('actions.repository.add')}</h2>
        <p className="muted">{t('actions.repository.synced')}</p>
        <label>
          {t('actions.repository.original')}
          <input value={original} onChange={(e) => setOriginal(e.target.value)} autoFocus={!latin} />
        </label>
        <label>
          {t('actions.repository.english')}
          <input value={english} onChange={(e) => setEnglish(e.target.value)} autoFocus={latin} />
        </label>
        <label>
          {t('actions.repository.city')}
          <input value={city} onChange={(e) => setCity(e.target.value)} />
        </label>
        <label>
          {t('actions.repository.country')}
          <select value={country} onChange={(e) => setCountry(e.target.value)}>
            <option value="">{t('actions.repository.noCountry')}</option>
            {COUNTRIES.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('actions.repository.collection')}
          <input value={collection} onChange={(e) => setCollection(e.target.value)} />
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
            {t(saving ? 'actions.repository.adding' : 'actions.repository.addButton')}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  )
}

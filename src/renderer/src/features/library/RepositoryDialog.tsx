import { useState } from 'react'
import type { Output } from '../../../../shared/api/contract'
import { call } from '../../api/client'
import { currentLocale, useT } from '../../i18n'
import { AddDialog } from './AddDialog'

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
  const latin = isLatin(initialName)
  const [original, setOriginal] = useState(latin ? '' : initialName)
  const [english, setEnglish] = useState(latin ? initialName : '')
  const [city, setCity] = useState('')
  const [country, setCountry] = useState('')
  const [collection, setCollection] = useState('')
  const t = useT()

  async function save(): Promise<string | undefined> {
    const name = english.trim() || original.trim()
    if (name === '') return t('actions.repository.nameNeeded')
    const added = await call('repositories.add', {
      name,
      ...(english.trim() && original.trim() ? { original_name: original.trim() } : {}),
      ...(city.trim() ? { city: city.trim() } : {}),
      ...(country ? { country } : {}),
      ...(collection.trim() ? { collection: collection.trim() } : {}),
    })
    onDone(added)
    return undefined
  }

  return (
    <AddDialog id="repository-dialog-title" title={t('actions.repository.add')} submit={t('actions.repository.addButton')} save={save} onCancel={() => onDone()}>
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
    </AddDialog>
  )
}

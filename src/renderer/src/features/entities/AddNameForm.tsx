import { useState, type FormEvent } from 'react'
import { ROMANIZATION_SCHEMES } from '../../../../shared/model/findingVocab'
import { NAME_LANGUAGES, SCRIPTS } from '../../../../shared/vocabulary'
import { call } from '../../api/client'
import { useLabels, useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'

const EMPTY = { form: '', lang: '', script: '', scheme: '', note: '' }

/** Adds the researcher's own name form (an alias); language, script and system are picked by name, never typed as codes. */
export function AddNameForm({ entityId }: { entityId: string }) {
  const [fields, setFields] = useState(EMPTY)
  const [error, setError] = useState<string | undefined>()
  const t = useT()
  const labels = useLabels()
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
      setError(errorText(err))
    }
  }

  return (
    <form className="add-name" aria-label={t('entities.addName')} onSubmit={submit}>
      <label>
        {t('entities.nameForm')} <input value={fields.form} onChange={set('form')} required />
      </label>
      <label>
        {t('entities.language')}{' '}
        <select value={fields.lang} onChange={set('lang')} required>
          <option value="">{t('entities.chooseLanguage')}</option>
          {NAME_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {labels.vocab('language', lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('entities.script')}{' '}
        <select value={fields.script} onChange={set('script')} required>
          <option value="">{t('entities.chooseScript')}</option>
          {SCRIPTS.map((script) => (
            <option key={script} value={script}>
              {labels.vocab('script', script)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('entities.system')}{' '}
        <select value={fields.scheme} onChange={set('scheme')}>
          <option value="">{t('entities.optional')}</option>
          {ROMANIZATION_SCHEMES.map((scheme) => (
            <option key={scheme} value={scheme}>
              {labels.vocab('romanizationScheme', scheme)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('entities.note')} <input value={fields.note} onChange={set('note')} />
      </label>
      <button type="submit">{t('entities.addNameButton')}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  )
}

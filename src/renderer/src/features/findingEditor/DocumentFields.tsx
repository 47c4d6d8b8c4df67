import { useMemo, useState } from 'react'
import { parseDateAsWritten, validateEdtf } from '../../../../shared/findings/date'
import { parseReference } from '../../../../shared/findings/reference'
import { suggestClassification, suggestDocType, suggestLanguage } from '../../../../shared/findings/suggest'
import {
  CLASSIFICATION_LEVELS,
  DATE_CERTAINTIES,
  DOC_TYPES,
  ROMANIZATION_SCHEMES,
} from '../../../../shared/model/findingVocab'
import type { Output } from '../../../../shared/api/contract'
import { RepositoryDialog } from '../library/RepositoryDialog'
import { CollectionPicker } from './CollectionPicker'
import { Combobox } from './Combobox'
import { formatEdtf } from '../../../../shared/i18n/format'
import { DOCUMENT_LANGUAGES } from '../../../../shared/vocabulary'
import { currentLocale, useLabels, useT } from '../../i18n'
import { refusalInWords } from '../../i18n/errorText'
import { controlProps, FieldError, SelectInput, SuggestionChip, TextInput, useEditor } from './editorContext'
import { RomanizationSuggestions } from './RomanizationSuggestions'
import { SameDocumentNotice } from './SameDocumentNotice'

export type StoredRepository = Output<'repositories.list'>[number]

const LANGUAGES = DOCUMENT_LANGUAGES

/** Every name of a repository, any script, so typing 外交部 or АВП finds it. */
const allNames = (repository: StoredRepository): string[] => [repository.name, ...repository.names.map((n) => n.form)]

/** The option that offers to add what was typed as a new repository. */
const ADD_OPTION = ':add'

function RepositoryPicker({ repositories: listed }: { repositories: readonly StoredRepository[] }) {
  const { form, set, errors } = useEditor()
  const [added, setAdded] = useState<StoredRepository[]>([])
  const [adding, setAdding] = useState<string>()
  const repositories = useMemo(() => [...listed, ...added.filter((a) => !listed.some((r) => r.id === a.id))], [listed, added])
  const chosen = repositories.find((r) => r.id === form.repository_id)
  const [text, setText] = useState('')
  const t = useT()
  const options = useMemo(() => {
    const query = text.trim().toLowerCase()
    const found = repositories
      .filter((r) => query === '' || r.id.includes(query) || allNames(r).some((n) => n.toLowerCase().includes(query)))
      .slice(0, 30)
      .map((r) => ({ id: r.id, label: r.name, detail: allNames(r).slice(1, 4).join(' · ') }))
    const exact = repositories.some((r) => allNames(r).some((n) => n.toLowerCase() === query))
    return query === '' || exact ? found : [...found, { id: ADD_OPTION, label: t('editor.repository.addOption', { name: text.trim() }), detail: t('editor.repository.addDetail') }]
  }, [repositories, text, t])
  const props = controlProps('repository_id', errors)
  const labels = useLabels()
  return (
    <div className="field">
      <Combobox
        id={props.id}
        label={`${labels.field('repository_id')} *`}
        text={text}
        onText={setText}
        options={options}
        onPick={(option) => {
          if (option.id === ADD_OPTION) setAdding(text.trim())
          else set('repository_id', option.id)
          setText('')
        }}
        placeholder={chosen ? t('editor.typeToChange') : t('editor.typeAnyScript')}
        describedBy={props['aria-describedby'] ?? 'fe-repository-chosen'}
        invalid={props['aria-invalid']}
      />
      <p id="fe-repository-chosen" className="field-hint" aria-live="polite">
        {chosen ? (
          <>
            <strong>{chosen.name}</strong> {allNames(chosen).slice(1, 3).join(' · ')}
          </>
        ) : (
          t('editor.noRepository')
        )}
      </p>
      <FieldError path="repository_id" />
      {chosen && <CollectionPicker key={chosen.id} repository={chosen} />}
      {adding !== undefined && (
        <RepositoryDialog
          initialName={adding}
          onDone={(repository) => {
            setAdding(undefined)
            if (!repository) return
            setAdded((current) => [...current, repository])
            set('repository_id', repository.id)
          }}
        />
      )}
    </div>
  )
}

function ReferencePreview({ findingId }: { findingId?: string }) {
  const { form } = useEditor()
  const t = useT()
  if (form.reference_raw.trim() === '') return null
  const parsed = parseReference(form.reference_raw, form.repository_id || undefined)
  return (
    <div className="preview" aria-live="polite">
      <p className="muted">{parsed.reference_key ? t('editor.keyPreview') : t('editor.keyUnknown')}</p>
      {form.repository_id && (
        <SameDocumentNotice repositoryId={form.repository_id} referenceRaw={form.reference_raw} findingId={findingId} />
      )}
    </div>
  )
}

function DatePreview() {
  const { form, set } = useEditor()
  const t = useT()
  const labels = useLabels()
  const reads = (value: { edtf: string; precision: string; certainty: string }) =>
    t('editor.dateReads', {
      date: formatEdtf(value.edtf, currentLocale(), t),
      precision: labels.vocab('datePrecision', value.precision),
      certainty: labels.vocab('dateCertainty', value.certainty),
    })
  if (form.doc_date.trim() !== '') {
    const checked = validateEdtf(form.doc_date)
    return (
      <p className="preview" aria-live="polite">
        {checked.ok ? reads(checked.value) : (refusalInWords(checked.refusal) ?? t('editor.edtfProblem', { reason: checked.message }))}
      </p>
    )
  }
  if (form.doc_date_as_written.trim() === '') return null
  const parsed = parseDateAsWritten(form.doc_date_as_written)
  if (!parsed.ok) return <p className="preview warning">{refusalInWords(parsed.refusal) ?? t('editor.dateUnreadable', { reason: parsed.message })}</p>
  const { certainty, note } = parsed.value
  return (
    <p className="preview" aria-live="polite">
      {reads(parsed.value)}
      {note && t('editor.dateNote', { note })}{' '}
      {form.doc_date_certainty === '' && certainty !== 'exact' && (
        <SuggestionChip label={labels.vocab('dateCertainty', certainty)} why={t('editor.why.certainty')} onAccept={() => set('doc_date_certainty', certainty)} />
      )}
    </p>
  )
}

/** Repository, reference, date, titles, type, language and classification: what identifies the document. */
export function DocumentFields({ repositories, findingId }: { repositories: readonly StoredRepository[]; findingId?: string }) {
  const { form, set } = useEditor()
  const t = useT()
  const labels = useLabels()
  const sample = form.transcription || form.title_original
  const language = suggestLanguage(sample)
  const docType = suggestDocType({ title: form.title_original || form.title_or_description, text: form.transcription })[0]
  const level = suggestClassification(form.classification_original)
  const languages = LANGUAGES.includes(form.original_language as never) || !form.original_language ? LANGUAGES : [form.original_language, ...LANGUAGES]
  return (
    <fieldset className="group">
      <legend>{t('editor.group.document')}</legend>
      <RepositoryPicker repositories={repositories} />
      <TextInput field="reference_raw" required placeholder={t('editor.referencePlaceholder')}>
        <ReferencePreview findingId={findingId} />
      </TextInput>
      {form.reference_raw.trim() === '[unknown]' && <TextInput field="reference_unknown_reason" required />}
      <TextInput field="pages" placeholder={t('editor.pagesPlaceholder')} />
      <TextInput field="doc_date_as_written" placeholder={t('editor.asWrittenPlaceholder')}>
        <DatePreview />
      </TextInput>
      <TextInput field="doc_date" placeholder={t('editor.datePlaceholder')} />
      <SelectInput field="doc_date_certainty" options={DATE_CERTAINTIES} vocab="dateCertainty" />
      <TextInput field="title_or_description" required />
      <TextInput field="title_original" lang={form.original_language || undefined} />
      <TextInput field="title_romanized">
        <RomanizationSuggestions />
      </TextInput>
      <SelectInput field="romanization_scheme" options={ROMANIZATION_SCHEMES} vocab="romanizationScheme" />
      <TextInput field="title_translation" placeholder={t('editor.titleTranslationPlaceholder')} />
      <TextInput field="title_short" placeholder={t('editor.titleShortPlaceholder')} />
      <SelectInput field="doc_type" options={DOC_TYPES} vocab="docType" required>
        {docType && docType.doc_type !== form.doc_type && (
          <SuggestionChip label={labels.vocab('docType', docType.doc_type)} why={t('editor.why.docType', { cue: docType.cue, source: t(`editor.why.source.${docType.source}`) })} onAccept={() => set('doc_type', docType.doc_type)} />
        )}
      </SelectInput>
      <SelectInput field="original_language" options={languages} vocab="language" required>
        {language && language.tag !== form.original_language && (
          <SuggestionChip label={labels.vocab('language', language.tag)} why={t('editor.why.script', { source: t(form.transcription ? 'editor.why.source.text' : 'editor.why.source.title') })} onAccept={() => set('original_language', language.tag)} />
        )}
      </SelectInput>
      <TextInput field="classification_original" placeholder={t('editor.markingPlaceholder')} lang={form.original_language || undefined} />
      <SelectInput field="classification_level" options={CLASSIFICATION_LEVELS} vocab="classificationLevel">
        {level && level.level !== form.classification_level && (
          <SuggestionChip label={labels.vocab('classificationLevel', level.level)} why={t('editor.why.marking', { marking: level.marking })} onAccept={() => set('classification_level', level.level)} />
        )}
      </SelectInput>
      <TextInput field="precedence" placeholder={t('editor.precedencePlaceholder')} />
    </fieldset>
  )
}

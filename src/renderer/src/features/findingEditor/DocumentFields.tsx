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
import { Combobox } from './Combobox'
import { controlProps, FieldError, humanize, SelectInput, SuggestionChip, TextInput, useEditor } from './editorContext'
import { RomanizationSuggestions } from './RomanizationSuggestions'
import { SameDocumentNotice } from './SameDocumentNotice'

export type StoredRepository = Output<'repositories.list'>[number]

/** Romanization systems as historians name them. */
const SCHEME_LABELS: Readonly<Record<string, string>> = {
  pinyin: 'Pinyin',
  'wade-giles': 'Wade-Giles',
  'mccune-reischauer': 'McCune-Reischauer',
  'revised-romanization': 'Revised Romanization',
  'ala-lc-korean': 'ALA-LC (Korean)',
  'ala-lc-russian': 'ALA-LC (Russian)',
  'bgn-pcgn': 'BGN/PCGN',
  iso9: 'ISO 9',
  palladius: 'Palladius',
  kontsevich: 'Kontsevich',
  'dprk-official': 'DPRK official',
  'pinyin-tonal': 'Pinyin with tone marks',
  'mccune-reischauer-ascii': 'McCune-Reischauer without marks',
  'russian-scholarly': 'Scholarly (Russian)',
  'english-common': 'Common English spelling',
}

/** The language tags researchers of this field use (archival-model.md §3.2). */
export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'ko-KP', 'ko-KR', 'ko-Kore', 'ko', 'ja', 'ru', 'en', 'de', 'hu', 'ro', 'pl', 'cs', 'bg', 'sq', 'vi', 'mn'] as const

/** Every name of a repository, any script, so typing 外交部 or АВП finds it. */
const allNames = (repository: StoredRepository): string[] => [repository.name, ...repository.names.map((n) => n.form)]

function RepositoryPicker({ repositories }: { repositories: readonly StoredRepository[] }) {
  const { form, set, errors } = useEditor()
  const chosen = repositories.find((r) => r.id === form.repository_id)
  const [text, setText] = useState('')
  const options = useMemo(() => {
    const query = text.trim().toLowerCase()
    return repositories
      .filter((r) => query === '' || r.id.includes(query) || allNames(r).some((n) => n.toLowerCase().includes(query)))
      .slice(0, 30)
      .map((r) => ({ id: r.id, label: r.name, detail: allNames(r).slice(1, 4).join(' · ') }))
  }, [repositories, text])
  const props = controlProps('repository_id', errors)
  return (
    <div className="field">
      <Combobox
        id={props.id}
        label="Repository *"
        text={text}
        onText={setText}
        options={options}
        onPick={(option) => {
          set('repository_id', option.id)
          setText('')
        }}
        placeholder={chosen ? 'Type to change' : 'Type a name in any script'}
        describedBy={props['aria-describedby'] ?? 'fe-repository-chosen'}
        invalid={props['aria-invalid']}
      />
      <p id="fe-repository-chosen" className="field-hint" aria-live="polite">
        {chosen ? (
          <>
            <strong>{chosen.name}</strong> {allNames(chosen).slice(1, 3).join(' · ')}
          </>
        ) : (
          'No repository chosen'
        )}
      </p>
      <FieldError path="repository_id" />
    </div>
  )
}

function ReferencePreview({ findingId }: { findingId?: string }) {
  const { form } = useEditor()
  if (form.reference_raw.trim() === '') return null
  const parsed = parseReference(form.reference_raw, form.repository_id || undefined)
  return (
    <div className="preview" aria-live="polite">
      <p>
        Key: <code>{parsed.reference_key ?? 'unknown (a document of its own)'}</code>{' '}
        <span className="muted">({parsed.scheme})</span>
      </p>
      {form.repository_id && (
        <SameDocumentNotice repositoryId={form.repository_id} referenceRaw={form.reference_raw} findingId={findingId} />
      )}
    </div>
  )
}

function DatePreview() {
  const { form, set } = useEditor()
  if (form.doc_date.trim() !== '') {
    const checked = validateEdtf(form.doc_date)
    return (
      <p className="preview" aria-live="polite">
        {checked.ok ? `EDTF ${checked.value.edtf} · ${checked.value.precision} · ${checked.value.certainty}` : `EDTF ${checked.message}`}
      </p>
    )
  }
  if (form.doc_date_as_written.trim() === '') return null
  const parsed = parseDateAsWritten(form.doc_date_as_written)
  if (!parsed.ok) return <p className="preview warning">Cannot read this date: {parsed.message}. Give the EDTF date below.</p>
  const { edtf, precision, certainty, note } = parsed.value
  return (
    <p className="preview" aria-live="polite">
      Reads as <code>{edtf}</code> · {precision} · {certainty}
      {note && <> · {note}</>}{' '}
      {form.doc_date_certainty === '' && certainty !== 'exact' && (
        <SuggestionChip label={certainty} why="certainty from the date" onAccept={() => set('doc_date_certainty', certainty)} />
      )}
    </p>
  )
}

/** Repository, reference, date, titles, type, language and classification: what identifies the document. */
export function DocumentFields({ repositories, findingId }: { repositories: readonly StoredRepository[]; findingId?: string }) {
  const { form, set } = useEditor()
  const sample = form.transcription || form.title_original
  const language = suggestLanguage(sample)
  const docType = suggestDocType({ title: form.title_original || form.title_or_description, text: form.transcription })[0]
  const level = suggestClassification(form.classification_original)
  const languages = LANGUAGES.includes(form.original_language as never) || !form.original_language ? LANGUAGES : [form.original_language, ...LANGUAGES]
  return (
    <fieldset className="group">
      <legend>Document</legend>
      <RepositoryPicker repositories={repositories} />
      <TextInput field="reference_raw" label="Reference as written" required placeholder="e.g. 外交部档案馆 106-00999-01">
        <ReferencePreview findingId={findingId} />
      </TextInput>
      {form.reference_raw.trim() === '[unknown]' && <TextInput field="reference_unknown_reason" label="Why the reference is unknown" required />}
      <TextInput field="pages" label="Pages" placeholder="3–7, ll. 146–164" />
      <TextInput field="doc_date_as_written" label="Date as written" placeholder="1958年2月15日, 22.IX.56">
        <DatePreview />
      </TextInput>
      <TextInput field="doc_date" label="Date (EDTF)" placeholder="derived from the date as written" />
      <SelectInput field="doc_date_certainty" label="Date certainty" options={DATE_CERTAINTIES} />
      <TextInput field="title_or_description" label="Title or description (English)" required />
      <TextInput field="title_original" label="Original title" lang={form.original_language || undefined} />
      <TextInput field="title_romanized" label="Romanized title">
        <RomanizationSuggestions />
      </TextInput>
      <SelectInput field="romanization_scheme" label="Romanization scheme" options={ROMANIZATION_SCHEMES} labels={SCHEME_LABELS} />
      <TextInput field="title_translation" label="Title in English translation" placeholder="printed in brackets after the original title" />
      <TextInput field="title_short" label="Short title" placeholder="up to four words, for short notes" />
      <SelectInput field="doc_type" label="Document type" options={DOC_TYPES} required>
        {docType && docType.doc_type !== form.doc_type && (
          <SuggestionChip label={humanize(docType.doc_type)} why={`“${docType.cue}” in the ${docType.source}`} onAccept={() => set('doc_type', docType.doc_type)} />
        )}
      </SelectInput>
      <SelectInput field="original_language" label="Original language" options={languages} required>
        {language && language.tag !== form.original_language && (
          <SuggestionChip label={language.tag} why={`script of the ${form.transcription ? 'transcription' : 'title'}`} onAccept={() => set('original_language', language.tag)} />
        )}
      </SelectInput>
      <TextInput field="classification_original" label="Classification marking as printed" placeholder="机密, совершенно секретно, 2급비밀" lang={form.original_language || undefined} />
      <SelectInput field="classification_level" label="Classification level" options={CLASSIFICATION_LEVELS}>
        {level && level.level !== form.classification_level && (
          <SuggestionChip label={humanize(level.level)} why={`marking ${level.marking}`} onAccept={() => set('classification_level', level.level)} />
        )}
      </SelectInput>
      <TextInput field="precedence" label="Precedence" placeholder="特急, срочно, 긴급" />
    </fieldset>
  )
}

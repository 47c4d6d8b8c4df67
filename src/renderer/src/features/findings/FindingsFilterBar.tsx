import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { FindingFilter } from '../../../../shared/model/findingList'
import { CONFIDENCES, STANCES } from '../../../../shared/model/findingVocab'
import { useCall } from '../../api/useCall'
import { FILTER_LANGUAGES, type VocabName } from '../../../../shared/vocabulary'
import { useLabels, useT } from '../../i18n'

/** Typing pauses this long before a text filter applies, so each keystroke does not reload the list. */
const TYPING_PAUSE_MS = 350

interface Props {
  filter: FindingFilter
  onChange(filter: FindingFilter): void
  repositories: readonly { id: string; name: string }[]
}

/** The findings filters; every control is labelled, and an empty choice means "any". */
export function FindingsFilterBar({ filter, onChange, repositories }: Props) {
  const essay = useCall('essay.get', {})
  const set = <K extends keyof FindingFilter>(key: K, value: FindingFilter[K] | '') =>
    onChange({ ...filter, [key]: value === '' ? undefined : value })
  const conflicts = filter.has_conflicts === undefined ? '' : filter.has_conflicts ? 'yes' : 'no'
  const t = useT()
  const labels = useLabels()
  return (
    <form className="findings-filters" aria-label={t('findings.filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('findings.words')} <TextFilter value={filter.text ?? ''} onCommit={(text) => set('text', text)} placeholder={t('findings.wordsPlaceholder')} />
      </label>
      <Choice label={t('findings.column.repository')} value={filter.repository_id} any={t('common.anyRepository')} onChange={(v) => set('repository_id', v)}>
        {repositories.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </Choice>
      <Choice label={t('findings.column.language')} value={filter.original_language} any={t('common.anyLanguage')} onChange={(v) => set('original_language', v)}>
        {FILTER_LANGUAGES.map((tag) => (
          <option key={tag} value={tag}>
            {labels.vocab('language', tag)}
          </option>
        ))}
      </Choice>
      <label>
        {t('findings.from')} <input type="date" value={filter.date_from ?? ''} onChange={(e) => set('date_from', e.target.value)} />
      </label>
      <label>
        {t('findings.to')} <input type="date" value={filter.date_to ?? ''} onChange={(e) => set('date_to', e.target.value)} />
      </label>
      <label>
        {t('findings.tag')} <TextFilter value={filter.tag ?? ''} onCommit={(tag) => set('tag', tag)} size={10} />
      </label>
      <Choice label={t('field.essay_sections')} value={filter.essay_section} any={t('common.anySection')} onChange={(v) => set('essay_section', v)}>
        {essay.status === 'done' &&
          essay.value.sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.title}
            </option>
          ))}
      </Choice>
      <Choice label={t('field.stance')} value={filter.stance} any={t('common.anyStance')} onChange={(v) => set('stance', v as FindingFilter['stance'])}>
        <Options vocab="stance" values={STANCES} />
      </Choice>
      <Choice label={t('field.confidence')} value={filter.confidence} any={t('findings.anyConfidence')} onChange={(v) => set('confidence', v as FindingFilter['confidence'])}>
        <Options vocab="confidence" values={CONFIDENCES} />
      </Choice>
      <Choice label={t('findings.conflicts')} value={conflicts} any={t('findings.withOrWithout')} onChange={(v) => set('has_conflicts', v === '' ? '' : v === 'yes')}>
        <option value="yes">{t('findings.withConflicts')}</option>
        <option value="no">{t('findings.withoutConflicts')}</option>
      </Choice>
      <label className="trash-toggle">
        <input type="checkbox" checked={filter.deleted === true} onChange={(e) => set('deleted', e.target.checked || '')} /> {t('findings.trash')}
      </label>
      <button type="button" onClick={() => onChange(filter.deleted ? { deleted: true } : {})}>
        {t('common.clearFilters')}
      </button>
    </form>
  )
}

function Choice(props: { label: string; value?: string; any: string; onChange(value: string): void; children: ReactNode }) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.any}</option>
        {props.children}
      </select>
    </label>
  )
}

function Options({ vocab, values }: { vocab: VocabName; values: readonly string[] }) {
  const labels = useLabels()
  return values.map((value) => (
    <option key={value} value={value}>
      {labels.vocab(vocab, value)}
    </option>
  ))
}

/** A text box that applies what was typed after a pause or on Enter, and follows outside changes. */
function TextFilter(props: { value: string; onCommit(value: string): void; placeholder?: string; size?: number }) {
  const { value, onCommit } = props
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  // The latest callback, so a parent re-render (rows arriving) does not restart the pause.
  const commit = useRef(onCommit)
  useEffect(() => {
    commit.current = onCommit
  })
  if (shown !== value) {
    setShown(value)
    setDraft(value)
  }
  useEffect(() => {
    if (draft.trim() === value) return
    const timer = setTimeout(() => commit.current(draft.trim()), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [draft, value])
  return (
    <input
      type="search"
      value={draft}
      size={props.size}
      placeholder={props.placeholder}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => e.key === 'Enter' && onCommit(draft.trim())}
    />
  )
}

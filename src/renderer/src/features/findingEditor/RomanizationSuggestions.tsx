import { useEffect, useState } from 'react'
import type { Output } from '../../../../shared/api/contract'
import { RomanizationScheme } from '../../../../shared/model/findingVocab'
import { call } from '../../api/client'
import { useLabels, useT } from '../../i18n'
import { SuggestionChip, useEditor } from './editorContext'

type Suggestion = Output<'romanize.suggest'>[number]

/** How long typing must pause before the original title is romanized. */
const PAUSE_MS = 300

/**
 * The engine's romanizations of the original title, one per system (Pinyin and Wade-Giles,
 * McCune-Reischauer and Revised Romanization, the Russian systems), offered offline as chips:
 * taking one fills the romanized title and its system, which stay editable.
 */
export function RomanizationSuggestions() {
  const { form, set } = useEditor()
  const t = useT()
  const labels = useLabels()
  const original = form.title_original.trim()
  // Suggestions remember the title they were made for, so a stale answer is never offered.
  const [fetched, setFetched] = useState<{ text: string; list: Suggestion[] }>({ text: '', list: [] })

  useEffect(() => {
    if (original === '') return
    let current = true
    const timer = setTimeout(() => {
      call('romanize.suggest', { text: original, kind: 'title' })
        .then((list) => current && setFetched({ text: original, list }))
        .catch(() => current && setFetched({ text: original, list: [] }))
    }, PAUSE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [original])

  const suggestions = fetched.text === original ? fetched.list : []
  const offered = suggestions.filter((s) => s.value !== form.title_romanized && RomanizationScheme.safeParse(s.system).success)
  if (offered.length === 0) return null
  return (
    <div className="suggestions" aria-label={t('editor.suggestedRomanizations')}>
      {offered.map((s) => (
        <SuggestionChip
          key={s.system}
          label={s.value}
          why={labels.vocab('romanizationScheme', s.system)}
          onAccept={() => {
            set('title_romanized', s.value)
            set('romanization_scheme', s.system)
          }}
        />
      ))}
    </div>
  )
}

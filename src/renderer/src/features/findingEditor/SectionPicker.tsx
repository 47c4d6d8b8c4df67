import { useRef, useState, type KeyboardEvent } from 'react'
import type { EssaySection } from '../../../../shared/model/essay'
import { controlId } from './formModel'
import { useT } from '../../i18n'
import { FieldError, useEditor } from './editorContext'

/** How long typed letters keep adding to the type-ahead search. */
const TYPE_AHEAD_MS = 800

/**
 * A multi-select list of the essay's sections (WAI-ARIA listbox): ArrowUp/ArrowDown move,
 * Space toggles, typing jumps to a section whose title or slug starts with the letters.
 */
export function SectionPicker({ sections }: { sections: readonly EssaySection[] }) {
  const { form, set, errors } = useEditor()
  const [active, setActive] = useState(0)
  const typed = useRef({ text: '', at: 0 })
  const t = useT()
  const id = controlId('essay_sections')
  const toggle = (slug: string) =>
    set('essay_sections', form.essay_sections.includes(slug) ? form.essay_sections.filter((s) => s !== slug) : [...form.essay_sections, slug])

  function typeAhead(key: string): void {
    const now = Date.now()
    typed.current = { text: now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text + key : key, at: now }
    const prefix = typed.current.text.toLowerCase()
    const found = sections.findIndex((s) => s.slug.startsWith(prefix) || s.title.toLowerCase().startsWith(prefix))
    if (found >= 0) setActive(found)
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: sections.length - 1 }
    if (event.key in moves) {
      event.preventDefault()
      setActive(Math.max(0, Math.min(sections.length - 1, moves[event.key]!)))
    } else if (event.key === ' ') {
      event.preventDefault()
      const section = sections[active]
      if (section) toggle(section.slug)
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      typeAhead(event.key)
    }
  }

  return (
    <div className="field wide">
      <span id={`${id}-label`} className="label">
        {t('editor.sectionsChosen', { count: form.essay_sections.length })}
      </span>
      <ul
        id={id}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={`${id}-${active}`}
        tabIndex={0}
        className="section-picker"
        onKeyDown={onKeyDown}
      >
        {sections.map((section, i) => (
          <li
            key={section.slug}
            id={`${id}-${i}`}
            role="option"
            aria-selected={form.essay_sections.includes(section.slug)}
            className={i === active ? 'active' : undefined}
            onClick={() => {
              setActive(i)
              toggle(section.slug)
            }}
          >
            <span className="tick" aria-hidden="true">{form.essay_sections.includes(section.slug) ? '☑' : '☐'}</span>{' '}
            {section.level === 2 && '— '}
            {section.title}
          </li>
        ))}
      </ul>
      <p id={`${id}-hint`} className="field-hint">{t('editor.sectionsHint')}</p>
      <FieldError path="essay_sections" />
      {errors['essay_sections'] === undefined &&
        Object.entries(errors).filter(([p]) => p.startsWith('essay_sections.')).map(([p, m]) => <p key={p} className="field-error" role="alert">{m}</p>)}
    </div>
  )
}

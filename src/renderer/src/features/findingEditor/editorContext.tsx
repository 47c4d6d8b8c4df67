import { createContext, useContext, type ReactNode } from 'react'
import type { VocabName } from '../../../../shared/vocabulary'
import { useLabels, useT } from '../../i18n'
import { controlId, type FindingForm, type TextField } from './formModel'


/** What every field of the editor needs: the form, a setter, and the messages to show beside fields. */
export interface EditorState {
  form: FindingForm
  set<K extends keyof FindingForm>(field: K, value: FindingForm[K]): void
  /** Messages keyed by field path (`doc_date`, `claim_links.0.stance`). */
  errors: Record<string, string>
}

export const EditorContext = createContext<EditorState | undefined>(undefined)

export function useEditor(): EditorState {
  const state = useContext(EditorContext)
  if (!state) throw new Error('useEditor outside the finding editor')
  return state
}

/** The message beside a field, announced to screen readers through `aria-describedby`. */
export function FieldError({ path }: { path: string }) {
  const { errors } = useEditor()
  const message = errors[path]
  if (!message) return null
  return (
    <p id={`${controlId(path)}-error`} className="field-error" aria-live="polite">
      {message}
    </p>
  )
}

/** The props that tie a control to its label and its error message. */
export function controlProps(path: string, errors: Record<string, string>) {
  const invalid = errors[path] !== undefined
  return {
    id: controlId(path),
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${controlId(path)}-error` : undefined,
  }
}

interface TextProps {
  field: TextField
  /** Defaults to the field's catalogue label (`field.<name>`). */
  label?: string
  required?: boolean
  hint?: string
  lang?: string
  placeholder?: string
  type?: 'text' | 'date'
  children?: ReactNode
}

function Label({ field, label, required }: { field: string; label?: string; required?: boolean }) {
  const labels = useLabels()
  return (
    <label htmlFor={controlId(field)}>
      {label ?? labels.field(field)}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  )
}

/** A one-line text field. `children` go under it (previews, suggestion chips). */
export function TextInput({ field, label, required, hint, lang, placeholder, type = 'text', children }: TextProps) {
  const { form, set, errors } = useEditor()
  return (
    <div className="field">
      <Label field={field} label={label} required={required} />
      <input
        {...controlProps(field, errors)}
        type={type}
        lang={lang}
        value={form[field]}
        placeholder={placeholder}
        aria-required={required || undefined}
        onChange={(e) => set(field, e.target.value)}
      />
      {hint && <p className="field-hint">{hint}</p>}
      {children}
      <FieldError path={field} />
    </div>
  )
}

/** A multi-line text field. */
export function TextArea({ field, label, required, lang, rows = 4, children }: TextProps & { rows?: number }) {
  const { form, set, errors } = useEditor()
  return (
    <div className="field wide">
      <Label field={field} label={label} required={required} />
      <textarea
        {...controlProps(field, errors)}
        lang={lang}
        rows={rows}
        value={form[field]}
        aria-required={required || undefined}
        onChange={(e) => set(field, e.target.value)}
      />
      {children}
      <FieldError path={field} />
    </div>
  )
}

/** A choice from a controlled vocabulary; the empty option means "not given". */
export function SelectInput({
  field,
  label,
  options,
  vocab,
  required,
  children,
}: {
  field: TextField
  label?: string
  /** The codes offered, each shown by its label in `vocab`. */
  options: readonly string[]
  vocab: VocabName
  required?: boolean
  children?: ReactNode
}) {
  const { form, set, errors } = useEditor()
  const labels = useLabels()
  return (
    <div className="field">
      <Label field={field} label={label} required={required} />
      <select
        {...controlProps(field, errors)}
        value={form[field]}
        aria-required={required || undefined}
        onChange={(e) => set(field, e.target.value)}
      >
        <option value="">—</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels.vocab(vocab, option)}
          </option>
        ))}
      </select>
      {children}
      <FieldError path={field} />
    </div>
  )
}

/**
 * A suggestion the researcher accepts with one key (Enter or Space on the chip): never applied
 * silently, and hidden once the field already says the same.
 */
export function SuggestionChip({ label, why, onAccept }: { label: string; why: string; onAccept(): void }) {
  const t = useT()
  return (
    <button type="button" className="suggestion-chip" onClick={onAccept} title={why}>
      {t('editor.use', { label })} <span className="why">({why})</span>
    </button>
  )
}

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'

export interface AddDialogProps {
  /** Its heading's id, which names the dialog. */
  id: string
  title: string
  /** The submit button's words. */
  submit: string
  /** The fields. */
  children: ReactNode
  /**
   * Saves what was entered; returns a sentence for what is missing (nothing is saved then), or
   * undefined when saved. A refusal it throws is shown in words, and the dialog stays open.
   */
  save(): Promise<string | undefined>
  onCancel(): void
}

/**
 * A modal form that adds something to the shared lists (a repository, a collection): Esc and
 * Cancel close it unchanged, a refusal is shown in words beside the buttons. It sits in the
 * document's body, so its form is never inside the finding editor's form.
 */
export function AddDialog({ id, title, submit: submitWords, children, save, onCancel }: AddDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
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
    setSaving(true)
    try {
      const missing = await save()
      if (missing) {
        setError(missing)
        setSaving(false)
      }
    } catch (e) {
      setError(errorText(e))
      setSaving(false)
    }
  }

  return createPortal(
    <dialog
      ref={dialog}
      className="repository-dialog"
      aria-labelledby={id}
      onCancel={(e) => {
        e.preventDefault()
        e.stopPropagation()
        onCancel()
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={id}>{title}</h2>
        <p className="muted">{t('actions.repository.synced')}</p>
        {children}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
          <button type="submit" disabled={saving}>
            {saving ? t('actions.repository.adding') : submitWords}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  )
}

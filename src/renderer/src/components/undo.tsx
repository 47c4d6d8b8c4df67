import { useEffect, useState, useSyncExternalStore } from 'react'
import './actions.css'
import { useT } from '../i18n'
import { latestUndoable, onUndoOutcome, subscribe, undoLatest } from './undoStack'

export { offerUndo, type Undoable } from './undoStack'

/** How long the toast offers the undo; Ctrl/Cmd+Z works for the last actions after it has gone. */
const TOAST_MS = 10_000
import { errorText } from '../i18n/errorText'

/** True when keys typed go into a text field (where Ctrl/Cmd+Z undoes typing instead). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
}

/** The toast of the latest undoable action, and the Ctrl/Cmd+Z key; mounted once by the app. */
export function UndoToast() {
  const latest = useSyncExternalStore(subscribe, latestUndoable)
  const [hidden, setHidden] = useState<number>()
  const [said, setSaid] = useState('')
  const t = useT()

  useEffect(
    () =>
      onUndoOutcome((outcome) =>
        setSaid(
          outcome.kind === 'nothing'
            ? t('actions.nothingToUndo')
            : outcome.kind === 'undone'
              ? t('actions.undone', { what: outcome.what })
              : t('actions.undoFailed', { what: outcome.what, reason: errorText(outcome.error) }),
        ),
      ),
    [t],
  )
  useEffect(() => {
    if (!said) return
    const timer = setTimeout(() => setSaid(''), 5_000)
    return () => clearTimeout(timer)
  }, [said])
  useEffect(() => {
    if (!latest) return
    const timer = setTimeout(() => setHidden(latest.id), TOAST_MS)
    return () => clearTimeout(timer)
  }, [latest])
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return
      event.preventDefault()
      void undoLatest()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const shown = latest && latest.id !== hidden ? latest : undefined
  return (
    <div className="undo-toast-region" aria-live="polite">
      {shown && (
        <div className="undo-toast" role="status">
          <span>{shown.message}</span>
          <button type="button" onClick={() => void undoLatest()} aria-keyshortcuts="Control+Z Meta+Z">
            {t('actions.undo')}
          </button>
          <button type="button" className="undo-dismiss" aria-label={t('actions.dismiss')} onClick={() => setHidden(shown.id)}>
            ×
          </button>
        </div>
      )}
      {!shown && said && (
        <div className="undo-toast" role="status">
          {said}
        </div>
      )}
    </div>
  )
}

import { useEffect, useState, useSyncExternalStore } from 'react'
import './actions.css'

/** One destructive action that can be taken back: what it did, in words, and how to take it back. */
export interface Undoable {
  /** What was done, e.g. “Moved 2 findings to the Trash”. */
  message: string
  undo(): Promise<unknown>
}

/** How long the toast offers the undo; Ctrl/Cmd+Z works for the last actions after it has gone. */
const TOAST_MS = 10_000
const KEPT = 20

let stack: Array<Undoable & { id: number }> = []
let nextId = 1
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())

/** Offers the undo of an action just done: a toast with “Undo”, and Ctrl/Cmd+Z outside text fields. */
export function offerUndo(action: Undoable): void {
  stack = [...stack.slice(-(KEPT - 1)), { ...action, id: nextId++ }]
  emit()
}

let announce: (text: string) => void = () => {}

/** Takes back the latest action still on the stack; says what happened. */
export async function undoLatest(): Promise<void> {
  const latest = stack.at(-1)
  if (!latest) {
    announce('Nothing to undo')
    return
  }
  stack = stack.slice(0, -1)
  emit()
  try {
    await latest.undo()
    announce(`Undone: ${latest.message}`)
  } catch (error) {
    announce(`Could not undo “${latest.message}”: ${(error as Error).message}`)
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** True when keys typed go into a text field (where Ctrl/Cmd+Z undoes typing instead). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
}

/** The toast of the latest undoable action, and the Ctrl/Cmd+Z key; mounted once by the app. */
export function UndoToast() {
  const latest = useSyncExternalStore(subscribe, () => stack.at(-1))
  const [hidden, setHidden] = useState<number>()
  const [said, setSaid] = useState('')

  useEffect(() => {
    announce = setSaid
    return () => {
      announce = () => {}
    }
  }, [])
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
            Undo
          </button>
          <button type="button" className="undo-dismiss" aria-label="Dismiss" onClick={() => setHidden(shown.id)}>
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

import { useEffect, useId, useRef, useState } from 'react'
import { useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'

interface Props {
  /** The button's words: "Restore this value", "Add it back". */
  label: string
  /** What confirming will do, asked before anything changes. */
  question: string
  /** Makes the change; a refusal's message is shown beside the button. */
  run(): Promise<void>
}

/**
 * A restore with a confirmation in place: the question and its two answers replace the button,
 * the confirming answer takes the focus, Escape cancels, and a refusal says why in words.
 */
export function RestoreAction({ label, question, run }: Props) {
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const confirm = useRef<HTMLButtonElement>(null)
  const start = useRef<HTMLButtonElement>(null)
  const id = useId()
  const t = useT()

  useEffect(() => {
    if (asking) confirm.current?.focus()
  }, [asking])

  function cancel(): void {
    setAsking(false)
    // The button comes back after this render; give it the focus back then.
    requestAnimationFrame(() => start.current?.focus())
  }

  async function restore(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      await run()
      setAsking(false)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="history-restore">
      {asking ? (
        <div role="group" aria-labelledby={`${id}-question`} className="history-confirm" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
          <p id={`${id}-question`}>{question}</p>
          <button ref={confirm} type="button" disabled={busy} onClick={() => void restore()}>
            {label}
          </button>
          <button type="button" disabled={busy} onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button ref={start} type="button" onClick={() => setAsking(true)}>
          {t('history.ellipsis', { label })}
        </button>
      )}
      {error && (
        <p role="alert" className="history-error">
          {error}
        </p>
      )}
    </div>
  )
}

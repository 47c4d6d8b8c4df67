import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { formatInstant } from '../../../../shared/i18n/format'
import { beforeWindowCloses } from '../../api/beforeClose'
import { call } from '../../api/client'
import { currentLocale, translate } from '../../i18n'
import { errorText } from '../../i18n/errorText'
import type { FindingForm } from './formModel'

/** Quiet time after the last keystroke before the draft is written. */
export const AUTOSAVE_DELAY_MS = 700

export interface Autosave {
  /** Writes the draft now if anything changed since the last write; resolves when it is on disk. */
  flush(): Promise<void>
  /** Stops saving and forgets the draft (after the finding itself was saved). */
  discard(): Promise<void>
  /** When the draft was last written, for the status line. */
  savedAt: string | undefined
  error: string | undefined
}

/**
 * Saves the form as a draft ~700 ms after each change, and at once on `flush` (blur, close,
 * unmount), so a crash or a closed window loses at most the last keystrokes.
 */
export function useDraftAutosave(draftId: string, findingId: string | undefined, form: FindingForm, dirty: boolean): Autosave {
  const latest = useRef({ form, findingId, dirty })
  useLayoutEffect(() => {
    latest.current = { form, findingId, dirty }
  }, [form, findingId, dirty])
  const written = useRef<FindingForm | undefined>(undefined)
  const inflight = useRef<Promise<void>>(Promise.resolve())
  const finished = useRef(false)
  const [savedAt, setSavedAt] = useState<string>()
  const [error, setError] = useState<string>()

  const flush = useCallback((): Promise<void> => {
    const { form: current, findingId: editing, dirty: changed } = latest.current
    if (finished.current || !changed || written.current === current) return inflight.current
    written.current = current
    const draft = { id: draftId, form: current as unknown as Record<string, unknown>, ...(editing ? { finding_id: editing } : {}) }
    inflight.current = inflight.current
      .then(() => call('drafts.save', draft))
      .then(
        (saved) => {
          setSavedAt(formatInstant(saved.updated_at, currentLocale()))
          setError(undefined)
        },
        (e: unknown) => {
          written.current = undefined // Try again on the next change or flush.
          setError(translate('editor.draftFailed', { reason: errorText(e) }))
        },
      )
    return inflight.current
  }, [draftId])

  useEffect(() => {
    if (!dirty) return
    const timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [form, dirty, flush])

  // Closing the editor, or opening another finding in it, writes what was typed.
  useEffect(() => () => void flush(), [flush])

  // A reload, a closed tab or a closed window gives no unmount: write the last keystrokes as
  // the page goes away (the browser host sends them with keepalive). The desktop window waits
  // for them before it closes.
  useEffect(() => {
    const flushNow = (): void => void flush()
    window.addEventListener('pagehide', flushNow)
    window.addEventListener('beforeunload', flushNow)
    const unregister = beforeWindowCloses(flush)
    return () => {
      window.removeEventListener('pagehide', flushNow)
      window.removeEventListener('beforeunload', flushNow)
      unregister()
    }
  }, [flush])

  const discard = useCallback(async () => {
    finished.current = true
    await inflight.current
    await call('drafts.discard', { id: draftId })
  }, [draftId])

  return { flush, discard, savedAt, error }
}

/** A draft id for one editing session: random, so two windows never overwrite each other's draft. */
export function newDraftId(): string {
  return `draft-${crypto.randomUUID()}`
}

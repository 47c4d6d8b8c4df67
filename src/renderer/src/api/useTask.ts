import { useState } from 'react'
import { errorText } from '../i18n/errorText'

/** A user action that calls the API: whether it is running, and the message of its last failure. */
export interface Task {
  busy: boolean
  error: string | undefined
  /** Shows a message of the form's own (a check before any call), or clears it. */
  setError(message: string | undefined): void
  /** Runs `work` with busy set and the last error cleared; a failure becomes `error`. */
  run(work: () => Promise<void>): Promise<void>
}

/** State for one button's (or form's) API call, so every panel reports busy and failure alike. */
export function useTask(): Task {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  async function run(work: () => Promise<void>): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      await work()
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, setError, run }
}

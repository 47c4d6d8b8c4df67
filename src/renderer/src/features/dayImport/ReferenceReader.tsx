import { useState } from 'react'
import { isAppError } from '../../../../shared/api/errors'
import { OCR_LANGUAGE_LABELS, OCR_LANGUAGES, type OcrLanguage } from '../../../../shared/model/ocr'
import { call } from '../../api/client'
import { cancelJob, newJobId, useJobProgress } from '../../api/jobs'
import type { DayImport } from './useDayImport'

/** How often the review is refreshed while references are read (pages done). */
const REFRESH_EVERY = 5

/**
 * Reads the archival reference at the top of every page by OCR, in the languages of the
 * archive's stamps, page by page with progress and a stop; the review regroups as they arrive.
 */
export function ReferenceReader({ day }: { day: DayImport }) {
  const [languages, setLanguages] = useState<OcrLanguage[]>(['zh-Hans'])
  const [job, setJob] = useState<{ id: string; done: number; total: number; stopping: boolean }>()
  const [result, setResult] = useState<string>()

  useJobProgress(job?.id, (p) => {
    setJob((j) => j && { ...j, done: p.done, total: p.total })
    if (p.done > 0 && p.done % REFRESH_EVERY === 0 && day.sessionId) void day.refresh(day.sessionId)
  })

  async function read(): Promise<void> {
    if (!day.sessionId) return
    const id = newJobId('refs')
    setResult(undefined)
    setJob({ id, done: 0, total: day.session?.pages.length ?? 0, stopping: false })
    try {
      const done = await call('import.readReferences', { session_id: day.sessionId, languages, job_id: id })
      setResult(`${done.found} of ${done.read} pages carry a reference${done.cancelled ? ' (stopped before the end)' : ''}.`)
    } catch (e) {
      if (!(isAppError(e) && e.code === 'job.cancelled')) day.setProblem((e as Error).message)
    } finally {
      setJob(undefined)
      await day.refresh(day.sessionId)
    }
  }

  const toggle = (language: OcrLanguage, checked: boolean) =>
    setLanguages((current) => (checked ? [...current, language] : current.filter((l) => l !== language)).slice(0, 3))

  return (
    <div className="reference-reader">
      <fieldset disabled={job !== undefined}>
        <legend>Read references on the pages, in</legend>
        {OCR_LANGUAGES.map((language) => (
          <label key={language} className="choice-inline">
            <input type="checkbox" checked={languages.includes(language)} onChange={(e) => toggle(language, e.target.checked)} />
            {OCR_LANGUAGE_LABELS[language]}
          </label>
        ))}
      </fieldset>
      {job ? (
        <div className="import-progress" aria-live="polite">
          <progress max={Math.max(1, job.total)} value={job.done} aria-label="Pages read" /> {job.done} of {job.total} pages read
          <button type="button" disabled={job.stopping} onClick={() => {
            setJob({ ...job, stopping: true })
            void cancelJob(job.id)
          }}>
            Stop
          </button>
        </div>
      ) : (
        <button type="button" disabled={languages.length === 0} onClick={() => void read()}>
          Read references
        </button>
      )}
      {result && <p aria-live="polite">{result}</p>}
    </div>
  )
}

import { useState } from 'react'
import { isAppError } from '../../../../shared/api/errors'
import { OCR_LANGUAGES, type OcrLanguage } from '../../../../shared/model/ocr'
import { call } from '../../api/client'
import { cancelJob, newJobId, useJobProgress } from '../../api/jobs'
import { useLabels, useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'
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
  const t = useT()
  const labels = useLabels()

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
      setResult(t(done.cancelled ? 'day.referencesFoundStopped' : 'day.referencesFound', { found: done.found, read: done.read }))
    } catch (e) {
      if (!(isAppError(e) && e.code === 'job.cancelled')) day.setProblem(errorText(e))
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
        <legend>{t('day.readIn')}</legend>
        {OCR_LANGUAGES.map((language) => (
          <label key={language} className="choice-inline">
            <input type="checkbox" checked={languages.includes(language)} onChange={(e) => toggle(language, e.target.checked)} />
            {labels.vocab('language', language)}
          </label>
        ))}
      </fieldset>
      {job ? (
        <div className="import-progress" aria-live="polite">
          <progress max={Math.max(1, job.total)} value={job.done} aria-label={t('day.pagesReadLabel')} /> {t('day.pagesRead', { done: job.done, total: job.total })}
          <button type="button" disabled={job.stopping} onClick={() => {
            setJob({ ...job, stopping: true })
            void cancelJob(job.id)
          }}>
            {t('day.stop')}
          </button>
        </div>
      ) : (
        <button type="button" disabled={languages.length === 0} onClick={() => void read()}>
          {t('day.readReferences')}
        </button>
      )}
      {result && <p aria-live="polite">{result}</p>}
    </div>
  )
}

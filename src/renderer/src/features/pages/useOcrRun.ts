import { useState } from 'react'
import { isAppError } from '../../../../shared/api/errors'
import { ocrDraft } from '../../../../shared/findings/ocr/ocrDraft'
import type { Finding } from '../../../../shared/model/finding'
import type { OcrLanguage } from '../../../../shared/model/ocr'
import { call } from '../../api/client'
import { cancelJob, newJobId, useJobProgress } from '../../api/jobs'
import { translate } from '../../i18n'
import { errorText } from '../../i18n/errorText'

export type OcrState =
  | { status: 'idle' }
  | { status: 'running'; jobId: string; phase: string; done: number; total: number }
  | { status: 'done'; lines: number; confidence: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }

/**
 * Runs OCR on one page as a job (progress, cancel), then adds what it read to the finding: the
 * text after the transcription it has, marked "read by OCR, not yet checked", and each line as
 * a region of the page linked to its words. Saved as one change; the finding on screen reloads
 * with it (library.changed), which shows the text and the line regions.
 */
export function useOcrRun(finding: Finding) {
  const [state, setState] = useState<OcrState>({ status: 'idle' })
  const jobId = state.status === 'running' ? state.jobId : undefined
  useJobProgress(jobId, (progress) =>
    setState((current) => (current.status === 'running' ? { ...current, phase: progress.phase, done: progress.done, total: progress.total } : current)),
  )

  async function run(sha256: string, languages: OcrLanguage[], vertical: boolean): Promise<void> {
    const id = newJobId('ocr')
    setState({ status: 'running', jobId: id, phase: 'starting', done: 0, total: 1 })
    try {
      const result = await call('ocr.recognize', { sha256, languages, ...(vertical ? { vertical } : {}), job_id: id })
      if (result.lines.length === 0) {
        setState({ status: 'failed', message: translate('ocr.noText') })
        return
      }
      // The finding as it is now: it may have been edited, here or in another window, while OCR read.
      const { finding: current } = await call('findings.get', { id: finding.id })
      const draft = ocrDraft(sha256, result.lines, current.transcription ?? '')
      await call('findings.update', {
        id: current.id,
        transcription: draft.transcription,
        transcription_status: 'ocr',
        regions: [...current.regions.filter((r) => !draft.regions.some((d) => d.id === r.id)), ...draft.regions],
      })
      setState({ status: 'done', lines: draft.regions.length, confidence: result.confidence })
    } catch (error) {
      if (isAppError(error) && error.code === 'job.cancelled') setState({ status: 'cancelled' })
      else setState({ status: 'failed', message: errorText(error) })
    }
  }

  async function cancel(): Promise<void> {
    if (jobId) await cancelJob(jobId)
  }

  return { state, run, cancel }
}

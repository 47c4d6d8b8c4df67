import { useEffect, useLayoutEffect, useRef } from 'react'
import type { EventPayload } from '../../../shared/api/events'
import { call, on } from './client'

export type JobProgress = EventPayload<'job.progress'>

/** A fresh id for a long call (`job_id`), to follow its progress and to cancel it. */
export const newJobId = (prefix: string): string =>
  `${prefix}-${typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`}`

/** Calls `onProgress` with each `job.progress` of the job while `jobId` is set. */
export function useJobProgress(jobId: string | undefined, onProgress: (progress: JobProgress) => void): void {
  // The latest handler, so a re-render does not resubscribe.
  const handler = useRef(onProgress)
  useLayoutEffect(() => {
    handler.current = onProgress
  })
  useEffect(() => {
    if (!jobId) return
    return on('job.progress', (progress) => {
      if (progress.job_id === jobId) handler.current(progress)
    })
  }, [jobId])
}

/** Asks the host to stop a job. Whatever the answer, the job's own call settles what happened: cancelled, or finished first. */
export async function cancelJob(jobId: string): Promise<void> {
  await call('jobs.cancel', { job_id: jobId }).catch(() => undefined)
}

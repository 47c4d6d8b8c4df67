import { AppError } from '../shared/api/errors'
import type { EventHub } from './eventHub'

/** A long piece of work (import, export, reindex) that reports progress and can be cancelled. */
export interface Job {
  /** Announces progress to every open page (`job.progress`). */
  progress(phase: string, done: number, total: number): void
  /** Throws `job.cancelled` if the user cancelled; call between chunks of work. */
  checkpoint(): Promise<void>
  /** Aborts when the user cancels, for work that cannot stop at checkpoints (a page in OCR). */
  signal: AbortSignal
}

/**
 * Long work yields to the event loop between chunks (so the host keeps answering, the page keeps
 * drawing progress, and `jobs.cancel` can arrive) and stops at the next checkpoint once cancelled.
 */
export function createJobs(events: EventHub) {
  const running = new Map<string, AbortController>()

  return {
    async run<T>(jobId: string | undefined, work: (job: Job) => Promise<T>): Promise<T> {
      const id = jobId ?? `job-${Date.now()}`
      const controller = new AbortController()
      running.set(id, controller)
      const job: Job = {
        signal: controller.signal,
        progress: (phase, done, total) => events.emit('job.progress', { job_id: id, phase, done, total }),
        async checkpoint() {
          await new Promise((resolve) => setImmediate(resolve))
          if (controller.signal.aborted) throw new AppError('job.cancelled', 'Cancelled; nothing was changed')
        },
      }
      try {
        return await work(job)
      } finally {
        running.delete(id)
      }
    },
    /** Asks a running job to stop at its next checkpoint; false if no such job is running. */
    cancel(jobId: string): boolean {
      const controller = running.get(jobId)
      controller?.abort()
      return controller !== undefined
    },
  }
}

export type Jobs = ReturnType<typeof createJobs>

import { useState } from 'react'
import { isAppError } from '../../../../shared/api/errors'
import type { ImportReport } from '../../../../shared/model/sync'
import { call } from '../../api/client'
import { cancelJob, newJobId, useJobProgress } from '../../api/jobs'
import { errorText } from '../../i18n/errorText'
import { readFileBase64 } from '../exports/files'

/** A sync file read into the page, with the passphrase that opened it. */
interface Loaded {
  name: string
  base64: string
  passphrase?: string
}

/** Where an import stands; each stage carries what its screen shows. */
export type ImportStage =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; done: number; total: number }
  | { kind: 'checking'; name: string }
  | { kind: 'passphrase'; file: Loaded; message?: string }
  | { kind: 'preview'; file: Loaded; report: ImportReport }
  | { kind: 'applying'; file: Loaded; report: ImportReport; jobId: string; done: number; total: number; cancelling: boolean }
  | { kind: 'done'; name: string; report: ImportReport }
  | { kind: 'cancelled'; name: string }
  | { kind: 'refused'; name: string; message: string }

/**
 * The import of a sync file as steps: read it, preview it (asking for the passphrase when the
 * file is encrypted), apply it with progress and a cancel, and the report or the refusal.
 */
export function useSyncImport() {
  const [stage, setStage] = useState<ImportStage>({ kind: 'idle' })
  const jobId = stage.kind === 'applying' ? stage.jobId : undefined

  useJobProgress(jobId, (progress) =>
    setStage((s) => (s.kind === 'applying' && s.jobId === jobId ? { ...s, done: progress.done, total: progress.total } : s)),
  )

  async function preview(file: Loaded): Promise<void> {
    setStage({ kind: 'checking', name: file.name })
    try {
      const report = await call('sync.preview', { file_base64: file.base64, passphrase: file.passphrase })
      setStage({ kind: 'preview', file, report })
    } catch (e) {
      if (isAppError(e) && (e.code === 'sync.passphrase_required' || e.code === 'sync.wrong_passphrase')) {
        setStage({ kind: 'passphrase', file, message: e.code === 'sync.wrong_passphrase' ? errorText(e) : undefined })
      } else setStage({ kind: 'refused', name: file.name, message: errorText(e) })
    }
  }

  async function pick(file: File): Promise<void> {
    setStage({ kind: 'reading', name: file.name, done: 0, total: file.size })
    try {
      const base64 = await readFileBase64(file, (done, total) => setStage({ kind: 'reading', name: file.name, done, total }))
      await preview({ name: file.name, base64 })
    } catch (e) {
      setStage({ kind: 'refused', name: file.name, message: errorText(e) })
    }
  }

  async function apply(): Promise<void> {
    if (stage.kind !== 'preview') return
    const { file, report } = stage
    const id = newJobId('import')
    setStage({ kind: 'applying', file, report, jobId: id, done: 0, total: 0, cancelling: false })
    try {
      const done = await call('sync.import', { file_base64: file.base64, passphrase: file.passphrase, job_id: id })
      setStage({ kind: 'done', name: file.name, report: done })
    } catch (e) {
      if (isAppError(e) && e.code === 'job.cancelled') setStage({ kind: 'cancelled', name: file.name })
      else setStage({ kind: 'refused', name: file.name, message: errorText(e) })
    }
  }

  async function cancel(): Promise<void> {
    if (stage.kind !== 'applying') return
    setStage({ ...stage, cancelling: true })
    await cancelJob(stage.jobId)
  }

  return {
    stage,
    pick,
    apply,
    cancel,
    unlock: (passphrase: string) => stage.kind === 'passphrase' && preview({ ...stage.file, passphrase }),
    reset: () => setStage({ kind: 'idle' }),
  }
}

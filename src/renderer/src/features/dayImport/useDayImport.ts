import { useEffect, useRef, useState } from 'react'
import { isAppError } from '../../../../shared/api/errors'
import type { ImportProposal, ImportSession } from '../../../../shared/model/dayImport'
import { call } from '../../api/client'
import { cancelJob, newJobId, useJobProgress } from '../../api/jobs'
import { errorText } from '../../i18n/errorText'
import { uploadFile } from './uploadFile'

/** Where the import stands; each stage carries what its screen shows. */
export type DayStage =
  | { kind: 'start' }
  | { kind: 'adding'; done: number; total: number; jobId?: string; cancelling: boolean }
  | { kind: 'review' }
  | { kind: 'done'; drafts: number }

/** Files sent at once: two keep the host's two decoding lanes busy without piling up memory. */
const PARALLEL_UPLOADS = 2


/**
 * An import of a day: a session on the host, files added (a folder through the app's dialog,
 * or files chosen or dropped in the page, sent piece by piece, two at a time), with progress and
 * a cancel; then the session's pages and the proposed documents for the review.
 */
export function useDayImport() {
  const [stage, setStage] = useState<DayStage>({ kind: 'start' })
  const [sessionId, setSessionId] = useState<string>()
  const [folderDialog, setFolderDialog] = useState(false)
  const [session, setSession] = useState<ImportSession>()
  const [proposal, setProposal] = useState<ImportProposal>()
  const [problem, setProblem] = useState<string>()
  const stopUploads = useRef(false)
  const jobId = stage.kind === 'adding' ? stage.jobId : undefined

  useJobProgress(jobId, (p) => setStage((s) => (s.kind === 'adding' ? { ...s, done: p.done, total: p.total } : s)))

  async function ensureSession(label?: string): Promise<string> {
    if (sessionId) return sessionId
    const started = await call('import.start', label ? { label } : {})
    setSessionId(started.session_id)
    return started.session_id
  }

  async function refresh(id: string): Promise<void> {
    const [pages, proposed] = await Promise.all([call('import.session', { session_id: id }), call('import.propose', { session_id: id })])
    setSession(pages)
    setProposal(proposed)
  }

  async function finishAdding(id: string): Promise<void> {
    await refresh(id)
    setStage({ kind: 'review' })
  }

  /** Files chosen or dropped in the page. */
  async function addFiles(files: File[], label?: string): Promise<void> {
    setProblem(undefined)
    const id = await ensureSession(label)
    stopUploads.current = false
    let next = 0
    let done = 0
    setStage({ kind: 'adding', done: 0, total: files.length, cancelling: false })
    const lane = async () => {
      while (next < files.length && !stopUploads.current) {
        const index = next++
        await uploadFile(id, `f${index}-${Date.now().toString(36)}`, files[index]!, () => stopUploads.current).catch((e: unknown) =>
          setProblem(`${files[index]!.name}: ${errorText(e)}`),
        )
        done++
        setStage((s) => (s.kind === 'adding' ? { ...s, done } : s))
      }
    }
    await Promise.all(Array.from({ length: PARALLEL_UPLOADS }, lane))
    await finishAdding(id)
  }

  /** A folder through the app's own dialog (Electron): the host reads it as a job. */
  async function chooseFolder(): Promise<void> {
    setProblem(undefined)
    const id = await ensureSession()
    const job = newJobId('day')
    setStage({ kind: 'adding', done: 0, total: 0, jobId: job, cancelling: false })
    try {
      const result = await call('import.chooseFolder', { session_id: id, job_id: job })
      if (!result.chosen) {
        setStage({ kind: session ? 'review' : 'start' })
        return
      }
    } catch (e) {
      if (!(isAppError(e) && e.code === 'job.cancelled')) setProblem(errorText(e))
    }
    await finishAdding(id)
  }

  async function cancel(): Promise<void> {
    stopUploads.current = true
    if (stage.kind === 'adding') {
      setStage({ ...stage, cancelling: true })
      if (stage.jobId) await cancelJob(stage.jobId)
    }
  }

  async function resume(id: string): Promise<void> {
    setSessionId(id)
    await finishAdding(id)
  }

  async function discard(): Promise<void> {
    if (sessionId) await call('import.discard', { session_id: sessionId })
    setSessionId(undefined)
    setSession(undefined)
    setProposal(undefined)
    setStage({ kind: 'start' })
  }

  const [unfinished, setUnfinished] = useState<{ id: string; created_at: string; label: string; pages: number }[]>([])
  useEffect(() => {
    call('import.list', {}).then((list) => {
      setFolderDialog(list.folder_dialog)
      setUnfinished(list.imports.filter((i) => i.pages > 0))
    }, (e: Error) => setProblem(e.message))
  }, [])

  return { stage, setStage, sessionId, session, proposal, problem, setProblem, folderDialog, unfinished, addFiles, chooseFolder, cancel, resume, refresh, discard }
}

export type DayImport = ReturnType<typeof useDayImport>

import { randomUUID } from 'node:crypto'
import type { Api } from '../../shared/api/contract'
import { AppError } from '../../shared/api/errors'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import type { Jobs } from '../jobs'
import type { OcrEngine } from '../ocr/ocrEngine'
import { createDayDrafts } from './dayDrafts'
import type { Decoder } from './decodeClient'
import { pagesOf, type ImportContext } from './importFile'
import { clearStaging, importFolder, receivePiece } from './importSources'
import { createImportStore } from './importStore'
import { proposeDocuments } from './propose'
import { readReferences } from './readReferences'

type DayImportApi = Pick<
  Api,
  | 'import.start'
  | 'import.upload'
  | 'import.chooseFolder'
  | 'import.session'
  | 'import.list'
  | 'import.propose'
  | 'import.readReferences'
  | 'import.createDrafts'
  | 'import.discard'
>

export interface DayImportDeps {
  db: Db
  dataDir: string
  clock: Clock
  jobs: Jobs
  engine: OcrEngine
  decoder: Decoder
  /** The host's folder dialog (Electron); the browser host has none and uploads files instead. */
  chooseFolder?: () => Promise<string | null>
}

const basename = (path: string) => path.split(/[\\/]/).filter(Boolean).pop() ?? path

/** "Import a day": sessions of pages, their proposal, references by OCR, and drafts. */
export function createDayImportApi(deps: DayImportDeps): DayImportApi {
  const store = createImportStore(deps.db)
  const ctx: ImportContext = { db: deps.db, dataDir: deps.dataDir, clock: deps.clock, store, decoder: deps.decoder }
  return {
    'import.start': ({ label }) => {
      const id = `imp-${randomUUID()}`
      store.create(id, deps.clock.now().toISOString(), label ?? 'Dropped files')
      return { session_id: id, folder_dialog: deps.chooseFolder !== undefined }
    },
    'import.upload': async (input) => {
      store.requireSession(input.session_id)
      const { received, outcome } = await receivePiece(ctx, input)
      if (!outcome) return { received }
      return 'skipped' in outcome ? { received, skipped: outcome.skipped } : { received, pages: pagesOf(store, input.session_id, outcome.pages) }
    },
    'import.chooseFolder': async ({ session_id, job_id }) => {
      store.requireSession(session_id)
      if (!deps.chooseFolder) throw new AppError('input.invalid', 'This window has no folder dialog; choose or drop the files instead')
      const folder = await deps.chooseFolder()
      if (!folder) return { chosen: false, files: 0, pages: 0, skipped: 0, cancelled: false }
      deps.db.prepare('UPDATE import_sessions SET label = ? WHERE id = ?').run(basename(folder), session_id)
      const result = await deps.jobs.run(job_id, (job) => importFolder(ctx, session_id, folder, job))
      return { chosen: true, files: result.files, pages: result.pages, skipped: result.skipped, cancelled: result.cancelled }
    },
    'import.session': ({ session_id }) => store.session(session_id),
    'import.list': () => ({
      folder_dialog: deps.chooseFolder !== undefined,
      imports: store.sessions().map((id) => {
        const session = store.session(id)
        return { id, created_at: session.created_at, label: session.label, pages: session.pages.length }
      }),
    }),
    'import.propose': ({ session_id }) => {
      store.requireSession(session_id)
      return proposeDocuments(store.pages(session_id), store.headers(session_id))
    },
    'import.readReferences': ({ session_id, languages, job_id }) => {
      store.requireSession(session_id)
      return deps.jobs.run(job_id, (job) => readReferences({ store, engine: deps.engine, dataDir: deps.dataDir }, session_id, languages, job))
    },
    'import.createDrafts': async (input) => {
      const result = createDayDrafts(deps.db, deps.clock, store, input)
      await clearStaging(deps.dataDir, input.session_id)
      return result
    },
    'import.discard': async ({ session_id }) => {
      await clearStaging(deps.dataDir, session_id)
      return { discarded: store.discard(session_id) }
    },
  }
}

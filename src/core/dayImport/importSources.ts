import { appendFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { AppError } from '../../shared/api/errors'
import type { ImportUploadInput } from '../../shared/model/dayImport'
import type { Job } from '../jobs'
import { importFile, type FileOutcome, type ImportContext } from './importFile'

/** Folder under the data directory where pieces of uploaded files wait for their last piece. */
export const STAGING_FOLDER = 'import-staging'
/**
 * Files read at once: one per core (at most four). Each file's decoding runs on one libvips
 * thread (sharp's default on glibc), so more files at once than cores only adds memory.
 */
const CONCURRENCY = Math.min(4, Math.max(1, availableParallelism()))
/** How deep a chosen folder is searched (a day's folder with a folder per archive box, say). */
const MAX_DEPTH = 3

/** The files in a folder and its subfolders, by path; hidden files (`.DS_Store`, `._x`) are left out. */
export async function filesIn(folder: string, depth = 0): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => {
    throw new AppError('input.invalid', `The folder ${folder} cannot be read`)
  })
  const files: string[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))) {
    if (entry.name.startsWith('.')) continue
    const path = join(folder, entry.name)
    if (entry.isDirectory() && depth < MAX_DEPTH) files.push(...(await filesIn(path, depth + 1)))
    else if (entry.isFile()) files.push(path)
  }
  return files
}

/**
 * Imports every file of a folder into the session, one per core at a time, reporting progress per file.
 * Cancelling stops before the next file; the files already read stay in the review.
 */
export async function importFolder(ctx: ImportContext, sessionId: string, folder: string, job: Job) {
  const paths = await filesIn(folder)
  let next = 0
  let done = 0
  let pages = 0
  let skipped = 0
  job.progress('importing', 0, paths.length)
  const worker = async () => {
    while (next < paths.length && !job.signal.aborted) {
      const path = paths[next++]!
      const [bytes, info] = await Promise.all([readFile(path), stat(path)])
      const outcome = await importFile(ctx, sessionId, { name: path, bytes, lastModified: info.mtimeMs })
      if ('skipped' in outcome) {
        ctx.store.skip(sessionId, outcome.skipped)
        skipped++
      } else pages += outcome.pages.length
      job.progress('importing', ++done, paths.length)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return { files: paths.length, read: done, pages, skipped, cancelled: job.signal.aborted }
}

/**
 * Takes one piece of a file sent by a page (the browser host cannot pass paths, and a request
 * body is limited): pieces are appended in order in the staging folder; the last one reads the
 * file into the session and removes it from staging.
 */
export async function receivePiece(ctx: ImportContext, input: ImportUploadInput): Promise<{ received: number; outcome?: FileOutcome }> {
  const folder = join(ctx.dataDir, STAGING_FOLDER, input.session_id)
  const path = join(folder, input.file_id)
  await mkdir(folder, { recursive: true })
  const have = input.offset === 0 ? 0 : await stat(path).then((s) => s.size, () => 0)
  if (input.offset === 0) await rm(path, { force: true })
  else if (have !== input.offset) {
    throw new AppError('input.invalid', `${input.name}: this piece starts at byte ${input.offset}, but ${have} bytes have arrived; send the file again from the start`, 'offset')
  }
  const piece = Buffer.from(input.data_base64, 'base64')
  const received = input.offset + piece.length
  if (received > input.total) throw new AppError('input.invalid', `${input.name}: more bytes arrived than the ${input.total} announced`, 'total')
  await appendFile(path, piece)
  if (received < input.total) return { received }
  try {
    const bytes = await readFile(path)
    const file = { name: input.name, bytes, ...(input.declared_type ? { declaredType: input.declared_type } : {}), ...(input.last_modified ? { lastModified: input.last_modified } : {}) }
    const outcome = await importFile(ctx, input.session_id, file)
    if ('skipped' in outcome) ctx.store.skip(input.session_id, outcome.skipped)
    return { received, outcome }
  } finally {
    await rm(path, { force: true })
  }
}

/** Removes a session's leftover pieces (an upload abandoned half-way). */
export function clearStaging(dataDir: string, sessionId: string): Promise<void> {
  return rm(join(dataDir, STAGING_FOLDER, sessionId), { recursive: true, force: true })
}

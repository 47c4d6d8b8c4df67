import { AppError } from '../../shared/api/errors'
import type { ImportReport, SyncLogDetail } from '../../shared/model/sync'
import { createAttachmentStaging, recordAttachment } from '../attachments/attachmentStore'
import { listBackups, prepareBackup, type PendingBackup } from '../backup/backup'
import type { Job } from '../jobs'
import type { SyncManifest } from '../../shared/model/syncFile'
import { bringsAnythingNew, PartialRecordRefusal, planImport, readImportFile, type ImportContext, type ImportFile } from './importPlan'

export { planImport, previewImport, type ImportContext } from './importPlan'

/**
 * SQLite's page cache (KiB, negative) while an import writes: the library's usual 64 MB would
 * fill with the import's own pages and alone break the memory bound of an import (issue 11:
 * under 64 MB above the level before it, for any file under 10 MB).
 */
const IMPORT_CACHE_KIB = 4 * 1024

/**
 * How often an automatic import (a team folder's) may take a backup: one an hour at most. Each
 * is a whole copy of the library, and a team sync imports a file per member per change: five
 * members making 100,000 edits wrote about 43 GB of backups before this (docs/benchmarks.md).
 */
export const AUTOMATIC_BACKUP_INTERVAL_MS = 3600_000

/** Whether an automatic import takes a backup: none before an import (automatic or by hand) in the last hour. */
function automaticBackupDue(ctx: ImportContext): boolean {
  const now = ctx.clock.now().getTime()
  return !listBackups(ctx.dataDir).some(
    (b) => (b.reason === 'pre-team-import' || b.reason === 'pre-import') && now - Date.parse(b.created_at) < AUTOMATIC_BACKUP_INTERVAL_MS,
  )
}

/**
 * Applies a sync file. The file is read and checked first, its ops streamed into a spool on disk
 * and the attachment files it brings into a staging folder. Only then is the library backed up
 * (when the file brings anything new), and the records are planned and written a batch at a
 * time inside one transaction, with progress and a cancel point between batches: memory holds
 * one batch, whatever the file's size. A refusal found while planning a later batch rolls back
 * the earlier ones. After the commit the staged files move into place and older backups are
 * pruned. Cancelling or failing rolls everything back, removes the staged files and the backup
 * (it equals the library), so failed attempts rotate no good backup out. Importing the same file
 * again changes nothing. An `automatic` import (a team folder's) backs up only when no import
 * did in the last hour, as its own kind (`pre-team-import`), so the frequent automatic ones never
 * rotate out the backups taken before imports by hand.
 */
export async function applyImport(ctx: ImportContext, bytes: Uint8Array, passphrase: string | undefined, job: Job, automatic = false): Promise<ImportReport> {
  const staging = createAttachmentStaging(ctx.dataDir)
  let backup: PendingBackup | undefined
  let file: ImportFile | undefined
  try {
    file = readImportFile(ctx, bytes, { passphrase, stage: staging.put })
    if (bringsAnythingNew(ctx, file) && (!automatic || automaticBackupDue(ctx))) {
      backup = prepareBackup(ctx.db, ctx.dataDir, automatic ? 'pre-team-import' : 'pre-import', ctx.clock)
    }
    const report = await applyFile(ctx, file, job)
    staging.publish()
    backup?.keep()
    return backup ? { ...report, backup: backup.path } : report
  } catch (error) {
    staging.discard()
    backup?.discard()
    throw error
  } finally {
    file?.spool.close()
  }
}

async function applyFile(ctx: ImportContext, file: ImportFile, job: Job): Promise<ImportReport> {
  const cache = ctx.db.pragma('cache_size', { simple: true }) as number
  ctx.db.pragma(`cache_size = ${-IMPORT_CACHE_KIB}`)
  // Checked once for the whole import before it commits (see checkForeignKeys), not row by row.
  ctx.db.pragma('foreign_keys = OFF')
  ctx.db.exec('BEGIN IMMEDIATE')
  try {
    const now = ctx.clock.now().toISOString()
    for (const attachment of file.newAttachments.values()) recordAttachment(ctx.db, attachment, now)
    const keepAside = ctx.db.prepare('INSERT OR IGNORE INTO sync_set_aside (hlc, op, from_device, received_at) VALUES (?, ?, ?, ?)')
    const report = await planImport(ctx, file, async ({ records, setAside }, done, total) => {
      // The log first, then the records: writing one table's rows together keeps its pages in
      // cache, where record by record the writes would hop between a dozen tables and indexes.
      for (const { incoming } of records) ctx.ops.receive(incoming)
      for (const { kind, record, known } of records) kind.materialize(record, known)
      // Incoming ops whose stamp is already held with other content: kept for a person to look at.
      for (const op of setAside) keepAside.run(op.hlc, JSON.stringify(op), file.manifest.sender.deviceId, now)
      job.progress('import', done, total)
      await job.checkpoint()
    })
    const nothing = report.newChanges === 0 && file.newAttachments.size === 0 && !report.setAside
    acknowledge(ctx, file.manifest, nothing ? { kind: 'alreadyImported' } : { kind: 'imported', counts: report.total, setAside: report.setAside ?? 0 })
    checkForeignKeys(ctx)
    ctx.db.exec('COMMIT')
    return report
  } catch (error) {
    ctx.db.exec('ROLLBACK')
    ctx.ops.reload()
    if (error instanceof PartialRecordRefusal) ctx.ops.lacks(error.lacking)
    throw error
  } finally {
    ctx.db.pragma('foreign_keys = ON')
    ctx.db.pragma(`cache_size = ${cache}`)
  }
}

/** What the file says about its sender and what it covers, once its ops are stored. */
function acknowledge(ctx: ImportContext, manifest: SyncManifest, detail: SyncLogDetail): void {
  ctx.ops.covered({ since: manifest.since, seen: manifest.seen, withheld: manifest.withheld ?? [] })
  // A file of this laptop's own (read back, say) tells nothing about a colleague.
  if (manifest.sender.deviceId !== ctx.identity.deviceId) ctx.peers.received({
    deviceId: manifest.sender.deviceId,
    name: manifest.sender.deviceName,
    epoch: manifest.sender.epoch,
    seen: manifest.seen,
    missing: manifest.missing ?? [],
  })
  ctx.peers.log('import', manifest.sender.deviceName, detail)
}

/**
 * An import writes tens of thousands of rows; checking each one's references as it is written
 * cost half again the inserts. They are checked once here instead, over the whole library, and
 * a broken one (which would be our bug, not the file's) rolls the import back.
 */
function checkForeignKeys(ctx: ImportContext): void {
  const broken = ctx.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]
  if (broken.length === 0) return
  const first = broken[0]!
  throw new AppError('internal', `Import refused: row ${first.rowid} of ${first.table} refers to a missing ${first.parent} (${broken.length} such rows). Nothing was changed.`)
}

import { AppError } from '../../shared/api/errors'
import type { ImportReport } from '../../shared/model/sync'
import { createAttachmentStaging, recordAttachment } from '../attachments/attachmentStore'
import { prepareBackup, type PendingBackup } from '../backup/backup'
import type { Job } from '../jobs'
import { planImport, type ImportContext, type Plan, type RecordPlan } from './importPlan'
import { mergeRecord } from './merge'

export { planImport, type ImportContext } from './importPlan'

const RECORDS_PER_CHUNK = 500

/**
 * Applies a sync file. Everything is checked and planned first (the attachment files it brings
 * are written to a staging folder as they are read); only then is the library backed up, and
 * the new ops, attachment rows and rebuilt records are written in one transaction, in chunks
 * with progress and a cancel point between them. After the commit the staged files move into
 * place and older backups are pruned. Cancelling or failing rolls everything back, removes the
 * staged files and the backup (it equals the library), so failed attempts rotate no good backup
 * out. Importing the same file again changes nothing.
 */
export async function applyImport(ctx: ImportContext, bytes: Uint8Array, passphrase: string | undefined, job: Job): Promise<ImportReport> {
  const staging = createAttachmentStaging(ctx.dataDir)
  let backup: PendingBackup | undefined
  try {
    const plan = planImport(ctx, bytes, { passphrase, stage: staging.put })
    if (plan.report.newChanges === 0 && plan.newAttachments.size === 0 && plan.setAside.length === 0) {
      ctx.db.transaction(() => acknowledge(ctx, plan, '0 changes (already imported)'))()
      staging.discard()
      return plan.report
    }
    backup = prepareBackup(ctx.db, ctx.dataDir, 'pre-import', ctx.clock)
    await applyPlan(ctx, plan, job)
    staging.publish()
    backup.keep()
    return { ...plan.report, backup: backup.path }
  } catch (error) {
    staging.discard()
    backup?.discard()
    throw error
  }
}

async function applyPlan(ctx: ImportContext, plan: Plan, job: Job): Promise<void> {
  const records = [...plan.records, ...relinked(ctx, plan)]
  // Checked once for the whole import before it commits (see checkForeignKeys), not row by row.
  ctx.db.pragma('foreign_keys = OFF')
  ctx.db.exec('BEGIN IMMEDIATE')
  try {
    const now = ctx.clock.now().toISOString()
    for (const file of plan.newAttachments.values()) recordAttachment(ctx.db, file, now)
    for (let i = 0; i < records.length; i += RECORDS_PER_CHUNK) {
      const chunk = records.slice(i, i + RECORDS_PER_CHUNK)
      // The log first, then the records: writing one table's rows together keeps its pages in
      // cache, where record by record the writes would hop between a dozen tables and indexes.
      for (const { incoming } of chunk) ctx.ops.receive(incoming)
      for (const { kind, record, known } of chunk) kind.materialize(record, known)
      job.progress('import', Math.min(i + RECORDS_PER_CHUNK, records.length), records.length)
      await job.checkpoint()
    }
    keepAside(ctx, plan)
    acknowledge(ctx, plan, summarize(plan.report))
    checkForeignKeys(ctx)
    ctx.db.exec('COMMIT')
  } catch (error) {
    ctx.db.exec('ROLLBACK')
    ctx.ops.reload()
    throw error
  } finally {
    ctx.db.pragma('foreign_keys = ON')
  }
}

/** What the file says about its sender and what it covers, once its ops are stored. */
function acknowledge(ctx: ImportContext, plan: Plan, summary: string): void {
  const { manifest } = plan.content
  ctx.ops.covered({ since: manifest.since, seen: manifest.seen, withheld: manifest.withheld ?? [] })
  // A file of this laptop's own (read back, say) tells nothing about a colleague.
  if (manifest.sender.deviceId !== ctx.identity.deviceId) ctx.peers.received({
    deviceId: manifest.sender.deviceId,
    name: manifest.sender.deviceName,
    epoch: manifest.sender.epoch,
    seen: manifest.seen,
    missing: manifest.missing ?? [],
  })
  ctx.peers.log('import', manifest.sender.deviceName, summary)
}

/** Keeps incoming ops whose stamp is already held with other content, for a person to look at. */
function keepAside(ctx: ImportContext, plan: Plan): void {
  const insert = ctx.db.prepare('INSERT OR IGNORE INTO sync_set_aside (hlc, op, from_device, received_at) VALUES (?, ?, ?, ?)')
  const now = ctx.clock.now().toISOString()
  for (const op of plan.setAside) insert.run(op.hlc, JSON.stringify(op), plan.content.manifest.sender.deviceId, now)
}

/**
 * Records held here before that link an attachment file arriving only now: rebuilt from their
 * own ops so the link appears (a record links only the files this library holds).
 */
function relinked(ctx: ImportContext, plan: Plan): RecordPlan[] {
  const planned = new Set(plan.records.map((r) => `${r.kind.name}/${r.record}`))
  const found = new Map<string, RecordPlan>()
  for (const op of plan.content.ops) {
    const key = `${op.kind}/${op.record}`
    if (op.change.type !== 'add' || op.change.field !== 'attachments' || planned.has(key) || found.has(key)) continue
    if (!plan.newAttachments.has(op.change.element.slice(0, 64))) continue
    const kind = ctx.kinds.get(op.kind)!
    const ops = ctx.ops.opsOf(op.kind, op.record)
    found.set(key, { kind, record: op.record, incoming: [], known: { ops, merged: mergeRecord(ops) } })
  }
  return [...found.values()]
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

export function summarize(report: ImportReport): string {
  const t = report.total
  const aside = report.setAside
    ? `; ${report.setAside} set aside: they reuse the clock stamp of changes from ${report.sender.deviceName} already held here with other content (that library was restored or copied by an older version), kept for review`
    : ''
  return `${t.created} created, ${t.updated} updated, ${t.deleted} deleted, ${t.conflicts} conflicts, ${t.unchanged} unchanged${aside}`
}

import { existsSync } from 'node:fs'
import { AppError } from '../../shared/api/errors'
import type { ChangeCounts, ImportReport } from '../../shared/model/sync'
import { sniffAttachmentType } from '../../shared/model/attachment'
import { attachmentPath, storeAttachmentFile } from '../attachments/attachmentStore'
import { backupDatabase } from '../backup/backup'
import type { Job } from '../jobs'
import { readSyncFile, type SyncFileContent } from './file/syncFile'
import type { KnownHistory, RecordKind } from './kinds'
import { canonical, mergeRecord, type MergedRecord } from './merge'
import type { Op } from './op'
import type { ExportContext } from './syncExport'

export interface ImportContext extends ExportContext {
  kinds: ReadonlyMap<string, RecordKind>
}

/** One record the file changes: its new ops, and its whole history and merge once they are added. */
interface RecordPlan {
  kind: RecordKind
  record: string
  /** The file's ops not held here, in clock order. */
  incoming: Op[]
  known: KnownHistory
}

interface Plan {
  content: SyncFileContent
  records: RecordPlan[]
  /** Attachment files (by SHA-256) in the file that this library does not hold yet. */
  newAttachments: Map<string, Uint8Array>
  report: ImportReport
}

const RECORDS_PER_CHUNK = 500
const zero = (): ChangeCounts => ({ created: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0 })
const byClock = (a: Op, b: Op): number => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0)
const min = (a: string, b: string): string => (b < a ? b : a)
const max = (a: string, b: string): string => (b > a ? b : a)

/**
 * Reads, validates and plans an import without changing anything: the file's own checks, then
 * every op against its kind, then ids already used here by another kind, then what each record
 * would become (created / updated / deleted / conflicts / unchanged). Each changed record is
 * merged here once; applying the plan stores that merge instead of computing it again.
 */
export function planImport(ctx: ImportContext, bytes: Uint8Array, passphrase?: string): Plan {
  const content = readSyncFile(bytes, { passphrase })
  const newAttachments = unheldAttachments(ctx, content.attachments)
  const { incoming, touched } = newOpsByRecord(ctx, content.ops)
  const byKind: Record<string, ChangeCounts> = {}
  const records: RecordPlan[] = []
  for (const [key, { kind, record }] of touched) {
    const counts = (byKind[kind.name] ??= zero())
    const fresh = incoming.get(key)
    if (!fresh) {
      counts.unchanged++
      continue
    }
    fresh.sort(byClock)
    const existing = ctx.ops.opsOf(kind.name, record)
    const ops = existing.length === 0 ? fresh : [...existing, ...fresh].sort(byClock)
    const merged = mergeRecord(ops)
    classify(counts, existing, merged)
    records.push({ kind, record, incoming: fresh, known: { ops, merged } })
  }
  const total = zero()
  for (const counts of Object.values(byKind)) for (const k of Object.keys(total) as (keyof ChangeCounts)[]) total[k] += counts[k]
  const newChanges = records.reduce((n, r) => n + r.incoming.length, 0)
  return {
    content,
    records,
    newAttachments,
    report: { sender: content.manifest.sender, createdAt: content.manifest.createdAt, newChanges, byKind, total },
  }
}

/** Checks every attachment's type, and returns those not stored here yet (or whose file went missing). */
function unheldAttachments(ctx: ImportContext, attachments: Map<string, Uint8Array>): Map<string, Uint8Array> {
  const recorded = ctx.db.prepare<[string], unknown>('SELECT 1 FROM attachments WHERE sha256 = ?')
  const unheld = new Map<string, Uint8Array>()
  for (const [sha256, data] of attachments) {
    const type = sniffAttachmentType(data)
    if (!type.ok) throw refused(`attachment ${sha256} ${type.message}`)
    if (!recorded.get(sha256) || !existsSync(attachmentPath(ctx.dataDir, sha256))) unheld.set(sha256, data)
  }
  return unheld
}

/**
 * Validates every op against its kind and the ids used here, and groups the ops not held here
 * by record. A record's kind is checked against this library once (the file itself already
 * guarantees one kind per record).
 */
function newOpsByRecord(ctx: ImportContext, ops: readonly Op[]) {
  const kindOf = ctx.db.prepare<[string, string], { kind: string }>('SELECT kind FROM ops WHERE record = ? AND kind <> ? LIMIT 1')
  const touched = new Map<string, { kind: RecordKind; record: string }>()
  const incoming = new Map<string, Op[]>()
  // A file whose whole clock range is new here (a first sync) needs no look-up per op.
  const stamps = ops.map((op) => op.hlc)
  const mayHold = ops.length > 0 && ctx.ops.holdsAnyBetween(stamps.reduce(min), stamps.reduce(max))
  for (const op of ops) {
    const kind = ctx.kinds.get(op.kind)
    if (!kind) throw refused(`change ${op.hlc}: unknown record kind "${op.kind}" (written by a newer version?)`)
    const problem = kind.validate(op)
    if (problem) throw refused(`change ${op.hlc} (${op.kind} ${op.record}): ${problem}`)
    const key = `${op.kind}/${op.record}`
    if (!touched.has(key)) {
      const clash = kindOf.get(op.record, op.kind)
      if (clash) throw refused(`record ${op.record} is a ${clash.kind} here but a ${op.kind} in the file`)
      touched.set(key, { kind, record: op.record })
    }
    if (mayHold && ctx.ops.has(op.hlc)) continue
    const group = incoming.get(key)
    if (group) group.push(op)
    else incoming.set(key, [op])
  }
  return { touched, incoming }
}

function classify(counts: ChangeCounts, existing: Op[], after: MergedRecord): void {
  if (existing.length === 0) {
    counts[after.deleted ? 'deleted' : 'created']++
    if (after.conflicts.length > 0) counts.conflicts++
    return
  }
  const before = mergeRecord(existing)
  if (after.conflicts.length > before.conflicts.length) counts.conflicts++
  else if (!before.deleted && after.deleted) counts.deleted++
  else if (state(before) !== state(after)) counts.updated++
  else counts.unchanged++
}

const state = (merged: MergedRecord): string =>
  canonical({ values: merged.values, sets: merged.sets, deleted: merged.deleted, conflicts: merged.conflicts })

/**
 * Applies a sync file: backs up the library, then stores the attachment files it lacked, adds
 * the new ops and rebuilds the records they touch in one transaction, in chunks with progress
 * and a cancel point between them. Cancelling or failing rolls everything back. Importing the
 * same file again changes nothing.
 */
export async function applyImport(ctx: ImportContext, bytes: Uint8Array, passphrase: string | undefined, job: Job): Promise<ImportReport> {
  const plan = planImport(ctx, bytes, passphrase)
  const { manifest } = plan.content
  if (plan.report.newChanges === 0 && plan.newAttachments.size === 0) {
    ctx.db.transaction(() => {
      ctx.ops.covered({ since: manifest.since, seen: manifest.seen })
      ctx.peers.received(manifest.sender.deviceId, manifest.sender.deviceName, manifest.seen)
      ctx.peers.log('import', manifest.sender.deviceName, '0 changes (already imported)')
    })()
    return plan.report
  }
  const backup = backupDatabase(ctx.db, ctx.dataDir, 'pre-import', ctx.clock)
  const records = [...plan.records, ...relinked(ctx, plan)]
  // Checked once for the whole import before it commits (see checkForeignKeys), not row by row.
  ctx.db.pragma('foreign_keys = OFF')
  ctx.db.exec('BEGIN IMMEDIATE')
  try {
    const now = ctx.clock.now().toISOString()
    for (const data of plan.newAttachments.values()) storeAttachmentFile(ctx.db, ctx.dataDir, Buffer.from(data), now)
    for (let i = 0; i < records.length; i += RECORDS_PER_CHUNK) {
      const chunk = records.slice(i, i + RECORDS_PER_CHUNK)
      // The log first, then the records: writing one table's rows together keeps its pages in
      // cache, where record by record the writes would hop between a dozen tables and indexes.
      for (const { incoming } of chunk) ctx.ops.receive(incoming)
      for (const { kind, record, known } of chunk) kind.materialize(record, known)
      job.progress('import', Math.min(i + RECORDS_PER_CHUNK, records.length), records.length)
      await job.checkpoint()
    }
    ctx.ops.covered({ since: manifest.since, seen: manifest.seen })
    ctx.peers.received(manifest.sender.deviceId, manifest.sender.deviceName, manifest.seen)
    ctx.peers.log('import', manifest.sender.deviceName, summarize(plan.report))
    checkForeignKeys(ctx)
    ctx.db.exec('COMMIT')
  } catch (error) {
    ctx.db.exec('ROLLBACK')
    ctx.ops.reload()
    throw error
  } finally {
    ctx.db.pragma('foreign_keys = ON')
  }
  return { ...plan.report, backup }
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
  return `${t.created} created, ${t.updated} updated, ${t.deleted} deleted, ${t.conflicts} conflicts, ${t.unchanged} unchanged`
}

function refused(detail: string): AppError {
  return new AppError('sync.invalid_file', `Sync file refused: ${detail}. Nothing was changed.`)
}

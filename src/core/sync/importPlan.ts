import { existsSync } from 'node:fs'
import { AppError } from '../../shared/api/errors'
import { sniffAttachmentType, type AttachmentMime } from '../../shared/model/attachment'
import type { ChangeCounts, ImportReport } from '../../shared/model/sync'
import type { SyncManifest } from '../../shared/model/syncFile'
import { attachmentPath } from '../attachments/attachmentStore'
import { readSyncFileInto } from './file/syncFile'
import { createImportSpool, type ImportSpool } from './importSpool'
import type { KnownHistory, RecordKind } from './kinds'
import { canonical, mergeRecord, type MergedRecord } from './merge'
import type { Op } from './op'
import type { ExportContext } from './syncExport'

export type ImportContext = ExportContext

/** One record the file changes: its new ops, and its whole history and merge once they are added. */
export interface RecordPlan {
  kind: RecordKind
  record: string
  /** The file's ops not held here, in clock order. */
  incoming: Op[]
  known: KnownHistory
}

/** An attachment file the library lacks, checked; its bytes went to `stage` when one was given. */
export interface NewAttachment {
  sha256: string
  mime: AttachmentMime
  bytes: number
}

/** A sync file read and checked, its ops in a spool on disk, ready to be planned record by record. */
export interface ImportFile {
  manifest: SyncManifest
  spool: ImportSpool
  newAttachments: Map<string, NewAttachment>
}

/** One batch of planned records, and the file's ops among them whose stamps are held here with other content. */
export interface PlannedBatch {
  records: RecordPlan[]
  setAside: Op[]
}

/**
 * Records planned (and, when applying, written) together: memory holds one batch at a time. The
 * batch is bounded by its changes as well as its records, because what a batch allocates while
 * it is planned must die young: a batch that outlives two of V8's young-generation collections
 * is promoted, and the old generation then grows to four times its live size before it is
 * collected. The 10 MB changes-only file peaked at 125 MB above the level before with 200
 * records (about 1,400 changes) a batch; with 200 records or 300 changes it still peaked at
 * 76-83 MB in half the runs on a loaded machine (where a batch outlives more collections), and
 * with 100 or 150 at 18-27 MB in all ten (docs/benchmarks.md).
 */
const BATCH = { records: 100, changes: 150 }

const zero = (): ChangeCounts => ({ created: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0 })
const byClock = (a: Op, b: Op): number => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0)

/**
 * Reads and checks a sync file without changing the library: the file's own checks, its ops
 * streamed into a spool (see importSpool), and the attachment files the library lacks handed to
 * `stage`. The caller closes `spool` when done.
 */
export function readImportFile(ctx: ImportContext, bytes: Uint8Array, options: { passphrase?: string; stage?: (sha256: string, bytes: Uint8Array) => void } = {}): ImportFile {
  const newAttachments = new Map<string, NewAttachment>()
  const recorded = ctx.db.prepare<[string], unknown>('SELECT 1 FROM attachments WHERE sha256 = ?')
  const spool = createImportSpool(ctx.db, ctx.dataDir)
  try {
    const { manifest } = readSyncFileInto(bytes, spool.sink, {
      passphrase: options.passphrase,
      onAttachment(sha256, data) {
        const type = sniffAttachmentType(data)
        if (!type.ok) throw refused(`attachment ${sha256} ${type.message}`)
        if (recorded.get(sha256) && existsSync(attachmentPath(ctx.dataDir, sha256))) return
        newAttachments.set(sha256, { sha256, mime: type.mime, bytes: data.length })
        options.stage?.(sha256, data)
      },
    })
    return { manifest, spool, newAttachments }
  } catch (error) {
    spool.close()
    throw error
  }
}

/** What importing the file would do, changing nothing. */
export async function previewImport(ctx: ImportContext, bytes: Uint8Array, passphrase?: string): Promise<ImportReport> {
  const file = readImportFile(ctx, bytes, { passphrase })
  try {
    return await planImport(ctx, file)
  } finally {
    file.spool.close()
  }
}

/** True when the file holds a change or an attachment file this library lacks (an import may change it). */
export function bringsAnythingNew(ctx: ImportContext, file: ImportFile): boolean {
  if (file.newAttachments.size > 0) return true
  const range = file.spool.range()
  if (!range) return false
  if (!ctx.ops.holdsAnyBetween(range.first, range.last)) return true
  for (const hlc of file.spool.stamps()) if (!ctx.ops.has(hlc)) return true
  return false
}

/**
 * Plans an import record by record, a batch at a time, handing each batch to `onBatch` (which
 * applies it, when importing): every op is checked against its kind (with stamps bounded by this
 * laptop's clock), ids already used here by another kind, records the file changes without
 * carrying their creation, stamps reused with other content, then what each record becomes.
 * Each changed record is merged once; applying stores that merge. A refusal throws, and the
 * caller rolls back what earlier batches wrote.
 */
export async function planImport(
  ctx: ImportContext,
  file: ImportFile,
  onBatch?: (batch: PlannedBatch, done: number, total: number) => void | Promise<void>,
): Promise<ImportReport> {
  const sender = file.manifest.sender.deviceName
  const kindOf = ctx.db.prepare<[string, string], { kind: string }>('SELECT kind FROM ops WHERE record = ? AND kind <> ? LIMIT 1')
  const now = ctx.clock.now().getTime()
  const range = file.spool.range()
  // A file whose whole clock range is new here (a first sync) needs no look-up per op.
  const mayHold = range !== undefined && ctx.ops.holdsAnyBetween(range.first, range.last)
  const byKind = new Map<string, ChangeCounts>()
  const total = onBatch ? file.spool.records() : 0
  let newChanges = 0
  let setAsideCount = 0
  let done = 0
  for (const batch of file.spool.batches(BATCH)) {
    const planned: PlannedBatch = { records: [], setAside: [] }
    for (const { kind: kindName, record, ops } of batch) {
      const fresh: Op[] = []
      for (const op of ops) {
        const problem = ctx.kinds.check(op, now)
        if (problem) throw refused(`change ${op.hlc.slice(0, 90)} (${op.kind} ${op.record}) from ${sender}: ${problem}`)
        const held = mayHold ? ctx.ops.get(op.hlc) : undefined
        if (!held) fresh.push(op)
        else if (canonical(held) !== canonical(op)) planned.setAside.push(op)
      }
      const kind = ctx.kinds.get(kindName)!
      const clash = kindOf.get(record, kindName)
      if (clash) throw refused(`record ${record} is a ${clash.kind} here but a ${kindName} in the file`)
      const counts = byKind.get(kindName) ?? zero()
      byKind.set(kindName, counts)
      if (fresh.length === 0) {
        counts.unchanged++
        const relink = relinked(ctx, file, kind, record)
        if (relink) planned.records.push(relink)
        continue
      }
      const existing = ctx.ops.opsOf(kindName, record)
      const all = existing.length === 0 ? fresh : [...existing, ...fresh].sort(byClock)
      const merged = mergeRecord(all)
      if (existing.length === 0) refuseIfPartial(kind, record, merged, fresh[0]!, sender)
      classify(counts, existing, merged)
      planned.records.push({ kind, record, incoming: fresh, known: { ops: all, merged } })
      newChanges += fresh.length
    }
    setAsideCount += planned.setAside.length
    done += batch.length
    await onBatch?.(planned, done, total)
  }
  const sum = zero()
  for (const counts of byKind.values()) for (const k of Object.keys(sum) as (keyof ChangeCounts)[]) sum[k] += counts[k]
  const { deviceId, deviceName } = file.manifest.sender
  return {
    sender: { deviceId, deviceName },
    createdAt: file.manifest.createdAt,
    newChanges,
    byKind: Object.fromEntries(byKind),
    total: sum,
    ...(setAsideCount > 0 ? { setAside: setAsideCount } : {}),
  }
}

/**
 * A record held here before that links an attachment file arriving only now: rebuilt from its
 * own ops so the link appears (a record links only the files this library holds).
 */
function relinked(ctx: ImportContext, file: ImportFile, kind: RecordKind, record: string): RecordPlan | undefined {
  if (file.newAttachments.size === 0) return undefined
  if (!file.spool.attachmentsOf(kind.name, record).some((sha) => file.newAttachments.has(sha))) return undefined
  const ops = ctx.ops.opsOf(kind.name, record)
  return { kind, record, incoming: [], known: { ops, merged: mergeRecord(ops) } }
}

function refuseIfPartial(kind: RecordKind, record: string, merged: MergedRecord, first: Op, sender: string): void {
  const problem = kind.checkWhole(merged)
  if (!problem) return
  throw new PartialRecordRefusal(
    `change ${first.hlc} changes a ${kind.label} (${record}) that this library does not have, and ${problem}. ` +
      `The file was made for another colleague, or before this library was restored from a backup: send ${sender} a sync file first, and their next one will carry what is missing`,
    first.hlc,
    sender,
  )
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

export function refused(detail: string): AppError {
  return new AppError('sync.invalid_file', refusal(detail))
}

const refusal = (detail: string): string => `Sync file refused: ${detail}. Nothing was changed.`

/**
 * A file refused because it changes a record this library lacks. The change is remembered as
 * missing (see gaps.ts), so the next file to its sender asks for it, and the sender sends the
 * record whole: whatever made the sender believe this library held the record (a file of ours it
 * misread, a backup restored on either side), the next exchange repairs it.
 */
export class PartialRecordRefusal extends AppError {
  constructor(
    detail: string,
    readonly lacking: string,
    sender: string,
  ) {
    super('sync.invalid_file', refusal(detail), undefined, { reason: 'sync.partialRecord', values: { sender } })
  }
}

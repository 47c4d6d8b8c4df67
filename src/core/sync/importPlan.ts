import { existsSync } from 'node:fs'
import { AppError } from '../../shared/api/errors'
import { sniffAttachmentType, type AttachmentMime } from '../../shared/model/attachment'
import type { ChangeCounts, ImportReport } from '../../shared/model/sync'
import { attachmentPath } from '../attachments/attachmentStore'
import { readSyncFile, type SyncFileContent } from './file/syncFile'
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

export interface Plan {
  content: SyncFileContent
  records: RecordPlan[]
  newAttachments: Map<string, NewAttachment>
  /** Incoming ops whose stamp this library already holds with other content: kept aside, never applied. */
  setAside: Op[]
  report: ImportReport
}

const zero = (): ChangeCounts => ({ created: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0 })
const byClock = (a: Op, b: Op): number => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0)
const min = (a: string, b: string): string => (b < a ? b : a)
const max = (a: string, b: string): string => (b > a ? b : a)

/**
 * Reads, validates and plans an import without changing the library: the file's own checks,
 * every op against its kind (with stamps bounded by this laptop's clock), ids already used here
 * by another kind, records the file changes without carrying their creation, stamps reused
 * with other content, then what each record would become. Each changed record is merged once;
 * applying the plan stores that merge. `stage` receives the attachment files the library lacks.
 */
export function planImport(ctx: ImportContext, bytes: Uint8Array, options: { passphrase?: string; stage?: (sha256: string, bytes: Uint8Array) => void } = {}): Plan {
  const newAttachments = new Map<string, NewAttachment>()
  const recorded = ctx.db.prepare<[string], unknown>('SELECT 1 FROM attachments WHERE sha256 = ?')
  const content = readSyncFile(bytes, {
    passphrase: options.passphrase,
    onAttachment(sha256, data) {
      const type = sniffAttachmentType(data)
      if (!type.ok) throw refused(`attachment ${sha256} ${type.message}`)
      if (recorded.get(sha256) && existsSync(attachmentPath(ctx.dataDir, sha256))) return
      newAttachments.set(sha256, { sha256, mime: type.mime, bytes: data.length })
      options.stage?.(sha256, data)
    },
  })
  const sender = content.manifest.sender.deviceName
  const { incoming, touched, setAside } = newOpsByRecord(ctx, content.ops, sender)
  const byKind = new Map<string, ChangeCounts>()
  const records: RecordPlan[] = []
  for (const [key, { kind, record }] of touched) {
    const counts = byKind.get(kind.name) ?? zero()
    byKind.set(kind.name, counts)
    const fresh = incoming.get(key)
    if (!fresh) {
      counts.unchanged++
      continue
    }
    fresh.sort(byClock)
    const existing = ctx.ops.opsOf(kind.name, record)
    const ops = existing.length === 0 ? fresh : [...existing, ...fresh].sort(byClock)
    const merged = mergeRecord(ops)
    if (existing.length === 0) refuseIfPartial(kind, record, merged, fresh[0]!, sender)
    classify(counts, existing, merged)
    records.push({ kind, record, incoming: fresh, known: { ops, merged } })
  }
  const total = zero()
  for (const counts of byKind.values()) for (const k of Object.keys(total) as (keyof ChangeCounts)[]) total[k] += counts[k]
  const newChanges = records.reduce((n, r) => n + r.incoming.length, 0)
  const { deviceId, deviceName } = content.manifest.sender
  return {
    content,
    records,
    newAttachments,
    setAside,
    report: {
      sender: { deviceId, deviceName },
      createdAt: content.manifest.createdAt,
      newChanges,
      byKind: Object.fromEntries(byKind),
      total,
      ...(setAside.length > 0 ? { setAside: setAside.length } : {}),
    },
  }
}

/**
 * Validates every op against its kind and the ids used here, and groups the ops not held here
 * by record. A held stamp with other content is set aside, not dropped and not applied.
 */
function newOpsByRecord(ctx: ImportContext, ops: readonly Op[], sender: string) {
  const kindOf = ctx.db.prepare<[string, string], { kind: string }>('SELECT kind FROM ops WHERE record = ? AND kind <> ? LIMIT 1')
  const touched = new Map<string, { kind: RecordKind; record: string }>()
  const incoming = new Map<string, Op[]>()
  const setAside: Op[] = []
  const now = ctx.clock.now().getTime()
  // A file whose whole clock range is new here (a first sync) needs no look-up per op.
  const stamps = ops.map((op) => op.hlc)
  const mayHold = ops.length > 0 && ctx.ops.holdsAnyBetween(stamps.reduce(min), stamps.reduce(max))
  for (const op of ops) {
    const problem = ctx.kinds.check(op, now)
    if (problem) throw refused(`change ${op.hlc.slice(0, 90)} (${op.kind} ${op.record}) from ${sender}: ${problem}`)
    const kind = ctx.kinds.get(op.kind)!
    const key = `${op.kind}/${op.record}`
    if (!touched.has(key)) {
      const clash = kindOf.get(op.record, op.kind)
      if (clash) throw refused(`record ${op.record} is a ${clash.kind} here but a ${op.kind} in the file`)
      touched.set(key, { kind, record: op.record })
    }
    const held = mayHold ? ctx.ops.get(op.hlc) : undefined
    if (held) {
      if (canonical(held) !== canonical(op)) setAside.push(op)
      continue
    }
    const group = incoming.get(key)
    if (group) group.push(op)
    else incoming.set(key, [op])
  }
  return { touched, incoming, setAside }
}

function refuseIfPartial(kind: RecordKind, record: string, merged: MergedRecord, first: Op, sender: string): void {
  const problem = kind.checkWhole(merged)
  if (!problem) return
  throw refused(
    `change ${first.hlc} changes a ${kind.label} (${record}) that this library does not have, and ${problem}. ` +
      `The file was made for another colleague, or before this library was restored from a backup: send ${sender} a sync file first, and their next one will carry what is missing`,
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
  return new AppError('sync.invalid_file', `Sync file refused: ${detail}. Nothing was changed.`)
}

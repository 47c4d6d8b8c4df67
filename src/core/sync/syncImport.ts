import { AppError } from '../../shared/api/errors'
import type { ChangeCounts, ImportReport } from '../../shared/model/sync'
import { sniffAttachmentType } from '../../shared/model/attachment'
import { storeAttachmentFile } from '../attachments/attachmentStore'
import { backupDatabase } from '../backup/backup'
import type { Job } from '../jobs'
import { readSyncFile, type SyncFileContent } from './file/syncFile'
import type { RecordKind } from './kinds'
import { canonical, mergeRecord, type MergedRecord } from './merge'
import type { Op } from './op'
import type { ExportContext } from './syncExport'

export interface ImportContext extends ExportContext {
  kinds: ReadonlyMap<string, RecordKind>
}

interface Plan {
  content: SyncFileContent
  /** New ops grouped by record, in clock order. */
  groups: Map<string, { kind: RecordKind; record: string; ops: Op[]; newHere: boolean }>
  report: ImportReport
}

const RECORDS_PER_CHUNK = 500
const zero = (): ChangeCounts => ({ created: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0 })

/**
 * Reads, validates and plans an import without changing anything: the file's own checks, then
 * every op against its kind, then ids already used here by another kind, then what each record
 * would become (created / updated / deleted / conflicts / unchanged).
 */
export function planImport(ctx: ImportContext, bytes: Uint8Array, passphrase?: string): Plan {
  const content = readSyncFile(bytes, { passphrase })
  for (const [sha256, data] of content.attachments) {
    const type = sniffAttachmentType(data)
    if (!type.ok) throw refused(`attachment ${sha256} ${type.message}`)
  }
  const kindOf = ctx.db.prepare<[string, string], { kind: string }>('SELECT kind FROM ops WHERE record = ? AND kind <> ? LIMIT 1')
  const groups: Plan['groups'] = new Map()
  const byKind: Record<string, ChangeCounts> = {}
  for (const op of content.ops) {
    const kind = ctx.kinds.get(op.kind)
    if (!kind) throw refused(`change ${op.hlc}: unknown record kind "${op.kind}" (written by a newer version?)`)
    const problem = kind.validate(op)
    if (problem) throw refused(`change ${op.hlc} (${op.kind} ${op.record}): ${problem}`)
    const clash = kindOf.get(op.record, op.kind)
    if (clash) throw refused(`record ${op.record} is a ${clash.kind} here but a ${op.kind} in the file`)
    byKind[op.kind] ??= zero()
    if (ctx.ops.has(op.hlc)) continue
    const key = `${op.kind}/${op.record}`
    const group = groups.get(key) ?? { kind, record: op.record, ops: [], newHere: false }
    group.ops.push(op)
    groups.set(key, group)
  }
  const touched = new Set<string>()
  for (const op of content.ops) touched.add(`${op.kind}/${op.record}`)
  for (const key of touched) {
    const kindName = key.slice(0, key.indexOf('/'))
    const counts = byKind[kindName]!
    const group = groups.get(key)
    if (!group) counts.unchanged++
    else {
      const existing = ctx.ops.opsOf(kindName, group.record)
      group.newHere = existing.length === 0
      classify(counts, existing, group.ops)
    }
  }
  const total = zero()
  for (const counts of Object.values(byKind)) for (const k of Object.keys(total) as (keyof ChangeCounts)[]) total[k] += counts[k]
  const newChanges = [...groups.values()].reduce((n, g) => n + g.ops.length, 0)
  return {
    content,
    groups,
    report: { sender: content.manifest.sender, createdAt: content.manifest.createdAt, newChanges, byKind, total },
  }
}

function classify(counts: ChangeCounts, existing: Op[], incoming: Op[]): void {
  const after = mergeRecord([...existing, ...incoming])
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
 * Applies a sync file: backs up the library, then adds the new ops and rebuilds the records they
 * touch in one transaction, in chunks with progress and a cancel point between them. Cancelling
 * or failing rolls everything back. Importing the same file again changes nothing.
 */
export async function applyImport(ctx: ImportContext, bytes: Uint8Array, passphrase: string | undefined, job: Job): Promise<ImportReport> {
  const plan = planImport(ctx, bytes, passphrase)
  const { manifest } = plan.content
  if (plan.report.newChanges === 0) {
    ctx.db.transaction(() => {
      ctx.ops.covered({ since: manifest.since, seen: manifest.seen })
      ctx.peers.received(manifest.sender.deviceId, manifest.sender.deviceName, manifest.seen)
      ctx.peers.log('import', manifest.sender.deviceName, '0 changes (already imported)')
    })()
    return plan.report
  }
  const backup = backupDatabase(ctx.db, ctx.dataDir, 'pre-import', ctx.clock)
  const groups = [...plan.groups.values()]
  ctx.db.exec('BEGIN IMMEDIATE')
  try {
    const now = ctx.clock.now().toISOString()
    for (const data of plan.content.attachments.values()) storeAttachmentFile(ctx.db, ctx.dataDir, Buffer.from(data), now)
    for (let i = 0; i < groups.length; i += RECORDS_PER_CHUNK) {
      for (const group of groups.slice(i, i + RECORDS_PER_CHUNK)) {
        ctx.ops.receive(group.ops)
        // A record new here has exactly the file's ops (in clock order): no need to read them back.
        group.kind.materialize(group.record, group.newHere ? [...group.ops].sort((a, b) => (a.hlc < b.hlc ? -1 : 1)) : undefined)
      }
      job.progress('import', Math.min(i + RECORDS_PER_CHUNK, groups.length), groups.length)
      await job.checkpoint()
    }
    ctx.ops.covered({ since: manifest.since, seen: manifest.seen })
    ctx.peers.received(manifest.sender.deviceId, manifest.sender.deviceName, manifest.seen)
    ctx.peers.log('import', manifest.sender.deviceName, summarize(plan.report))
    ctx.db.exec('COMMIT')
  } catch (error) {
    ctx.db.exec('ROLLBACK')
    ctx.ops.reload()
    throw error
  }
  return { ...plan.report, backup }
}

export function summarize(report: ImportReport): string {
  const t = report.total
  return `${t.created} created, ${t.updated} updated, ${t.deleted} deleted, ${t.conflicts} conflicts, ${t.unchanged} unchanged`
}

function refused(detail: string): AppError {
  return new AppError('sync.invalid_file', `Sync file refused: ${detail}. Nothing was changed.`)
}

import { createHash } from 'node:crypto'
import { z } from 'zod'
import {
  OpSchema,
  SYNC_FORMAT,
  SYNC_FORMAT_VERSION,
  SyncManifest,
  type ManifestEntry,
} from '../../../shared/model/syncFile'
import { AppError } from '../../../shared/api/errors'
import type { Op } from '../op'
import { decrypt, encrypt, isEncrypted } from './encryption'
import { DEFAULT_SYNC_LIMITS, OPS_PER_ENTRY, type SyncFileLimits } from './limits'
import { isWellFormedOp } from './opCheck'
import { invalid, packEntries, unpackEntries } from './zipEntries'

export interface SyncFileContent {
  manifest: SyncManifest
  ops: Op[]
  /** Attachment bytes by SHA-256. */
  attachments: Map<string, Uint8Array>
}

export type ManifestHeader = Omit<SyncManifest, 'format' | 'formatVersion' | 'counts' | 'entries'>

const utf8 = new TextDecoder()
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** Writes ops and attachments as a sync file (docs/sync-format.md), optionally encrypted. */
export function writeSyncFile(
  header: ManifestHeader,
  ops: readonly Op[],
  attachments: ReadonlyMap<string, Uint8Array>,
  passphrase?: string,
): Buffer {
  const sorted = [...ops].sort((a, b) => (a.hlc < b.hlc ? -1 : 1))
  const entries = new Map<string, Uint8Array>()
  for (let i = 0; i < sorted.length; i += OPS_PER_ENTRY) {
    const lines = sorted.slice(i, i + OPS_PER_ENTRY).map((op) => JSON.stringify(op))
    entries.set(`ops/${String(i / OPS_PER_ENTRY + 1).padStart(6, '0')}.jsonl`, Buffer.from(`${lines.join('\n')}\n`))
  }
  for (const [hash, bytes] of [...attachments].sort(([a], [b]) => (a < b ? -1 : 1))) entries.set(`attachments/${hash}`, bytes)
  const manifest: SyncManifest = {
    format: SYNC_FORMAT,
    formatVersion: SYNC_FORMAT_VERSION,
    ...header,
    counts: {
      ops: sorted.length,
      opsByKind: countBy(sorted, (op) => op.kind),
      records: new Set(sorted.map((op) => `${op.kind}/${op.record}`)).size,
      attachments: attachments.size,
    },
    entries: [...entries].map(([path, bytes]) => ({ path, bytes: bytes.length, sha256: sha256(bytes) })),
  }
  entries.set('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)))
  const zip = packEntries(entries)
  return passphrase ? encrypt(zip, passphrase) : Buffer.from(zip)
}

/**
 * Reads and fully validates a sync file without touching the library: decryption, zip paths
 * and sizes, manifest schema and version, every entry's size and SHA-256, every op's schema,
 * the counts, and ids that collide. Any failure throws an AppError saying what and where.
 */
export function readSyncFile(
  bytes: Uint8Array,
  options: { passphrase?: string; limits?: SyncFileLimits } = {},
): SyncFileContent {
  const limits = options.limits ?? DEFAULT_SYNC_LIMITS
  if (bytes.length > limits.maxFileBytes) throw invalid(`the file is ${bytes.length} bytes, over the limit of ${limits.maxFileBytes}`)
  const zip = isEncrypted(bytes) ? decrypt(bytes, options.passphrase) : bytes
  const entries = unpackEntries(zip, limits)
  const manifest = parseManifest(entries.get('manifest.json'))
  checkEntries(manifest.entries, entries)
  const ops = parseOps(manifest.entries, entries)
  checkCounts(manifest, ops)
  const attachments = new Map<string, Uint8Array>()
  for (const [path, data] of entries) if (path.startsWith('attachments/')) attachments.set(path.slice('attachments/'.length), data)
  if (attachments.size !== manifest.counts.attachments) throw invalid(`the manifest counts ${manifest.counts.attachments} attachments, the file holds ${attachments.size}`)
  return { manifest, ops, attachments }
}

function parseManifest(bytes: Uint8Array | undefined): SyncManifest {
  if (!bytes) throw invalid('manifest.json is missing')
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch {
    throw invalid('manifest.json is not valid JSON')
  }
  const version = (json as { formatVersion?: unknown })?.formatVersion
  if (typeof version === 'number' && version > SYNC_FORMAT_VERSION) {
    throw new AppError('sync.unsupported_version', `This sync file uses format version ${version}; this app reads up to ${SYNC_FORMAT_VERSION}. Update the app. Nothing was changed.`)
  }
  const parsed = SyncManifest.safeParse(json)
  if (!parsed.success) throw invalid(`manifest.json: ${describe(parsed.error)}`)
  if (parsed.data.formatVersion !== SYNC_FORMAT_VERSION) throw new AppError('sync.unsupported_version', `Unknown sync format version ${parsed.data.formatVersion}. Nothing was changed.`)
  return parsed.data
}

function checkEntries(listed: ManifestEntry[], entries: Map<string, Uint8Array>): void {
  const paths = new Set(listed.map((e) => e.path))
  if (paths.size !== listed.length) throw invalid('the manifest lists an entry twice')
  for (const path of entries.keys()) if (path !== 'manifest.json' && !paths.has(path)) throw invalid(`entry "${path}" is not in the manifest`)
  for (const entry of listed) {
    const data = entries.get(entry.path)
    if (!data) throw invalid(`entry "${entry.path}" is listed in the manifest but missing (truncated file?)`)
    if (data.length !== entry.bytes || sha256(data) !== entry.sha256) throw invalid(`entry "${entry.path}" does not match its SHA-256 in the manifest (damaged or altered)`)
    if (entry.path.startsWith('attachments/') && entry.path !== `attachments/${entry.sha256}`) throw invalid(`attachment "${entry.path}" is not named by its content hash`)
  }
}

function parseOps(listed: ManifestEntry[], entries: Map<string, Uint8Array>): Op[] {
  const ops: Op[] = []
  const kindOfRecord = new Map<string, string>()
  const stamps = new Set<string>()
  for (const entry of listed.filter((e) => e.path.startsWith('ops/')).sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const lines = utf8.decode(entries.get(entry.path)).split('\n').filter((line) => line !== '')
    lines.forEach((line, index) => {
      const where = `${entry.path} line ${index + 1}`
      const op = parseOp(line, where)
      if (stamps.has(op.hlc)) throw invalid(`${where}: clock ${op.hlc} is used twice`)
      stamps.add(op.hlc)
      const kind = kindOfRecord.get(op.record)
      if (kind !== undefined && kind !== op.kind) throw invalid(`${where}: record ${op.record} is both a ${kind} and a ${op.kind}`)
      kindOfRecord.set(op.record, op.kind)
      ops.push(op)
    })
  }
  return ops
}

function parseOp(line: string, where: string): Op {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch {
    throw invalid(`${where}: not valid JSON`)
  }
  if (isWellFormedOp(json)) return json
  const parsed = OpSchema.safeParse(json)
  if (!parsed.success) throw invalid(`${where}: ${describe(parsed.error)}`)
  return parsed.data as Op
}

function checkCounts(manifest: SyncManifest, ops: Op[]): void {
  const byKind = countBy(ops, (op) => op.kind)
  const same = JSON.stringify(Object.entries(byKind).sort()) === JSON.stringify(Object.entries(manifest.counts.opsByKind).sort())
  if (ops.length !== manifest.counts.ops || !same) throw invalid(`the manifest counts ${manifest.counts.ops} changes, the file holds ${ops.length}`)
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid'
}

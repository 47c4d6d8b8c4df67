import { createHash } from 'node:crypto'
import { SYNC_FORMAT, SYNC_FORMAT_VERSION, type SyncManifest } from '../../../shared/model/syncFile'
import type { Op } from '../op'
import { decrypt, encrypt, isEncrypted } from './encryption'
import { DEFAULT_SYNC_LIMITS, OPS_PER_ENTRY, type SyncFileLimits } from './limits'
import { parseManifest } from './manifest'
import { countBy, createOpCollector, createOpLineReader, type OpSink } from './readOps'
import { inflateEntry, inflateEntryChunks, invalid, listEntries, packEntries, type ZipEntry } from './zipEntries'

export interface SyncFileContent {
  manifest: SyncManifest
  ops: Op[]
  /** Attachment bytes by SHA-256 (empty when the reader passed each one to `onAttachment`). */
  attachments: Map<string, Uint8Array>
}

export type ManifestHeader = Omit<SyncManifest, 'format' | 'formatVersion' | 'counts' | 'entries'>

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const MANIFEST = 'manifest.json'

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
      opsByKind: Object.fromEntries(countBy(sorted, (op) => op.kind)),
      records: new Set(sorted.map((op) => `${op.kind}/${op.record}`)).size,
      attachments: attachments.size,
    },
    entries: [...entries].map(([path, bytes]) => ({ path, bytes: bytes.length, sha256: sha256(bytes) })),
  }
  entries.set(MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2)))
  const zip = packEntries(entries)
  return passphrase ? encrypt(zip, passphrase) : Buffer.from(zip)
}

export interface ReadOptions {
  passphrase?: string
  limits?: SyncFileLimits
  /**
   * Receives each attachment once its hash is checked, so the caller can write it to disk and
   * let go of it; without it `readSyncFile` collects attachments in `attachments`.
   */
  onAttachment?: (sha256: string, bytes: Uint8Array) => void
}

/**
 * Reads and fully validates a sync file without touching the library, keeping its ops in
 * memory (for tests, tools and small files; an import streams them with `readSyncFileInto`).
 */
export function readSyncFile(bytes: Uint8Array, options: ReadOptions = {}): SyncFileContent {
  const collector = createOpCollector()
  const attachments = new Map<string, Uint8Array>()
  const onAttachment = options.onAttachment ?? ((sha: string, data: Uint8Array) => void attachments.set(sha, data))
  const { manifest } = readSyncFileInto(bytes, collector, { ...options, onAttachment })
  return { manifest, ops: collector.ops, attachments }
}

/**
 * Reads and fully validates a sync file, handing its ops one at a time to `sink`. Before
 * anything is inflated: the size, decryption, the number of entries, their names, declared
 * sizes and compression ratios. Then the manifest alone (bounded in size), its entry list
 * against the zip's, and only then each entry, one at a time and piece by piece as it inflates
 * (no entry is held whole): its size and SHA-256, and every op's schema; attachments go to
 * `onAttachment`. Any failure throws an AppError saying what and where.
 */
export function readSyncFileInto(bytes: Uint8Array, sink: OpSink, options: ReadOptions = {}): { manifest: SyncManifest } {
  const limits = options.limits ?? DEFAULT_SYNC_LIMITS
  if (bytes.length > limits.maxFileBytes) throw invalid(`the file is ${bytes.length} bytes, over the limit of ${limits.maxFileBytes}`)
  const zip = isEncrypted(bytes) ? decrypt(bytes, options.passphrase) : bytes
  const inZip = new Map(listEntries(zip, limits).map((entry) => [entry.name, entry]))
  const manifestEntry = inZip.get(MANIFEST)
  if (!manifestEntry) throw invalid('manifest.json is missing')
  if (manifestEntry.originalSize > limits.maxManifestBytes) {
    throw invalid(`manifest.json would unpack to ${manifestEntry.originalSize.toLocaleString('en-US')} bytes, over the limit of ${limits.maxManifestBytes.toLocaleString('en-US')}`)
  }
  const manifest = parseManifest(inflateEntry(zip, manifestEntry), inZip.size - 1)
  const listed = checkListing(manifest, inZip)
  const byKind = new Map<string, number>()
  for (const { path, entry, sha } of listed) {
    const damaged = () => invalid(`entry "${path}" does not match its SHA-256 in the manifest (damaged or altered)`)
    if (path.startsWith('ops/')) {
      const hash = createHash('sha256')
      const lines = createOpLineReader(path, sink, byKind)
      let size = 0
      inflateEntryChunks(zip, entry, (chunk) => {
        size += chunk.length
        hash.update(chunk)
        lines.push(chunk)
      })
      if (size !== entry.originalSize || hash.digest('hex') !== sha) throw damaged()
      lines.end()
      continue
    }
    const data = inflateEntry(zip, entry)
    if (data.length !== entry.originalSize || sha256(data) !== sha) throw damaged()
    options.onAttachment?.(sha, data)
  }
  sink.finish()
  checkCounts(manifest, byKind, listed.filter((e) => e.path.startsWith('attachments/')).length)
  return { manifest }
}

/** Every zip entry is listed once with the size the zip declares, and every listed one is there: ops first. */
function checkListing(manifest: SyncManifest, inZip: Map<string, ZipEntry>): { path: string; entry: ZipEntry; sha: string }[] {
  const seen = new Set<string>()
  const listed = manifest.entries.map(({ path, bytes, sha256: sha }) => {
    if (seen.has(path)) throw invalid('the manifest lists an entry twice')
    seen.add(path)
    const entry = inZip.get(path)
    if (!entry || path === MANIFEST) throw invalid(`entry "${path.slice(0, 100)}" is listed in the manifest but missing (truncated file?)`)
    if (entry.originalSize !== bytes) throw invalid(`entry "${path}" unpacks to ${entry.originalSize} bytes, the manifest says ${bytes}`)
    if (path.startsWith('attachments/') && path !== `attachments/${sha}`) throw invalid(`attachment "${path}" is not named by its content hash`)
    return { path, entry, sha }
  })
  for (const name of inZip.keys()) if (name !== MANIFEST && !seen.has(name)) throw invalid(`entry "${name}" is not in the manifest`)
  return listed.sort((a, b) => Number(a.path.startsWith('attachments/')) - Number(b.path.startsWith('attachments/')) || (a.path < b.path ? -1 : 1))
}

function checkCounts(manifest: SyncManifest, byKind: Map<string, number>, attachments: number): void {
  const ops = [...byKind.values()].reduce((a, b) => a + b, 0)
  const declared = Object.entries(manifest.counts.opsByKind)
  const same = declared.length === byKind.size && declared.every(([kind, n]) => byKind.get(kind) === n)
  if (ops !== manifest.counts.ops || !same) throw invalid(`the manifest counts ${manifest.counts.ops} changes, the file holds ${ops}`)
  if (attachments !== manifest.counts.attachments) throw invalid(`the manifest counts ${manifest.counts.attachments} attachments, the file holds ${attachments}`)
}

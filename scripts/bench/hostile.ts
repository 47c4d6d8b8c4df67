/**
 * Peak memory of importing hostile sync files (issue 11): zip bombs, a manifest listing 900,000
 * entries, crafted files with valid hashes (future stamps, inflated `seen` claims, bad ids,
 * prototype-named tags), next to an honest file of the same size class. Each file is imported
 * into a fresh library in a process of its own, and the peak resident memory above that
 * process's level just before the import is reported. Target: under 64 MB for any file under 10 MB,
 * the largest honest one among them: a file of about 10 MB made only of changes (`--large`
 * findings; generated once, a few minutes).
 * Run: npx tsx scripts/bench/hostile.ts [--findings 5000] [--large 42000]
 */
import { spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { zipSync } from 'fflate'
import { createApi } from '../../src/core/createApi'
import { readSyncFile, writeSyncFile, type SyncFileContent } from '../../src/core/sync/file/syncFile'
import { decodeHlc, encodeHlc } from '../../src/core/sync/hlc'
import { generateLibrary } from '../generate-library'

const ROOT = resolve(__dirname, '..', '..')
const RESOURCES = join(ROOT, 'resources')
const WORK = join(ROOT, '.bench', 'hostile')
const MB = 1024 * 1024
const YEAR = 365 * 24 * 3600 * 1000

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const later = (stamp: string, ms: number): string => {
  const hlc = decodeHlc(stamp)
  return encodeHlc({ ...hlc, wall: hlc.wall + ms })
}

/** A zip whose one ops entry inflates to `size` bytes of newlines; with `declared`, its directory lies about that. */
function bomb(size: number, declared?: number): Buffer {
  const huge = new Uint8Array(size).fill(0x0a)
  const entry = 'ops/000001.jsonl'
  const manifest = bareManifest([{ path: entry, bytes: declared ?? size, sha256: sha256(huge) }])
  const zip = Buffer.from(zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest)), [entry]: [huge, { level: 9 }] }))
  if (declared !== undefined) lieAboutSize(zip, entry, declared)
  return zip
}

function bareManifest(entries: unknown[]) {
  return {
    format: 'reading-room-workbench-sync',
    formatVersion: 2,
    appVersion: '0.1.0',
    sender: { deviceId: 'hostile', deviceName: 'Hostile', epoch: 0 },
    createdAt: '2026-12-01T00:00:00.000Z',
    seen: {},
    since: {},
    counts: { ops: 0, opsByKind: {}, records: 0, attachments: 0 },
    entries,
  }
}

/** Rewrites the uncompressed size of `entry` in its local header (offset 22) and central record (offset 24). */
function lieAboutSize(zip: Buffer, entry: string, size: number): void {
  const name = Buffer.from(entry)
  for (let at = zip.indexOf(name); at !== -1; at = zip.indexOf(name, at + 1)) {
    if (zip.readUInt32LE(at - 30) === 0x04034b50) zip.writeUInt32LE(size, at - 30 + 22)
    if (at >= 46 && zip.readUInt32LE(at - 46) === 0x02014b50) zip.writeUInt32LE(size, at - 46 + 24)
  }
}

/** A manifest listing 900,000 entries (one repeated, so the file stays small). */
function manyEntries(): Buffer {
  const one = { path: `attachments/${'a'.repeat(64)}`, bytes: 1, sha256: 'b'.repeat(64) }
  const manifest = bareManifest(Array.from({ length: 900_000 }, () => one))
  return Buffer.from(zipSync({ 'manifest.json': [Buffer.from(JSON.stringify(manifest)), { level: 9 }] }))
}

/** Crafted files with valid hashes, each from the honest one. */
function crafted(honest: Buffer): Record<string, Buffer> {
  const content = readSyncFile(honest)
  const rewrite = (change: (c: SyncFileContent) => Partial<SyncFileContent>) => {
    const next = { ...content, ...change(content) }
    return writeSyncFile(next.manifest, next.ops, next.attachments)
  }
  const copied = (ops: SyncFileContent['ops']) => ops.map((op) => ({ ...op }))
  return {
    'future stamps (one op 30 years ahead, at the end)': rewrite((c) => {
      const ops = copied(c.ops)
      const last = ops.at(-1)!
      ops[ops.length - 1] = { ...last, hlc: later(last.hlc, 30 * YEAR) }
      return { ops }
    }),
    'seen claims a year ahead for every device': rewrite((c) => ({
      manifest: { ...c.manifest, seen: Object.fromEntries(Object.entries(c.manifest.seen).map(([d, h]) => [d, later(h, YEAR)])) },
    })),
    'record ids that are not ids (last op)': rewrite((c) => {
      const ops = copied(c.ops)
      ops[ops.length - 1] = { ...ops.at(-1)!, record: 'not-a-uuid' }
      return { ops }
    }),
    'tags named __proto__, constructor, toString': rewrite((c) => ({
      ops: c.ops.map((op, i) =>
        op.change.type === 'add' && op.change.field === 'tags' ? { ...op, change: { ...op.change, element: ['__proto__', 'constructor', 'toString'][i % 3]! } } : op,
      ),
    })),
  }
}

async function honestFile(findings: number): Promise<Buffer> {
  const dir = join(WORK, `source-${findings}`)
  if (!existsSync(join(dir, 'library.sqlite'))) {
    console.log(`generating ${findings.toLocaleString('en-US')} findings (once; reused afterwards)…`)
    await generateLibrary(dir, findings, 7, () => undefined)
  }
  const from = createApi({ dataDir: dir, resourcesDir: RESOURCES, searchStart: 'onDemand' })
  const file = Buffer.from((await from.api['sync.export']({})).file_base64, 'base64')
  from.close()
  return file
}

/** A small library's export whose one finding carries a 9 MB scan (incompressible, as a PDF of photos is). */
async function scanFile(): Promise<Buffer> {
  const dir = join(WORK, 'scan-source')
  if (!existsSync(join(dir, 'library.sqlite'))) {
    // Built aside and renamed when whole: a run stopped midway must not leave a library without its scan.
    const building = `${dir}.partial`
    rmSync(building, { recursive: true, force: true })
    await generateLibrary(building, 5, 7, () => undefined)
    const core = createApi({ dataDir: building, resourcesDir: RESOURCES, searchStart: 'onDemand' })
    const finding = (await core.api['findings.list']({ sort: 'date', descending: false, offset: 0, limit: 1 })).items[0]!
    const scan = Buffer.concat([Buffer.from('%PDF-1.7\n'), withoutSlashes(randomBytes(9 * MB))])
    await core.api['attachments.add']({ finding_id: finding.id, name: 'fond-5-scan.pdf', data_base64: scan.toString('base64') })
    await core.close()
    renameSync(building, dir)
  }
  const from = createApi({ dataDir: dir, resourcesDir: RESOURCES, searchStart: 'onDemand' })
  const file = Buffer.from((await from.api['sync.export']({})).file_base64, 'base64')
  from.close()
  return file
}

/**
 * Random bytes without `/`: 9 MB of noise holds "/JS" about every other time, and the attachment
 * check then (rightly) refuses the "PDF" as carrying JavaScript.
 */
function withoutSlashes(bytes: Buffer): Buffer {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x2f) bytes[i] = 0x30
  return bytes
}

/** A figure from /proc/self/status in kB: VmRSS (resident now) or VmHWM (its peak). */
function residentKb(field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith(`${field}:`))
  return Number(line?.replace(/\D+/g, '') ?? Number.NaN)
}

/** In a process of its own: imports one file into a fresh library and prints the peak above the level before. */
async function measureOne(file: string): Promise<void> {
  const dir = join(WORK, `target-${process.pid}`)
  rmSync(dir, { recursive: true, force: true })
  const core = createApi({ dataDir: dir, resourcesDir: RESOURCES, searchStart: 'onDemand' })
  const bytes = readFileSync(file).toString('base64')
  // Start the high-water mark afresh (Linux: clear_refs 5 resets VmHWM), so start-up's own peak does not hide the import's.
  writeFileSync('/proc/self/clear_refs', '5')
  const before = residentKb('VmRSS')
  let outcome: string
  try {
    const report = await core.api['sync.import']({ file_base64: bytes })
    outcome = `imported ${report.newChanges.toLocaleString('en-US')} changes`
  } catch (error) {
    outcome = `refused: ${(error as Error).message.slice(0, 90)}`
  }
  const peak = (residentKb('VmHWM') - before) / 1024
  core.close()
  rmSync(dir, { recursive: true, force: true })
  console.log(JSON.stringify({ peakMb: peak, outcome }))
}

function measure(file: string): { peakMb: number; outcome: string } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--one', file], { cwd: ROOT, encoding: 'utf8' })
  const line = child.stdout.trim().split('\n').at(-1) ?? ''
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`measuring ${file} failed: ${child.stderr.slice(-500)}`)
  return JSON.parse(line) as { peakMb: number; outcome: string }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { findings: { type: 'string', default: '5000' }, large: { type: 'string', default: '42000' }, one: { type: 'string' } } })
  if (values.one) return measureOne(values.one)
  mkdirSync(WORK, { recursive: true })
  const honest = await honestFile(Number(values.findings))
  const large = Number(values.large)
  const files: Record<string, Buffer> = {
    [`honest export of ${Number(values.findings).toLocaleString('en-US')} findings`]: honest,
    [`honest export of ${large.toLocaleString('en-US')} findings, changes only`]: await honestFile(large),
    'honest export with a 9 MB scan attached': await scanFile(),
    'zip bomb: 1 GiB of ops, sizes declared': bomb(1024 * MB),
    'zip bomb: 1 GiB of ops declared as 1 MiB': bomb(1024 * MB, MB),
    'manifest listing 900,000 entries': manyEntries(),
    ...crafted(honest),
  }
  console.log('\n| file | size | peak memory above baseline | outcome |\n|---|---|---|---|')
  let worst = 0
  for (const [name, bytes] of Object.entries(files)) {
    const path = join(WORK, 'file.rrsync')
    writeFileSync(path, bytes)
    const { peakMb, outcome } = measure(path)
    worst = Math.max(worst, peakMb)
    console.log(`| ${name} | ${(bytes.length / MB).toFixed(2)} MB | ${peakMb.toFixed(1)} MB | ${outcome} |`)
  }
  console.log(`\nworst peak: ${worst.toFixed(1)} MB above baseline (target: under 64 MB for files under 10 MB)`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

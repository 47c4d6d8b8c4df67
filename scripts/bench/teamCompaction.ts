/**
 * Team-folder size benchmark (issue 16): `--members` members create `--findings` findings and
 * make `--edits` edits between them (each member its share, on its own findings, batched in one
 * transaction through the core API, writing a team file every `--edits-per-file` edits of its
 * own), everyone syncs until all hold everything, and the folder is measured; then everyone runs
 * `team compact` twice (a snapshot, acknowledgements, pruning) and it is measured again. A third
 * of the way through, every `--private-every`-th finding of each member is marked do_not_share
 * (and edited while private); at two thirds every other one of those is shared again. At the end
 * it checks that no file ever written to the folder (snapshots included) and no other member's
 * library holds an edit made to a finding still private, that the re-shared ones arrived with
 * their latest content, and that every library holds the same shared findings. Last, the time
 * from an edit to its arrival in another member's library through the folder, against the same
 * change sent by hand, between these full libraries. Files are not encrypted.
 * Run: npm run bench -- team-size   (1,000 findings, 10,000 edits)
 *      npx tsx scripts/bench/teamCompaction.ts --findings 10000 --edits 100000 --members 5 [--edits-per-file 2000]
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readSyncFile } from '../../src/core/sync/file/syncFile'
import { openTempLibrary, tempDir } from '../../src/core/testing/tempLibrary'

const RESOURCES = join(resolve(__dirname, '..', '..'), 'resources')
const FINDINGS = JSON.parse(readFileSync(join(RESOURCES, 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]
const { values } = parseArgs({
  options: {
    findings: { type: 'string', default: '10000' },
    edits: { type: 'string', default: '100000' },
    members: { type: 'string', default: '5' },
    'edits-per-file': { type: 'string', default: '2000' },
    'private-every': { type: 'string', default: '50' },
    arrivals: { type: 'string', default: '10' },
  },
})
const [findings, edits, MEMBERS, perFile, privateEvery, arrivals] = [values.findings, values.edits, values.members, values['edits-per-file'], values['private-every'], values.arrivals].map(Number) as [number, number, number, number, number, number]
/** Markers in the text of edits made while a finding is private: one that must never leave its laptop, one whose finding is shared again later. */
const KEPT = 'KEPT-PRIVATE'
const WAS = 'WAS-PRIVATE'

type Library = ReturnType<typeof openTempLibrary>
async function call<T>(library: Library, method: string, input: unknown = {}): Promise<T> {
  const result = await library.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value as T
}

/** Many writes of one member in one transaction, through the core API (as a batch edit would). */
function batch(library: Library, writes: () => void): void {
  library.db.transaction(writes)()
}
function update(library: Library, patch: Record<string, unknown>): void {
  const result: unknown = library.api['findings.update'](patch as never)
  if (result instanceof Promise) throw new Error('findings.update is expected to be synchronous')
}

/** Every file seen in the folder, with its size (files are never rewritten: this is the folder without pruning), and those holding a kept-private edit. */
const everWritten = new Map<string, number>()
const leaks: string[] = []
let filesWithResharedHistory = 0
let scanMs = 0
function remember(dir: string): void {
  const started = performance.now()
  for (const member of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, member))) {
      const path = `${member}/${name}`
      if (everWritten.has(path)) continue
      const bytes = readFileSync(join(dir, path))
      everWritten.set(path, bytes.length)
      const text = JSON.stringify(readSyncFile(bytes).ops)
      if (text.includes(KEPT)) leaks.push(path)
      if (text.includes(WAS)) filesWithResharedHistory++
    }
  }
  scanMs += performance.now() - started
}
async function sync(m: Library, dir: string, input: unknown = {}): Promise<{ written: unknown; imported: number }> {
  const result = await call<{ written: unknown; imported: number }>(m, 'team.sync', input)
  remember(dir)
  return result
}

function folderSize(dir: string) {
  let files = 0
  let bytes = 0
  let snapshots = 0
  for (const member of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, member))) {
      files++
      if (name.startsWith('snapshot-')) snapshots++
      bytes += statSync(join(dir, member, name)).size
    }
  }
  return { files, snapshots, mib: (bytes / 1024 ** 2).toFixed(1) }
}

const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1)
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

/** Each member's own findings, and which of them it makes private (kept so, or shared again later). */
interface Own {
  ids: string[]
  kept: Set<string>
  reshared: Set<string>
  privateNow: Set<string>
}

async function create(members: Library[], dir: string): Promise<Own[]> {
  const owns: Own[] = []
  for (const [who, m] of members.entries()) {
    const inputs = Array.from({ length: Math.ceil((findings - who) / MEMBERS) }, (_, k) => {
      const i = who + k * MEMBERS
      return { ...FINDINGS[i % FINDINGS.length], reference_raw: `bench ${i}`, summary_en: `finding ${i}` }
    })
    const ids: string[] = []
    for (let start = 0; start < inputs.length; start += 10_000) {
      ids.push(...(await call<{ ids: string[] }>(m, 'findings.createBatch', { findings: inputs.slice(start, start + 10_000) })).ids)
    }
    const chosen = ids.filter((_, k) => k % privateEvery === privateEvery - 1)
    owns.push({ ids, kept: new Set(chosen.filter((_, k) => k % 2 === 0)), reshared: new Set(chosen.filter((_, k) => k % 2 === 1)), privateNow: new Set() })
  }
  for (const m of members) await sync(m, dir)
  return owns
}

/** Marks (or unmarks) findings do_not_share, keeping their other rights. */
function setPrivate(m: Library, ids: Iterable<string>, value: boolean): void {
  batch(m, () => {
    for (const id of ids) {
      const { finding } = m.api['findings.get']({ id }) as { finding: { rights: string[] } }
      const others = finding.rights.filter((r) => r !== 'do_not_share')
      update(m, { id, rights: value ? [...others, 'do_not_share'] : others })
    }
  })
}

async function edit(members: Library[], owns: Own[], dir: string): Promise<void> {
  const steps = Math.ceil(edits / (perFile * MEMBERS))
  for (let step = 0; step < steps; step++) {
    if (step === Math.floor(steps / 3)) members.forEach((m, who) => {
      const own = owns[who]!
      setPrivate(m, [...own.kept, ...own.reshared], true)
      own.privateNow = new Set([...own.kept, ...own.reshared])
    })
    if (step === Math.floor((2 * steps) / 3)) members.forEach((m, who) => {
      setPrivate(m, owns[who]!.reshared, false)
      owns[who]!.privateNow = new Set(owns[who]!.kept)
    })
    for (const [who, m] of members.entries()) {
      const own = owns[who]!
      const share = Math.floor(edits / MEMBERS) + (who < edits % MEMBERS ? 1 : 0)
      const count = Math.max(0, Math.min(perFile, share - step * perFile))
      batch(m, () => {
        for (let k = 0; k < count; k++) {
          const n = step * perFile + k
          const id = own.ids[n % own.ids.length]!
          const marker = own.privateNow.has(id) ? (own.kept.has(id) ? `${KEPT} ` : `${WAS} `) : ''
          update(m, { id, summary_en: `${marker}edit ${n} by ${who}` })
        }
      })
    }
    for (const m of members) await sync(m, dir)
  }
}

/** The shared findings a library holds (id, summary, deletion), as one hash, and how many. */
function sharedDigest(m: Library, privateIds: Set<string>): { n: number; hash: string } {
  const rows = m.db.prepare<[], { id: string; summary: string | null; deleted: number }>("SELECT id, json_extract(data, '$.summary_en') AS summary, deleted FROM findings ORDER BY id").all()
  const shared = rows.filter((r) => !privateIds.has(r.id))
  return { n: shared.length, hash: createHash('sha256').update(JSON.stringify(shared)).digest('hex').slice(0, 16) }
}

function checkPrivacy(members: Library[], owns: Own[]): void {
  const kept = new Set(owns.flatMap((o) => [...o.kept]))
  const holding = (m: Library) => m.db.prepare<[string], { id: string }>('SELECT id FROM findings WHERE data LIKE ?').all(`%${KEPT}%`).map((r) => r.id)
  const elsewhere = members.map((m, who) => holding(m).filter((id) => !owns[who]!.kept.has(id)).length)
  console.log(`findings made private: ${kept.size} kept private, ${owns.reduce((s, o) => s + o.reshared.size, 0)} shared again`)
  console.log(`folder files holding an edit of a finding kept private: ${leaks.length} (of ${everWritten.size} files read, ${filesWithResharedHistory} carrying re-shared history)`)
  console.log(`kept-private edits in other members' libraries: ${elsewhere.reduce((a, b) => a + b, 0)}`)
  const digests = members.map((m) => sharedDigest(m, kept))
  const same = digests.every((d) => d.hash === digests[0]!.hash && d.n === digests[0]!.n)
  console.log(`shared findings in every library: ${digests.map((d) => d.n).join(' / ')}; identical: ${same ? 'yes' : 'NO'}`)
  const reshared = owns.flatMap((o, who) => [...o.reshared].map((id) => ({ id, who })))
  const summary = (m: Library, id: string) => m.db.prepare<[string], { s: string }>("SELECT json_extract(data, '$.summary_en') AS s FROM findings WHERE id = ?").get(id)?.s
  const stale = reshared.filter(({ id, who }) => members.some((m) => summary(m, id) !== summary(members[who]!, id))).length
  console.log(`re-shared findings whose latest content is not in every library: ${stale} of ${reshared.length}`)
  if (leaks.length > 0 || elsewhere.some((n) => n > 0) || !same || stale > 0) process.exitCode = 1
}

/** Edit -> arrival in another member's library through the folder, against export --for + import by hand. */
async function arrival(members: Library[], owns: Own[], dir: string): Promise<void> {
  const [a, b] = members as [Library, Library]
  const id = owns[0]!.ids.find((x) => !owns[0]!.kept.has(x))!
  const team: number[] = []
  const manual: number[] = []
  for (let i = 0; i < arrivals; i++) {
    update(a, { id, summary_en: `arrival ${i}` })
    let started = performance.now()
    await sync(a, dir)
    await sync(b, dir)
    team.push(performance.now() - started)
    update(a, { id, summary_en: `by hand ${i}` })
    started = performance.now()
    const file = await call<{ file_base64: string }>(a, 'sync.export', { for: b.identity.deviceId })
    await call(b, 'sync.import', { file_base64: file.file_base64 })
    manual.push(performance.now() - started)
  }
  console.log(`edit -> arrival through the folder (writer team.sync + reader team.sync), median of ${arrivals}: ${median(team).toFixed(0)} ms`)
  console.log(`same change by hand (export --for + import, with its pre-import backup), median: ${median(manual).toFixed(0)} ms`)
}

async function main(): Promise<void> {
  const cpu = process.cpuUsage()
  const wall = performance.now()
  const folder = tempDir('workbench-bench-team-size-')
  const members = Array.from({ length: MEMBERS }, () => openTempLibrary())
  try {
    for (const m of members) await call(m, 'team.join', { dir: folder, name: 'bench' })
    let started = performance.now()
    const owns = await create(members, folder)
    console.log(`${findings} findings created and written by ${MEMBERS} members: ${seconds(started)} s`)
    started = performance.now()
    await edit(members, owns, folder)
    console.log(`${edits} edits made and written (a team file every ${perFile} edits of a member): ${seconds(started)} s`)
    started = performance.now()
    for (let round = 0; round < 2; round++) for (const m of members) await sync(m, folder)
    console.log(`everyone imports everything: ${seconds(started)} s`)
    const written = [...everWritten.values()]
    const numbered = [...everWritten.keys()].filter((path) => /\/\d{6}\.rrsync$/.test(path)).length
    console.log(`without pruning (every file ever written): ${written.length} files (${numbered} per-change), ${(written.reduce((a, b) => a + b, 0) / 1024 ** 2).toFixed(1)} MiB`)
    const before = folderSize(folder)
    console.log(`folder now (automatic snapshots and pruning already ran): ${before.files} files (${before.snapshots} snapshots), ${before.mib} MiB`)
    started = performance.now()
    for (let round = 0; round < 2; round++) for (const m of members) await sync(m, folder, { compact: true })
    const after = folderSize(folder)
    console.log(`two rounds of team compact: ${seconds(started)} s`)
    console.log(`after compaction: ${after.files} files (${after.snapshots} snapshot), ${after.mib} MiB`)
    checkPrivacy(members, owns)
    await arrival(members, owns, folder)
    const backups = members.map((m) => (existsSync(join(m.dataDir, 'backups')) ? readdirSync(join(m.dataDir, 'backups')).filter((n) => n.endsWith('.sqlite')).length : 0))
    console.log(`backups written per member (automatic imports back up at most hourly): ${backups.join(' / ')}`)
  } finally {
    const used = process.cpuUsage(cpu)
    console.log(`reading every folder file for the privacy check: ${(scanMs / 1000).toFixed(1)} s (included below)`)
    console.log(`wall ${seconds(wall)} s, CPU ${((used.user + used.system) / 1e6).toFixed(0)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`)
    for (const m of members) await m.dispose()
    rmSync(folder, { recursive: true, force: true })
  }
}

void main()

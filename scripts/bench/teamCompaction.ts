/**
 * Team-folder size benchmark (issue 16): five members create `--findings` findings and make
 * `--edits` edits between them (each member its share, on its own findings, writing a team file
 * every `--edits-per-file` edits), everyone syncs until all hold everything, and the folder is
 * measured; then everyone runs `team compact` twice (a snapshot, acknowledgements, pruning) and
 * it is measured again. Files are not encrypted (encryption adds ~50 bytes a file).
 * Run: npx tsx scripts/bench/teamCompaction.ts [--findings 10000] [--edits 100000] [--edits-per-file 2000]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openTempLibrary, tempDir } from '../../src/core/testing/tempLibrary'

const RESOURCES = join(resolve(__dirname, '..', '..'), 'resources')
const FINDINGS = JSON.parse(readFileSync(join(RESOURCES, 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]
const { values } = parseArgs({
  options: { findings: { type: 'string', default: '10000' }, edits: { type: 'string', default: '100000' }, 'edits-per-file': { type: 'string', default: '2000' } },
})
const [findings, edits, perFile] = [Number(values.findings), Number(values.edits), Number(values['edits-per-file'])]
const MEMBERS = 5

type Library = ReturnType<typeof openTempLibrary>
async function call<T>(library: Library, method: string, input: unknown = {}): Promise<T> {
  const result = await library.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value as T
}

/** Every file ever seen in the folder, with its size: files are never rewritten, so this is the folder without pruning. */
const everWritten = new Map<string, number>()
function remember(dir: string): void {
  for (const member of readdirSync(dir)) for (const name of readdirSync(join(dir, member))) everWritten.set(`${member}/${name}`, statSync(join(dir, member, name)).size)
}
async function sync(m: Library, dir: string, input: unknown = {}): Promise<void> {
  await call(m, 'team.sync', input)
  remember(dir)
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

async function main(): Promise<void> {
  const folder = tempDir('workbench-bench-team-size-')
  const members = Array.from({ length: MEMBERS }, () => openTempLibrary())
  try {
    for (const m of members) await call(m, 'team.join', { dir: folder, name: 'bench' })
    let started = performance.now()
    const ids: string[][] = members.map(() => [])
    for (let i = 0; i < findings; i++) {
      const who = i % MEMBERS
      const { id } = await call<{ id: string }>(members[who]!, 'findings.create', { ...FINDINGS[i % FINDINGS.length], reference_raw: `bench ${i}`, summary_en: `finding ${i}` })
      ids[who]!.push(id)
    }
    for (const m of members) await sync(m, folder)
    console.log(`${findings} findings created and written by ${MEMBERS} members: ${seconds(started)} s`)
    started = performance.now()
    for (let i = 0; i < edits; i++) {
      const who = i % MEMBERS
      const own = ids[who]!
      await call(members[who]!, 'findings.update', { id: own[(i / MEMBERS) % own.length | 0], summary_en: `edit ${i}` })
      if ((i + 1) % (perFile * MEMBERS) === 0) for (const m of members) await sync(m, folder)
    }
    console.log(`${edits} edits made and written: ${seconds(started)} s`)
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
  } finally {
    for (const m of members) await m.dispose()
  }
}

void main()

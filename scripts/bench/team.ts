/**
 * Team-folder benchmark (issue 16): the time from an edit on one library to its arrival in
 * another through a shared folder, excluding the folder tool's own delay (the writer's
 * `team.sync`, then the reader's), against the same change sent by hand (`sync.export --for`,
 * then `sync.import`) in the same run; and the folder's size after the edits.
 * Run: npx tsx scripts/bench/team.ts [--edits 30]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openTempLibrary, tempDir } from '../../src/core/testing/tempLibrary'

const RESOURCES = join(resolve(__dirname, '..', '..'), 'resources')
const FINDING = (JSON.parse(readFileSync(join(RESOURCES, 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[])[0]

const { values } = parseArgs({ options: { edits: { type: 'string', default: '30' } } })
const edits = Number(values.edits)

type Library = ReturnType<typeof openTempLibrary>
async function call<T>(library: Library, method: string, input: unknown = {}): Promise<T> {
  const result = await library.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value as T
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

function folderBytes(dir: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const member of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, member))) {
      files++
      bytes += statSync(join(dir, member, name)).size
    }
  }
  return { files, bytes }
}

async function main(): Promise<void> {
  const folder = tempDir('workbench-bench-team-')
  const [a, b, c, d] = [openTempLibrary(), openTempLibrary(), openTempLibrary(), openTempLibrary()]
  try {
    for (const l of [a, b]) await call(l, 'team.join', { dir: folder, name: 'bench' })
    const { id } = await call<{ id: string }>(a, 'findings.create', FINDING)
    await call(a, 'team.sync')
    await call(b, 'team.sync')
    await call(d, 'sync.import', { file_base64: (await call<{ file_base64: string }>(c, 'sync.export', {})).file_base64 })
    const { id: manualId } = await call<{ id: string }>(c, 'findings.create', { ...FINDING, reference_raw: 'bench manual 1' })
    await call(d, 'sync.import', { file_base64: (await call<{ file_base64: string }>(c, 'sync.export', {})).file_base64 })
    const team: number[] = []
    const manual: number[] = []
    for (let i = 0; i < edits; i++) {
      await call(a, 'findings.update', { id, summary_en: `edit ${i}` })
      let started = performance.now()
      await call(a, 'team.sync')
      await call(b, 'team.sync')
      team.push(performance.now() - started)
      await call(c, 'findings.update', { id: manualId, summary_en: `edit ${i}` })
      started = performance.now()
      const file = await call<{ file_base64: string }>(c, 'sync.export', { for: d.identity.deviceId })
      await call(d, 'sync.import', { file_base64: file.file_base64 })
      manual.push(performance.now() - started)
    }
    const size = folderBytes(folder)
    console.log(`edits: ${edits}, one finding edited per round, two members`)
    console.log(`edit -> arrival through the folder (writer team.sync + reader team.sync), median: ${median(team).toFixed(1)} ms`)
    console.log(`same change by hand (export --for + import), median: ${median(manual).toFixed(1)} ms`)
    console.log(`ratio team / manual: ${(median(team) / median(manual)).toFixed(2)}`)
    console.log(`folder after ${edits + 1} files of one member: ${size.files} files, ${(size.bytes / 1024).toFixed(1)} KiB`)
  } finally {
    for (const l of [a, b, c, d]) await l.dispose()
  }
}

void main()

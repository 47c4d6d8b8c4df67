/**
 * "Import a day" benchmark (issue 15): `npm run bench -- day-import` (or `npx tsx
 * scripts/bench/dayImport.ts [--photos 300]`). Generates a day of 12 MP phone photos (3000 x 4000
 * JPEG with EXIF times, cached in .bench/day-12mp/), then imports the folder into a fresh library
 * the way the app does (folder dialog -> job): each photo checked, its time read, a thumbnail,
 * hash and focus measured and the file stored. Prints the wall time (target < 90 s for 300),
 * the process's peak memory (target < 1 GB), and what the main thread felt meanwhile.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { join, resolve } from 'node:path'
import { createApi } from '../../src/core/createApi'
import { photographDay } from '../testdata/photoDay'

const ROOT = resolve(__dirname, '..', '..')
const option = (name: string): number | undefined => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : undefined)
const count = option('--photos') ?? 300
/** `--rendered N`: render N pages and make the rest copies of them, each with a capture time of its own (rendering is the slow part here). */
const rendered = Math.min(count, option('--rendered') ?? count)
const folder = join(ROOT, '.bench', rendered === count ? `day-12mp-${count}` : `day-12mp-${count}-from-${rendered}`)

async function generate(): Promise<void> {
  if (existsSync(folder) && readdirSync(folder).length >= count) return
  mkdirSync(folder, { recursive: true })
  console.log(`generating ${rendered} photos of 12 MP in ${folder} (once)...`)
  await render(folder, rendered)
  copies(folder, rendered, count)
}

/**
 * Fills the folder up to `count` files with copies of the rendered ones, each copy's EXIF times
 * (`YYYY:MM:DD HH:MM:SS`, same length) moved to an hour of its own: distinct files and times,
 * the same decoding work as a photo of its own (the near-duplicate check will call them retakes).
 */
function copies(into: string, from: number, count: number): void {
  const originals = readdirSync(into).sort().slice(0, from)
  for (let i = from; i < count; i++) {
    const name = originals[i % from]!
    const bytes = readFileSync(join(into, name))
    const round = Math.floor(i / from)
    const text = bytes.toString('latin1').replace(/(\d{4}):(\d{2}):(\d{2}) (\d{2}):/g, (_all, y: string, m: string, d: string) => `${y}:${m}:${d} ${String(round).padStart(2, '0')}:`)
    writeFileSync(join(into, `R${String(round).padStart(2, '0')}_${name}`), Buffer.from(text, 'latin1'))
  }
}

async function render(into: string, count: number): Promise<void> {
  const perDocument = 6
  const documents = Array.from({ length: Math.ceil(count / perDocument) }, (_, i) => ({
    language: (['zh-Hans', 'ru', 'en', 'ko'] as const)[i % 4]!,
    pages: perDocument,
  }))
  for (let start = 0; start < documents.length; start += 5) {
    const photos = await photographDay({ documents: documents.slice(start, start + 5), width: 3000, height: 4000, seed: start + 1, start: `1998-04-14T${String(9 + Math.floor(start / 10)).padStart(2, '0')}:00:00` })
    for (const photo of photos.slice(0, count - start * perDocument)) writeFileSync(join(into, `D${String(start).padStart(3, '0')}_${photo.name}`), photo.bytes)
  }
}

async function main(): Promise<void> {
  await generate()
  const files = readdirSync(folder).slice(0, count)
  const bytes = files.reduce((sum, name) => sum + statSync(join(folder, name)).size, 0)
  const dataDir = join(ROOT, '.bench', 'day-import-library')
  rmSync(dataDir, { recursive: true, force: true })
  const core = createApi({ dataDir, resourcesDir: join(ROOT, 'resources'), searchStart: 'onDemand', chooseFolder: async () => folder })
  const delay = monitorEventLoopDelay({ resolution: 10 })
  let peak = 0
  let last = performance.now()
  let longestFrame = 0
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
    const now = performance.now()
    longestFrame = Math.max(longestFrame, now - last)
    last = now
  }, 16)
  try {
    const { session_id } = (await core.api['import.start']({})) as { session_id: string }
    delay.enable()
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    const result = await core.api['import.chooseFolder']({ session_id })
    const seconds = (performance.now() - started) / 1000
    // CPU time of every thread of the process (decoding runs in a worker thread, libvips in its
    // own): what the import costs when the cores are free, whatever else the machine is doing.
    const cpu = process.cpuUsage(cpuBefore)
    const cpuSeconds = (cpu.user + cpu.system) / 1e6
    delay.disable()
    const proposal = await core.api['import.propose']({ session_id })
    console.log(`\n| photos | MB | pages | skipped | wall s | per photo ms | CPU s (all threads) | CPU ms per photo | peak RSS MB | event-loop delay p99 / max ms | longest frame ms | documents proposed | load avg |`)
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|')
    console.log(
      `| ${files.length} | ${(bytes / 1e6).toFixed(0)} | ${result.pages} | ${result.skipped} | ${seconds.toFixed(1)} | ${((seconds * 1000) / files.length).toFixed(0)} | ${cpuSeconds.toFixed(1)} | ${((cpuSeconds * 1000) / files.length).toFixed(0)} | ${(peak / 1e6).toFixed(0)} | ` +
        `${(delay.percentile(99) / 1e6).toFixed(1)} / ${(delay.max / 1e6).toFixed(1)} | ${longestFrame.toFixed(1)} | ${proposal.documents.length} | ${os.loadavg()[0]!.toFixed(1)} |`,
    )
    console.log(`targets: under 90 s for 300 photos, memory under 1,000 MB; on ${os.cpus().length} free cores 300 photos would take about ${((cpuSeconds / files.length) * 300 / os.cpus().length).toFixed(0)} s`)
  } finally {
    clearInterval(sampler)
    await core.close()
  }
}

void main()

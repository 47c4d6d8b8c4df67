/**
 * "Import a day" benchmark (issue 15): `npm run bench -- day-import` (or `npx tsx
 * scripts/bench/dayImport.ts [--photos 300] [--folder DIR]`). Reads a day of N distinct 12 MP
 * phone photos (generated once by dayPhotos.ts into a folder outside the repository, not timed),
 * then imports the folder into a fresh library the way the app does (folder dialog -> job): each
 * photo checked, its time read, a thumbnail, hash and focus measured and the file stored.
 * Prints wall time (target < 90 s for 300), CPU time of the whole process (user and system, all
 * threads: what the import costs whatever else the machine runs), peak resident memory (target
 * < 1 GB), the load average, what the main thread felt meanwhile, and whether the review's
 * retake and blur flags found exactly the photos planted as such.
 * Profile with `node --cpu-prof --import tsx scripts/bench/dayImport.ts`.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { basename, join, resolve } from 'node:path'
import { createApi } from '../../src/core/createApi'
import { dayFolder, generateDay, type DayManifest } from './dayPhotos'

const ROOT = resolve(__dirname, '..', '..')
const option = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const count = Number(option('--photos') ?? 300)
const folder = option('--folder') ?? dayFolder(count)

/** The process's peak resident memory so far (VmHWM), in bytes: every thread and libvips's buffers included. */
function peakRss(): number {
  const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'))
  return line ? Number(line.replace(/\D/g, '')) * 1024 : process.memoryUsage().rss
}

const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(' ')

/** Planted retakes and shaken photos against the flags the review raised, with the shaken photos' sharpness. */
function flagCheck(manifest: DayManifest, pages: Array<{ sha256: string; name: string; sharpness: number }>, flags: Record<string, Array<{ flag: string }>>): string {
  const index = (name: string) => Number(/IMG_(\d+)\.JPG$/.exec(name)?.[1] ?? NaN) - 4100
  const flagged = (flag: string) => pages.filter((p) => flags[p.sha256]?.some((f) => f.flag === flag)).map((p) => index(basename(p.name))).sort((a, b) => a - b)
  const compare = (what: string, planted: number[], found: number[]) => {
    const missed = planted.filter((i) => !found.includes(i))
    const extra = found.filter((i) => !planted.includes(i))
    return `${what}: ${planted.length} planted, ${found.length} flagged, ${missed.length} missed [${missed.join(' ')}], ${extra.length} false [${extra.join(' ')}]`
  }
  const sharpness = pages.map((p) => p.sharpness).sort((a, b) => a - b)
  const shaken = pages.filter((p) => manifest.blurred.includes(index(basename(p.name)))).map((p) => p.sharpness)
  return `${compare('retakes', manifest.retakes, flagged('duplicate'))}\n${compare('shaken', manifest.blurred, flagged('blurred'))}; their sharpness ${shaken.join(', ')} against the day's median ${sharpness[Math.floor(sharpness.length / 2)]}`
}

async function main(): Promise<void> {
  const manifest = await generateDay(count, folder)
  const files = readdirSync(folder).filter((name) => !name.startsWith('.'))
  const bytes = files.reduce((sum, name) => sum + statSync(join(folder, name)).size, 0)
  const dataDir = join(ROOT, '.bench', 'day-import-library')
  rmSync(dataDir, { recursive: true, force: true })
  const core = createApi({ dataDir, resourcesDir: join(ROOT, 'resources'), searchStart: 'onDemand', chooseFolder: async () => folder })
  const delay = monitorEventLoopDelay({ resolution: 10 })
  let last = performance.now()
  let longestFrame = 0
  const sampler = setInterval(() => {
    const now = performance.now()
    longestFrame = Math.max(longestFrame, now - last)
    last = now
  }, 16)
  try {
    const { session_id } = (await core.api['import.start']({})) as { session_id: string }
    const loadBefore = loadAverage()
    const rssBefore = process.memoryUsage().rss
    delay.enable()
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    const result = await core.api['import.chooseFolder']({ session_id })
    const seconds = (performance.now() - started) / 1000
    // CPU time of every thread of the process (libvips works in threads of its own).
    const cpu = process.cpuUsage(cpuBefore)
    delay.disable()
    const loadAfter = loadAverage()
    const peak = peakRss()
    const proposal = await core.api['import.propose']({ session_id })
    const session = await core.api['import.session']({ session_id })
    const cpuSeconds = (cpu.user + cpu.system) / 1e6
    console.log(`\n| photos | MB | pages | skipped | wall s | CPU user + sys s | CPU ms a photo | peak RSS MB (before: ${(rssBefore / 1e6).toFixed(0)}) | event-loop delay p99 / max ms | longest 16 ms tick ms | documents | load avg 1/5/15 min before -> after |`)
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|')
    console.log(
      `| ${files.length} | ${(bytes / 1e6).toFixed(0)} | ${result.pages} | ${result.skipped} | ${seconds.toFixed(1)} | ${(cpu.user / 1e6).toFixed(1)} + ${(cpu.system / 1e6).toFixed(1)} = ${cpuSeconds.toFixed(1)} | ${((cpuSeconds * 1000) / files.length).toFixed(0)} | ` +
        `${(peak / 1e6).toFixed(0)} | ${(delay.percentile(99) / 1e6).toFixed(1)} / ${(delay.max / 1e6).toFixed(1)} | ${longestFrame.toFixed(1)} | ${proposal.documents.length} | ${loadBefore} -> ${loadAfter} |`,
    )
    console.log(flagCheck(manifest, session.pages, proposal.flags))
    console.log(`targets: under 90 s for 300 photos, memory under 1,000 MB; CPU time spread over ${os.cpus().length} free cores: ${(cpuSeconds / os.cpus().length).toFixed(0)} s`)
  } finally {
    clearInterval(sampler)
    await core.close()
    // The library holds a copy of every photo (about 1 GB for 300): not left in the checkout.
    rmSync(dataDir, { recursive: true, force: true })
  }
}

void main()

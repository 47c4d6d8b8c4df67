/**
 * "Import a day" as the page feels it (issue 15: photos import without freezing the UI): the
 * browser host, the Import a day view in headless Chromium, N distinct 12 MP photos (dayPhotos.ts,
 * generated once, not timed) chosen in the file input and sent by the page in pieces, two at a
 * time, as a browser user's are. Prints the time until the review is shown, the page's frame
 * intervals meanwhile, the frames while the review of N pages is scrolled, the page's JS heap
 * and the host process's peak memory. dayImport.ts measures the host alone (the folder dialog's
 * path, Electron's).
 * Run: npx electron-vite build && npx tsx scripts/bench/dayImportPage.ts [--photos 300] [--profile]
 */
import { chromium, type Page } from '@playwright/test'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { startHost } from '../../e2e/support/host'
import { dayFolder, generateDay } from './dayPhotos'
import { CHROMIUM, frameStats, RECORD_FRAMES, startProfile, STOP_RECORDING } from './frames'

const option = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const count = Number(option('--photos') ?? 300)
const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(' ')

/** A process's peak resident memory (VmHWM) in MB, read while it still runs. */
function peakMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'))
  return Math.round(Number(line?.replace(/\D/g, '') ?? 0) / 1024)
}

async function stopFrames(page: Page): Promise<Record<string, number>> {
  return frameStats((await page.evaluate(STOP_RECORDING)) as number[], 50)
}

async function main(): Promise<void> {
  const folder = dayFolder(count)
  await generateDay(count, folder)
  const photos = readdirSync(folder).filter((name) => !name.startsWith('.')).map((name) => join(folder, name))
  const host = await startHost()
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(host.url)
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Import a day' }).click()
    const loadBefore = loadAverage()
    const profiler = process.argv.includes('--profile') ? await startProfile(page, 'day-import-renderer') : undefined
    await page.evaluate(RECORD_FRAMES)
    const started = performance.now()
    await page.getByLabel('Photos and scans to import').setInputFiles(photos)
    await page.getByRole('heading', { level: 2, name: /^Dropped files:/ }).waitFor({ timeout: 30 * 60_000 })
    const seconds = (performance.now() - started) / 1000
    const importing = await stopFrames(page)
    await profiler?.()
    const heading = await page.getByRole('heading', { level: 2, name: /^Dropped files:/ }).textContent()

    await page.evaluate(RECORD_FRAMES)
    await page.mouse.move(700, 500)
    for (let step = 0; step < 40; step++) {
      await page.mouse.wheel(0, 600)
      await page.waitForTimeout(50)
    }
    const scrolling = await stopFrames(page)
    const heapMb = Math.round(((await page.evaluate('performance.memory.usedJSHeapSize')) as number) / 1e6)
    console.log(`${heading}; ${photos.length} photos read and shown for review in ${seconds.toFixed(1)} s (load average ${loadBefore} -> ${loadAverage()})`)
    console.log(`page frames while importing:        ${JSON.stringify(importing)}`)
    console.log(`page frames scrolling the review:   ${JSON.stringify(scrolling)}`)
    console.log(`page JS heap ${heapMb} MB; host process peak ${peakMb(host.process.pid!)} MB`)
  } finally {
    await browser.close()
    await host.stop()
    // The library holds a copy of every photo: not left in the temporary folder.
    rmSync(host.dataDir, { recursive: true, force: true })
  }
}

void main()

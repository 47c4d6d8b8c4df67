/**
 * Timeline smoothness with 5,000 events: fills a temp library with 5,000 researcher events (plus
 * the 119 bundled), opens the timeline in Chromium through the real browser host, zooms and pans
 * with the wheel and the mouse, and prints the requestAnimationFrame intervals seen meanwhile.
 * Run: npx electron-vite build && npx tsx scripts/bench/timeline.ts
 */
import { chromium } from '@playwright/test'
import { EVENT_KINDS } from '../../src/shared/model/event'
import { createApi } from '../../src/core/createApi'
import { newDataDir, startHost, REPO_ROOT } from '../../e2e/support/host'
import { join } from 'node:path'
import { CHROMIUM, frameStats, RECORD_FRAMES, STOP_RECORDING } from './frames'

const EVENTS = 5000

function fillLibrary(dataDir: string): void {
  const core = createApi({ dataDir, resourcesDir: join(REPO_ROOT, 'resources') })
  const precisions = ['day', 'month', 'year'] as const
  core.db.transaction(() => {
    for (let i = 0; i < EVENTS; i++) {
      const year = 1930 + (i % 60)
      const month = String(1 + ((i * 7) % 12)).padStart(2, '0')
      const day = String(1 + ((i * 13) % 28)).padStart(2, '0')
      const precision = precisions[i % 3]
      const date = precision === 'year' ? `${year}` : precision === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`
      void core.api['events.create']({
        date, title: `Benchmark event ${i}`, kind: EVENT_KINDS[i % EVENT_KINDS.length] ?? 'political',
        uncertain: i % 10 === 0, summary: '', sources: [], actors: [], places: [], topics: [], sections: [], paragraphs: [],
      })
    }
  })()
  core.close()
}

const stats = (deltas: number[]): Record<string, number> => frameStats(deltas, 50)

async function main(): Promise<void> {
  const dataDir = newDataDir()
  const t0 = performance.now()
  fillLibrary(dataDir)
  console.log(`library: ${EVENTS} events created in ${Math.round(performance.now() - t0)} ms`)
  const host = await startHost(dataDir)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(host.url)
    const opened = performance.now()
    await page.getByRole('button', { name: 'Timeline' }).click()
    await page.getByText(`of ${EVENTS + 119} in view`).waitFor()
    console.log(`timeline open with ${EVENTS + 119} events: ${Math.round(performance.now() - opened)} ms`)
    const axis = page.getByRole('application', { name: /Time axis/ })
    const box = await axis.boundingBox()
    if (!box) throw new Error('timeline canvas not found')
    const [cx, cy] = [box.x + box.width / 2, box.y + Math.min(80, box.height / 2)]
    // A string, not a function: tsx's name-keeping helpers do not exist inside the page.
    await page.evaluate(RECORD_FRAMES)
    await page.mouse.move(cx, cy)
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, i < 20 ? -120 : 120)
    await page.mouse.down()
    for (let i = 0; i < 60; i++) await page.mouse.move(cx + (i % 30) * 12 - 180, cy)
    await page.mouse.up()
    const deltas = (await page.evaluate(STOP_RECORDING)) as number[]
    console.log('frame intervals while zooming and panning', JSON.stringify(stats(deltas)))
  } finally {
    await browser.close()
    await host.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

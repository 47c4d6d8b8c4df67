/**
 * Findings list smoothness at 100,000 findings: builds (once, then reuses) a generated library
 * in .bench/, opens the findings view in Chromium through the real browser host, and measures
 * the time to the first rows and the requestAnimationFrame intervals while scrolling fast with
 * the wheel, paging down with the keyboard, jumping to the end and back, and dragging the
 * scrollbar. Target: no frame over 100 ms.
 * Run: npx electron-vite build && npx tsx scripts/bench/findings-scroll.ts [--count 100000] [--seed 1]
 */
import { chromium, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createApi } from '../../src/core/createApi'
import { DEFAULT_FINDINGS_VIEW } from '../../src/shared/model/app'
import { REPO_ROOT, startHost } from '../../e2e/support/host'
import { generateLibrary } from '../generate-library'
import { CHROMIUM, frameStats, RECORD_FRAMES, STOP_RECORDING } from './frames'

/** Moves the grid's scrollTop from top to bottom in 120 animation frames, as dragging its thumb would. */
const SWEEP_SCROLL_TOP = `new Promise((done) => {
  const el = document.querySelector('[role="grid"]')
  let step = 0
  const tick = () => {
    el.scrollTop = ((el.scrollHeight - el.clientHeight) * step) / 120
    if (++step <= 120) requestAnimationFrame(tick)
    else done()
  }
  requestAnimationFrame(tick)
})`
const LOADED_ROW = '[role="grid"] [role="row"][aria-rowindex]:not([aria-busy]):not([aria-rowindex="1"])'

/** Reuses the library in .bench/ when it holds the findings asked for; else builds it there. */
async function prepareLibrary(count: number, seed: number): Promise<string> {
  const dataDir = join(REPO_ROOT, '.bench', `findings-${count}-seed${seed}`)
  if (existsSync(join(dataDir, 'library.sqlite'))) {
    const core = createApi({ dataDir, resourcesDir: join(REPO_ROOT, 'resources') })
    const held = (await core.api['app.info']({})).counts.findings ?? 0
    // Start from the list's defaults: an earlier session may have left a filter in the settings.
    await core.api['settings.set']({ findingsView: DEFAULT_FINDINGS_VIEW, lastView: 'essay' })
    core.close()
    if (held === count) {
      console.log(`library: reusing ${count.toLocaleString('en-US')} findings in ${dataDir}`)
      return dataDir
    }
    throw new Error(`${dataDir} holds ${held} findings, not ${count}; delete it to rebuild`)
  }
  const ms = await generateLibrary(dataDir, count, seed, () => undefined)
  console.log(`library: generated ${count.toLocaleString('en-US')} findings in ${(ms / 1000).toFixed(1)} s`)
  return dataDir
}

const stats = (deltas: number[]): Record<string, number> => frameStats(deltas, 100)

/** Runs one interaction while recording frame intervals, and prints them. */
async function measure(page: Page, label: string, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(RECORD_FRAMES)
  await action()
  await page.waitForTimeout(300)
  const deltas = (await page.evaluate(STOP_RECORDING)) as number[]
  console.log(`${label.padEnd(34)} ${JSON.stringify(stats(deltas))}`)
  return deltas
}

/** Waits until the row with this ARIA index shows a loaded finding; returns the milliseconds waited. */
async function rowLoaded(page: Page, ariaRowIndex: number): Promise<number> {
  const started = performance.now()
  const selector = `[role="row"][aria-rowindex="${ariaRowIndex}"]:not([aria-busy])`
  // Checked every animation frame inside the page (a string: the page's CSP forbids eval'd functions).
  await page.evaluate(`new Promise((done) => {
    const check = () => (document.querySelector('${selector}') ? done() : requestAnimationFrame(check))
    check()
  })`)
  return Math.round(performance.now() - started)
}

/** The same library on the timeline: time to open with every finding, and frames while zooming and panning. */
async function timeline(page: Page, count: number): Promise<void> {
  const opened = performance.now()
  await page.getByRole('button', { name: 'Timeline' }).click()
  await page.getByText(new RegExp(`of ${(count + 119).toString()} in view`)).waitFor({ timeout: 60_000 })
  console.log(`timeline open with ${count.toLocaleString('en-US')} findings: ${Math.round(performance.now() - opened)} ms`)
  const axis = await page.getByRole('application', { name: /Time axis/ }).boundingBox()
  if (!axis) throw new Error('timeline canvas not found')
  const [cx, cy] = [axis.x + axis.width / 2, axis.y + axis.height / 2]
  await page.mouse.move(cx, cy)
  await measure(page, 'timeline: zooming and panning', async () => {
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, i < 15 ? -120 : 120)
    await page.mouse.down()
    for (let i = 0; i < 40; i++) await page.mouse.move(cx + (i % 20) * 12 - 120, cy)
    await page.mouse.up()
  })
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' } } })
  const count = Number(values.count)
  const dataDir = await prepareLibrary(count, Number(values.seed))
  const host = await startHost(dataDir)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Findings' }).waitFor()
    const opened = performance.now()
    await page.getByRole('button', { name: 'Findings' }).click()
    await page.locator(LOADED_ROW).first().waitFor()
    console.log(`first rows of ${count.toLocaleString('en-US')}: ${Math.round(performance.now() - opened)} ms`)
    const grid = page.getByRole('grid', { name: 'Findings' })
    const box = await grid.boundingBox()
    if (!box) throw new Error('findings grid not found')
    const all: number[] = []

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    all.push(...(await measure(page, 'fast wheel scrolling (150 × 2,400 px)', async () => {
      for (let i = 0; i < 150; i++) await page.mouse.wheel(0, 2400)
    })))
    await page.locator(LOADED_ROW).first().click()
    all.push(...(await measure(page, 'Page Down × 80', async () => {
      for (let i = 0; i < 80; i++) await page.keyboard.press('PageDown')
    })))
    let endWait = 0
    all.push(...(await measure(page, 'End, then Home', async () => {
      await page.keyboard.press('Control+End')
      endWait = await rowLoaded(page, count + 1)
      await page.keyboard.press('Home')
      await rowLoaded(page, 2)
    })))
    console.log(`rows at the end shown ${endWait} ms after Ctrl+End`)
    const scrollbar = await grid.evaluate((el) => (el as unknown as { offsetWidth: number }).offsetWidth - el.clientWidth)
    all.push(...(await measure(page, `dragging the scrollbar (${scrollbar}px wide)`, async () => {
      const x = box.x + box.width - Math.max(1, scrollbar / 2) - 1
      await page.mouse.move(x, box.y + 40)
      await page.mouse.down()
      for (let i = 1; i <= 60; i++) await page.mouse.move(x, box.y + 40 + ((box.height - 50) * i) / 60)
      await page.mouse.up()
    })))
    const reached = await grid.evaluate((el) => Math.round((el.scrollTop / (el.scrollHeight - el.clientHeight)) * 100))
    console.log(`scrollbar drag reached ${reached}% of the list`)
    if (reached < 90) {
      // No draggable scrollbar in this Chromium (overlay scrollbars): move scrollTop as a drag would, a step a frame.
      all.push(...(await measure(page, 'scrollTop swept like a drag', () => page.evaluate(SWEEP_SCROLL_TOP))))
    }
    console.log(`${'all interactions'.padEnd(34)} ${JSON.stringify(stats(all))}`)
    await timeline(page, count)
  } finally {
    await browser.close()
    await host.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

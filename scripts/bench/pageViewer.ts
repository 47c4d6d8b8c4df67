/**
 * The page viewer with 12 MP photos: makes three 4000×3000 JPEG pages in Chromium (paper, text
 * and grain, so they compress like phone photos), stores them through the browser host, opens
 * the finding's viewer and measures the time until a page is shown (first and next), the reply
 * size of `attachments.get`, frame intervals while zooming, panning and rotating, and the page's
 * JS heap; then frames while OCR reads a page. Targets: a page shown within 2 s, frames under
 * 50 ms after it is shown and while OCR runs.
 * Run: npx electron-vite build && npx tsx scripts/bench/pageViewer.ts
 */
import { chromium, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { api } from '../../e2e/fixtures/hostile/seed'
import { REPO_ROOT, startHost } from '../../e2e/support/host'
import { CHROMIUM, frameStats, RECORD_FRAMES, startProfile, STOP_RECORDING } from './frames'

const [SCENARIO] = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]
const TITLE = 'Twelve-megapixel pages'

/** A 4000×3000 "photo" of a page as JPEG (quality 0.92), with a 256 px thumbnail, both base64. */
const PHOTO = (seed: number) => `(() => {
  const canvas = document.createElement('canvas')
  canvas.width = 4000
  canvas.height = 3000
  const ctx = canvas.getContext('2d')
  const grain = ctx.createImageData(4000, 3000)
  let x = ${seed} * 7919
  for (let i = 0; i < grain.data.length; i += 4) {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    const v = 225 + (x % 24)
    grain.data[i] = v; grain.data[i + 1] = v - 6; grain.data[i + 2] = v - 22; grain.data[i + 3] = 255
  }
  ctx.putImageData(grain, 0, 0)
  ctx.fillStyle = '#222'
  ctx.font = '64px serif'
  for (let line = 0; line < 30; line++) ctx.fillText('周恩来总理接见朝鲜代表团。志愿军今年分三批回国。金日成同意这个安排。第' + line + '行', 200, 250 + line * 85)
  const small = document.createElement('canvas')
  small.width = 256
  small.height = 192
  small.getContext('2d').drawImage(canvas, 0, 0, 256, 192)
  return { data_base64: canvas.toDataURL('image/jpeg', 0.92).split(',')[1], thumbnail_base64: small.toDataURL('image/jpeg', 0.8).split(',')[1] }
})()`

async function measure(page: Page, label: string, action: () => Promise<void>): Promise<void> {
  await page.evaluate(RECORD_FRAMES)
  await action()
  await page.waitForTimeout(600)
  const deltas = (await page.evaluate(STOP_RECORDING)) as number[]
  console.log(`${label.padEnd(36)} ${JSON.stringify(frameStats(deltas, 50))}`)
}

/**
 * Frames while OCR reads the page shown (12 MP, in the host's worker), the viewer zoomed and
 * panned every quarter second meanwhile, until the text is in the finding.
 */
async function measureOcr(page: Page): Promise<void> {
  let took = 0
  const profiler = process.argv.includes('--profile') ? await startProfile(page, 'ocr-renderer') : undefined
  await measure(page, 'zoom and pan while OCR reads page 2', async () => {
    await page.evaluate(WATCH_LONG_TASKS)
    const started = performance.now()
    // The OCR panel is folded when the finding already has a transcription.
    const run = page.getByRole('button', { name: 'Run OCR on this page' })
    if (!(await run.isVisible())) await page.getByText('Read this page with OCR').click()
    await run.click()
    const done = page.getByText(/^Read \d+ lines?/)
    const keys = ['+', 'ArrowRight', '-', 'ArrowLeft']
    for (let i = 0; !(await done.isVisible()); i++) {
      if (performance.now() - started > 600_000) throw new Error('OCR did not finish in 10 minutes')
      await page.keyboard.press(keys[i % keys.length]!)
      await page.waitForTimeout(250)
    }
    took = Math.round(performance.now() - started)
    await page.evaluate('window.ocrDoneAt = performance.now()')
  })
  console.log(`OCR of page 2 (4000×3000, Chinese) read and saved after ${took} ms`)
  console.log(`renderer tasks over 50 ms (start ms after the click: duration): ${await page.evaluate(LONG_TASKS)}`)
  if (profiler) await profiler()
}

/** Page script: records the renderer's long tasks (over 50 ms) from now on. */
const WATCH_LONG_TASKS = `(() => {
  window.longTasks = []
  window.watchFrom = performance.now()
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push([e.startTime, e.duration]) }).observe({ type: 'longtask' })
})()`
const LONG_TASKS = `window.longTasks.map(([at, ms]) => Math.round(at - window.watchFrom) + ': ' + Math.round(ms)).join(', ') + ' (text saved and shown by ' + Math.round(window.ocrDoneAt - window.watchFrom) + ')'`

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  await session.send('Performance.enable')
  const { metrics } = await session.send('Performance.getMetrics')
  return Math.round((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024)
}

async function main(): Promise<void> {
  const host = await startHost()
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Findings' }).waitFor()
    const pages = []
    for (const n of [1, 2, 3]) {
      const photo = (await page.evaluate(PHOTO(n))) as { data_base64: string; thumbnail_base64: string }
      const stored = await api<{ sha256: string; bytes: number }>(host, 'attachments.store', { name: `IMG_000${n}.jpg`, ...photo })
      console.log(`page ${n}: ${(stored.bytes / 1024 / 1024).toFixed(2)} MB JPEG, 4000×3000`)
      pages.push({ sha256: stored.sha256, name: `IMG_000${n}.jpg` })
    }
    await api(host, 'findings.create', { ...SCENARIO, title_or_description: TITLE, attachments: pages })
    const fetched = performance.now()
    const reply = await api<{ data_url: string }>(host, 'attachments.get', { sha256: pages[0]!.sha256 })
    console.log(`attachments.get over HTTP: ${Math.round(performance.now() - fetched)} ms, reply ${(reply.data_url.length / 1024 / 1024).toFixed(2)} MB of text`)

    await page.reload()
    await page.getByRole('button', { name: 'Findings' }).click()
    await page.getByRole('grid', { name: 'Findings' }).getByRole('row', { name: new RegExp(TITLE) }).click()
    console.log(`JS heap before the viewer: ${await heapMb(page)} MB`)
    const status = page.getByRole('toolbar', { name: 'Page view' }).getByRole('status')
    let opened = 0
    await measure(page, 'opening page 1', async () => {
      const started = performance.now()
      await page.getByRole('button', { name: /^Open page 1,/ }).click()
      await status.getByText('Zoom 100%').waitFor({ timeout: 30_000 })
      opened = Math.round(performance.now() - started)
    })
    console.log(`page 1 shown after ${opened} ms; JS heap ${await heapMb(page)} MB`)
    await measure(page, 'zoom in ×6, pan ×12, rotate ×2', async () => {
      for (let i = 0; i < 6; i++) await page.keyboard.press('+')
      for (let i = 0; i < 12; i++) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowDown')
      await page.keyboard.press('r')
      await page.keyboard.press('Shift+R')
      await page.keyboard.press('w')
    })
    let next = 0
    await measure(page, 'Page Down to page 2', async () => {
      const started = performance.now()
      await page.keyboard.press('PageDown')
      await page.getByText('Page 2 of 3').waitFor()
      await status.getByText('Zoom 100%').waitFor({ timeout: 30_000 })
      next = Math.round(performance.now() - started)
    })
    console.log(`page 2 shown after ${next} ms; JS heap ${await heapMb(page)} MB`)
    await measureOcr(page)
  } finally {
    await browser.close()
    await host.stop()
  }
}

void main()

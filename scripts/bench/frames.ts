import type { Page } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../../e2e/support/host'

/** What the browser benchmarks share: Debian's Chromium, a requestAnimationFrame recorder and the renderer's CPU profile. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Page script: starts recording the time between animation frames into window.frameDeltas. */
export const RECORD_FRAMES = `(() => {
  window.frameDeltas = []
  window.recording = true
  let last = performance.now()
  const tick = (now) => {
    window.frameDeltas.push(now - last)
    last = now
    if (window.recording) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

/** Page script: stops recording and returns the frame intervals (the first one is dropped). */
export const STOP_RECORDING = '(() => { window.recording = false; return window.frameDeltas.slice(1) })()'

/** Frame count, mean, p95 and max of frame intervals, and how many exceeded `slowMs`. */
export function frameStats(deltas: number[], slowMs: number): Record<string, number> {
  const sorted = [...deltas].sort((a, b) => a - b)
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const round = (n: number): number => Math.round(n * 10) / 10
  return {
    frames: deltas.length,
    meanMs: round(deltas.reduce((a, b) => a + b, 0) / Math.max(1, deltas.length)),
    p95Ms: round(at(0.95)),
    maxMs: round(sorted.at(-1) ?? 0),
    [`over${slowMs}Ms`]: deltas.filter((d) => d > slowMs).length,
  }
}

/**
 * `--profile`: starts the renderer's CPU profile; the function returned stops it, saves it as
 * `.bench/<name>.cpuprofile` and prints the functions that took the most time themselves.
 */
export async function startProfile(page: Page, name: string): Promise<() => Promise<void>> {
  const session = await page.context().newCDPSession(page)
  await session.send('Profiler.enable')
  await session.send('Profiler.start')
  return async () => {
    const { profile } = await session.send('Profiler.stop')
    mkdirSync(join(REPO_ROOT, '.bench'), { recursive: true })
    writeFileSync(join(REPO_ROOT, '.bench', `${name}.cpuprofile`), JSON.stringify(profile))
    const self = new Map<string, number>()
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
    profile.samples?.forEach((id, i) => {
      const frame = nodes.get(id)!.callFrame
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000)
    })
    console.log(`renderer self time over the run (ms):`)
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${ms.toFixed(0).padStart(7)} ${key}`)
  }
}

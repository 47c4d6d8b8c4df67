/** What the browser benchmarks share: Debian's Chromium and a requestAnimationFrame recorder. */
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

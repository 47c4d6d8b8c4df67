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

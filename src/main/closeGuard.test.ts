import { describe, expect, it } from 'vitest'
import { CLOSE_GRACE_MS, guardClose, type ClosableWindow } from './closeGuard'

/** A window as the guard sees one: close events that listeners may cancel, and what was sent. */
function fakeWindow() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = []
  const sent: unknown[][] = []
  let closed = false
  const window: ClosableWindow & { closed: () => boolean } = {
    on: (_event, listener) => listeners.push(listener),
    close() {
      let prevented = false
      for (const l of listeners) l({ preventDefault: () => (prevented = true) })
      if (!prevented) closed = true
    },
    isDestroyed: () => closed,
    webContents: { send: (...args: unknown[]) => sent.push(args) },
    closed: () => closed,
  }
  return { window, sent }
}

describe('closing the desktop window', () => {
  it('asks the page first, and lets the page close it once it has written its drafts', () => {
    const { window, sent } = fakeWindow()
    guardClose(window, 'wb:event', () => undefined)
    window.close()
    expect(window.closed()).toBe(false)
    expect(sent).toEqual([['wb:event', 'window.closing', {}]])
    window.close() // what the page does once its drafts are on disk
    expect(window.closed()).toBe(true)
  })

  it('closes a page that does not answer once the grace time is over', () => {
    const { window } = fakeWindow()
    const timers: { run: () => void; ms: number }[] = []
    guardClose(window, 'wb:event', (run, ms) => timers.push({ run, ms }))
    window.close()
    expect(timers.map((t) => t.ms)).toEqual([CLOSE_GRACE_MS])
    timers[0]!.run()
    expect(window.closed()).toBe(true)
  })
})

/** What the guard needs of a window: Electron's BrowserWindow has all of it. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown
  close(): void
  isDestroyed(): boolean
  webContents: { send(channel: string, ...args: unknown[]): void }
}

/** How long a page may take to write what it holds before its window closes anyway. */
export const CLOSE_GRACE_MS = 3000

/**
 * Closing the window first asks the page (`window.closing` on the event channel) to write what
 * is not yet on disk, a draft's last keystrokes; the page then closes the window itself. A page
 * that does not answer in time (hung, crashed) is closed anyway.
 */
export function guardClose(window: ClosableWindow, eventChannel: string, schedule: (run: () => void, ms: number) => void = setTimeout): void {
  let asked = false
  window.on('close', (event) => {
    if (asked) return
    asked = true
    event.preventDefault()
    window.webContents.send(eventChannel, 'window.closing', {})
    schedule(() => {
      if (!window.isDestroyed()) window.close()
    }, CLOSE_GRACE_MS)
  })
}

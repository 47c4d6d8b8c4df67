import type { BrowserWindow, Rectangle } from 'electron'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const FILE = 'window-state.json'
const DEFAULT_BOUNDS = { width: 1280, height: 860 }

interface WindowState {
  bounds: Partial<Rectangle>
  maximized: boolean
}

/** The window's last size and position, kept beside the library. */
export function readWindowState(dataDir: string): WindowState {
  try {
    const state = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')) as WindowState
    if (state.bounds.width && state.bounds.height) return state
  } catch {
    // First launch, or an unreadable file: fall back to the default size.
  }
  return { bounds: DEFAULT_BOUNDS, maximized: false }
}

/** Saves the window's normal (unmaximized) bounds when it closes. */
export function trackWindowState(window: BrowserWindow, dataDir: string): void {
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
    writeFileSync(join(dataDir, FILE), JSON.stringify(state))
  })
}

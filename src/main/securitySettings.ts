import { APP_ORIGIN } from '../shared/ipcChannels'

/**
 * The Electron security decisions as plain values and pure functions, with no `electron` import,
 * so a unit test can load and check exactly what `security.ts` hands to Electron.
 */

/** The subset of Electron's `WebPreferences` this app sets (same names, same meanings). */
export interface SecureWebPreferences {
  preload: string
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  nodeIntegrationInWorker: false
  nodeIntegrationInSubFrames: false
  webSecurity: true
  allowRunningInsecureContent: false
  webviewTag: false
  experimentalFeatures: false
  navigateOnDragDrop: false
  /** Middle-click would otherwise try to open a link in a new window (denied anyway, see below). */
  disableBlinkFeatures: 'Auxclick'
  spellcheck: true
}

/** The web preferences of every window: isolated, sandboxed, no Node in the page. */
export function secureWebPreferences(preload: string): SecureWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
  }
}

const APP_URL = new URL(`${APP_ORIGIN}/`)

/**
 * True only for pages served by the app's own protocol. Compares scheme and host rather than
 * `origin`: Node's URL (which the main process uses) gives every non-web scheme the origin
 * `'null'`, so an origin check would refuse the app itself.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === APP_URL.protocol && parsed.host === APP_URL.host && parsed.username === ''
  } catch {
    return false
  }
}

/** Whether a frame may navigate to `url`: only within the app's own origin. */
export function mayNavigate(url: string): boolean {
  return isAppUrl(url)
}

/**
 * What to do with `window.open` or a `target=_blank` link: the app never opens a window of its
 * own. A plain http(s) link (a repository's catalogue page, say) is handed to the user's browser;
 * every other scheme (`javascript:`, `data:`, `file:`, `app:`, custom handlers) is dropped.
 */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isWebLink(url) }
}

function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.username === '' && parsed.password === ''
  } catch {
    return false
  }
}

/**
 * Whether to grant a permission request or check (camera, microphone, geolocation,
 * notifications, MIDI, HID, clipboard reading...). Only writing plain text to the clipboard is
 * granted, for the citation Copy buttons; reading the clipboard and everything else is refused.
 */
export function grantsPermission(permission: string): boolean {
  return permission === 'clipboard-sanitized-write'
}

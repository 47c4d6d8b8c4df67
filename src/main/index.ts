import { app, BrowserWindow, dialog, Menu } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { resolveDataDir } from '../core/paths'
import { openLibrarySession, type LibrarySession } from '../core/recovery/session'
import { startTeamAutoSync } from '../core/team/autoSync'
import { APP_ORIGIN, IPC_EVENT } from '../shared/ipcChannels'
import { registerAppScheme, serveRenderer } from './appProtocol'
import { guardClose } from './closeGuard'
import { forwardEvents, serveIpc } from './ipcHost'
import { buildMenu } from './menu'
import { followInterfaceLanguage } from './shellLanguage'
import type { Translate } from '../shared/i18n/messageIds'
import { hardenApp } from './security'
import { secureWebPreferences } from './securitySettings'
import { readWindowState, trackWindowState } from './windowState'

/** Where `npm start` puts the better-sqlite3 addon rebuilt for Electron's ABI (see stack notes). */
const ELECTRON_SQLITE = join(app.getAppPath(), '.electron-native', 'better_sqlite3.node')

function dataDirFromArgs(): string {
  const { values } = parseArgs({
    args: process.argv.slice(1),
    options: { 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  })
  const flag = values['data-dir']
  return resolveDataDir(typeof flag === 'string' ? flag : undefined)
}

function openWindow(core: LibrarySession, dataDir: string): BrowserWindow {
  const state = readWindowState(dataDir)
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Reading Room Workbench',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  if (state.maximized) window.maximize()
  trackWindowState(window, dataDir)
  forwardEvents(core, window)
  guardClose(window, IPC_EVENT)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(`${APP_ORIGIN}/index.html`)
  return window
}

/** The native folder dialogs (Import a day, back up, restore); the path goes to the core, never to the page. */
const FOLDER_DIALOGS = {
  'day-import': { title: 'folderDialog.dayImport.title', buttonLabel: 'folderDialog.dayImport.button' },
  backup: { title: 'folderDialog.backup.title', buttonLabel: 'folderDialog.backup.button' },
  restore: { title: 'folderDialog.restore.title', buttonLabel: 'folderDialog.restore.button' },
} as const

async function chooseFolder(t: Translate, purpose: keyof typeof FOLDER_DIALOGS = 'day-import'): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const words = FOLDER_DIALOGS[purpose]
  const options = { title: t(words.title), buttonLabel: t(words.buttonLabel), properties: ['openDirectory' as const, 'createDirectory' as const] }
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

function start(): void {
  registerAppScheme()
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  const dataDir = dataDirFromArgs()
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  void app.whenReady().then(() => {
    // A library that cannot be opened leaves the session in recovery mode: the window then
    // shows the recovery screen (restore a backup) instead of an error box and an exit.
    const core = openLibrarySession({
      dataDir,
      resourcesDir: join(app.getAppPath(), 'resources'),
      nativeBinding: existsSync(ELECTRON_SQLITE) ? ELECTRON_SQLITE : undefined,
      chooseFolder: (purpose) => chooseFolder(shellWords.current(), purpose),
    })
    const teamSync = startTeamAutoSync(core)
    hardenApp()
    serveRenderer(join(__dirname, '../renderer'))
    serveIpc(core)
    const shellWords = followInterfaceLanguage(core, app.getPreferredSystemLanguages(), (t) => Menu.setApplicationMenu(buildMenu(dataDir, t)))
    openWindow(core, dataDir)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow(core, dataDir)
    })
    // A quit waits while the windows write what they hold (guardClose), which cancels it: once
    // the last window has closed, the quit is carried on, on macOS too.
    let quitting = false
    app.on('before-quit', () => (quitting = true))
    app.on('window-all-closed', () => {
      if (quitting || process.platform !== 'darwin') app.quit()
    })
    // The library is closed (the clock's high-water mark written, the search worker stopped)
    // before the process ends: quitting waits for it once, then quits for real.
    let closed = false
    app.on('will-quit', (event) => {
      if (closed) return
      event.preventDefault()
      void Promise.resolve(teamSync.stop()).then(() => core.close()).finally(() => {
        closed = true
        app.quit()
      })
    })
  })
}

start()

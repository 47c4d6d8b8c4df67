import { ipcMain, type BrowserWindow } from 'electron'
import type { LibrarySession } from '../core/recovery/session'
import { IPC_CALL, IPC_EVENT } from '../shared/ipcChannels'
import { isAppUrl } from './securitySettings'

/**
 * The single IPC channel: `wb:call` hands (method, input) to the core's validating dispatcher.
 * Calls from any frame not served by the app's protocol are refused (checklist item 17).
 */
export function serveIpc(core: Pick<LibrarySession, 'dispatch'>): void {
  ipcMain.handle(IPC_CALL, (event, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? ''
    if (!isAppUrl(frameUrl)) {
      return { ok: false, error: { code: 'auth.forbidden_origin', message: 'Call from a foreign frame' } }
    }
    return core.dispatch(method, input)
  })
}

/** Forwards every core event to a window for as long as it lives. */
export function forwardEvents(core: Pick<LibrarySession, 'events'>, window: BrowserWindow): void {
  const unsubscribe = core.events.subscribe((name, payload) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT, name, payload)
  })
  window.on('closed', unsubscribe)
}

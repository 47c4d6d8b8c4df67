import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { isEventName, isMethodName } from '../shared/api/methods'
import { IPC_CALL, IPC_EVENT } from '../shared/ipcChannels'

type Handler = (payload: unknown) => void

/**
 * The page's only door to the app: `call` for contract methods and `on` for contract events.
 * Names outside the contract are refused here, before anything reaches the main process.
 */
const bridge = {
  call(method: unknown, input: unknown): Promise<unknown> {
    if (!isMethodName(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'method.unknown', message: `Unknown method "${String(method)}"` },
      })
    }
    return ipcRenderer.invoke(IPC_CALL, method, input)
  },
  on(event: unknown, handler: Handler): () => void {
    if (!isEventName(event) || typeof handler !== 'function') return () => undefined
    const listener = (_: IpcRendererEvent, name: string, payload: unknown): void => {
      if (name === event) handler(payload)
    }
    ipcRenderer.on(IPC_EVENT, listener)
    return () => ipcRenderer.removeListener(IPC_EVENT, listener)
  },
}

contextBridge.exposeInMainWorld('workbench', bridge)

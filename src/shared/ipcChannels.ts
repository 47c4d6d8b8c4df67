/** The two IPC channels between the Electron shell and the page: requests and pushes. */
export const IPC_CALL = 'wb:call'
export const IPC_EVENT = 'wb:event'

/** The privileged scheme the Electron shell serves the built renderer from. */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://workbench`

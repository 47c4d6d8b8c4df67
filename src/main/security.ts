import { app, session, shell } from 'electron'
import { grantsPermission, mayNavigate, windowOpenDecision } from './securitySettings'

/**
 * App-wide guards (Electron security checklist): no navigation away from the app, no new
 * windows, no webviews, and every permission request (camera, geolocation, notifications...)
 * denied. External http(s) links open in the user's browser instead. The decisions themselves
 * are pure functions in `securitySettings.ts`, tested without Electron.
 */
export function hardenApp(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(grantsPermission(permission)),
  )
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => grantsPermission(permission))
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      const decision = windowOpenDecision(url)
      if (decision.openExternally) void shell.openExternal(url)
      return { action: decision.action }
    })
  })
}

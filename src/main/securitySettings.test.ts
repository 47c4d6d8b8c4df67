import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import { APP_ORIGIN } from '../shared/ipcChannels'
import { grantsPermission, isAppUrl, mayNavigate, secureWebPreferences, windowOpenDecision } from './securitySettings'

const source = (file: string) => readFileSync(join(__dirname, file), 'utf8')

/** The CSP as a map from directive to its sources. */
function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

describe('window web preferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.js')

  it('isolate and sandbox the page with no Node integration anywhere', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    })
  })

  it('are the preferences main gives its window, and the pure module does not load Electron', () => {
    expect(source('index.ts')).toMatch(/webPreferences: secureWebPreferences\(/)
    expect(source('index.ts')).not.toMatch(/new BrowserWindow\([\s\S]*webPreferences: \{/)
    expect(source('securitySettings.ts')).not.toMatch(/from 'electron'/)
  })
})

describe('content security policy', () => {
  const directives = cspDirectives(CONTENT_SECURITY_POLICY)

  it('denies by default and allows scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
  })

  it('has no unsafe keyword, wildcard or remote source in any directive', () => {
    for (const [name, sources] of directives) {
      for (const value of sources) {
        expect(value, name).not.toMatch(/unsafe-|^\*$|^https?:|^wss?:|^ftp:|^file:|\*\./)
      }
      expect(sources.length, name).toBeGreaterThan(0)
    }
    // data: and blob: only for images (attachment previews); never for scripts or connections.
    for (const name of ['script-src', 'connect-src', 'worker-src', 'style-src']) {
      expect(directives.get(name), name).toEqual(["'self'"])
    }
  })
})

describe('navigation and new windows', () => {
  it('allow navigation only within the app origin', () => {
    expect(mayNavigate(`${APP_ORIGIN}/index.html#timeline`)).toBe(true)
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://evil/index.html',
      'app://workbench.evil.test/',
      'about:blank',
      'not a url',
    ]) {
      expect(mayNavigate(url), url).toBe(false)
    }
  })

  it('never open a window; only plain http(s) links go to the user browser', () => {
    expect(windowOpenDecision('https://www.wilsoncenter.org/')).toEqual({ action: 'deny', openExternally: true })
    expect(windowOpenDecision('http://archive.example/doc')).toEqual({ action: 'deny', openExternally: true })
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///C:/Windows/System32/calc.exe',
      'ms-msdt:/id PCWDiagnostic',
      'smb://attacker/share',
      `${APP_ORIGIN}/index.html`,
      'https://user:pass@example.com/',
      '',
    ]) {
      expect(windowOpenDecision(url), url).toEqual({ action: 'deny', openExternally: false })
    }
  })

  it('recognise the app origin exactly', () => {
    // Node's URL gives app:// the origin 'null'; an origin comparison refused every IPC call.
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true)
    expect(isAppUrl(`${APP_ORIGIN}/`)).toBe(true)
    expect(isAppUrl('app://workbench:81/')).toBe(false)
    expect(isAppUrl('https://workbench/')).toBe(false)
  })
})

describe('permission requests', () => {
  it('grant none: camera, microphone, geolocation, notifications and the rest are denied', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'openExternal',
      'clipboard-read',
      'hid',
      'serial',
      'usb',
      'display-capture',
      'idle-detection',
      'unknown',
    ]) {
      expect(grantsPermission(permission), permission).toBe(false)
    }
    // The citation Copy buttons write plain text; nothing can read the clipboard.
    expect(grantsPermission('clipboard-sanitized-write')).toBe(true)
  })

  it('are routed through the pure decision in the Electron shell', () => {
    const security = source('security.ts')
    expect(security).toMatch(/setPermissionRequestHandler\([\s\S]*grantsPermission\(permission\)/)
    expect(security).toMatch(/setPermissionCheckHandler\([\s\S]*grantsPermission\(permission\)/)
    expect(security).toMatch(/will-navigate[\s\S]*mayNavigate\(url\)/)
    expect(security).toMatch(/setWindowOpenHandler\([\s\S]*windowOpenDecision\(url\)/)
  })
})

import { app, dialog, Menu, shell, type BaseWindow, type MenuItemConstructorOptions, type WebContents } from 'electron'

/**
 * Presses a key in the page, as the page's own shortcut handlers expect it. The menu shows the
 * page's shortcuts (the same in a browser tab, where Ctrl+N belongs to the browser) without
 * registering them, so the key itself always reaches the page.
 */
function pressInPage(window: BaseWindow | undefined, keyCode: string, modifiers: Array<'alt' | 'shift'> = []): void {
  const contents = (window as { webContents?: WebContents } | undefined)?.webContents
  if (!contents) return
  contents.sendInputEvent({ type: 'keyDown', keyCode, modifiers })
  if (keyCode === '?') contents.sendInputEvent({ type: 'char', keyCode, modifiers })
  contents.sendInputEvent({ type: 'keyUp', keyCode, modifiers })
}

/** File, Edit, View, Help; About names the bundled essay and its author. */
export function buildMenu(dataDir: string): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New Finding', accelerator: 'Alt+N', registerAccelerator: false, click: (_item, window) => pressInPage(window, 'N', ['alt']) },
        {
          label: 'New Finding from Selected Passage',
          accelerator: 'Alt+Shift+N',
          registerAccelerator: false,
          click: (_item, window) => pressInPage(window, 'N', ['alt', 'shift']),
        },
        { type: 'separator' },
        { label: 'Show Library Folder', click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'Shift+/', registerAccelerator: false, click: (_item, window) => pressInPage(window, '?', ['shift']) },
        { label: 'About Reading Room Workbench', click: showAbout },
      ],
    },
  ]
  if (process.platform === 'darwin') template.unshift({ role: 'appMenu' })
  return Menu.buildFromTemplate(template)
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: 'About Reading Room Workbench',
    message: `Reading Room Workbench ${app.getVersion()}`,
    detail:
      'An offline workbench for archival research on the Sino-North Korean alliance.\n\n' +
      'Bundled essay: Gregg Brazinsky, "The Nature of the Sino-North Korean Alliance", ' +
      'December 2025, in the series "China-Russia Security Cooperation in the 2020s". ' +
      'The essay is shown unaltered and remains the work of its author.',
  })
}

import { app, dialog, Menu, shell, type BaseWindow, type MenuItemConstructorOptions, type WebContents } from 'electron'
import type { Translate } from '../shared/i18n/messageIds'

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

/** File, Edit, View, Help, in the interface language; About names the bundled essay and its author. */
export function buildMenu(dataDir: string, t: Translate): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.newFinding'), accelerator: 'Alt+N', registerAccelerator: false, click: (_item, window) => pressInPage(window, 'N', ['alt']) },
        {
          label: t('menu.newFindingFromPassage'),
          accelerator: 'Alt+Shift+N',
          registerAccelerator: false,
          click: (_item, window) => pressInPage(window, 'N', ['alt', 'shift']),
        },
        { type: 'separator' },
        { label: t('menu.showLibraryFolder'), click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close', label: t('menu.closeWindow') } : { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom', label: t('menu.actualSize') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [
        { label: t('menu.shortcuts'), accelerator: 'Shift+/', registerAccelerator: false, click: (_item, window) => pressInPage(window, '?', ['shift']) },
        { label: t('menu.about'), click: () => showAbout(t) },
      ],
    },
  ]
  if (process.platform === 'darwin') template.unshift({ role: 'appMenu' })
  return Menu.buildFromTemplate(template)
}

function showAbout(t: Translate): void {
  void dialog.showMessageBox({
    type: 'info',
    title: t('menu.about'),
    message: `Reading Room Workbench ${app.getVersion()}`,
    detail: t('about.detail'),
  })
}

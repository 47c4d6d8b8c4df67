import { app, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron'

/** File, Edit, View, Help; About names the bundled essay and its author. */
export function buildMenu(dataDir: string): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
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
      submenu: [{ label: 'About Reading Room Workbench', click: showAbout }],
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

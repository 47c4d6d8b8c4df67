import { useEffect, useRef, useState } from 'react'
import { isTyping } from './undo'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl'
const ALT = isMac ? '⌥' : 'Alt'

/**
 * Every shortcut works in a browser tab as well as in the desktop app: none is one a browser
 * keeps for itself (Ctrl+N, Ctrl+T, Ctrl+W, Ctrl+Shift+N open or close windows and tabs).
 */
export const SHORTCUTS: { group: string; keys: { keys: string; does: string }[] }[] = [
  {
    group: 'Anywhere',
    keys: [
      { keys: `${ALT}+N`, does: 'New finding' },
      { keys: `${ALT}+Shift+N`, does: 'New finding from the passage selected in the essay' },
      { keys: `${MOD}+K`, does: 'Search palette' },
      { keys: `${MOD}+Z`, does: 'Undo the last move to the Trash, removal or untagging (outside text fields)' },
      { keys: '?', does: 'This list of shortcuts (outside text fields)' },
      { keys: 'Esc', does: 'Close the dialog or popover' },
    ],
  },
  {
    group: 'Finding editor',
    keys: [
      { keys: `${MOD}+S or ${MOD}+Enter`, does: 'Save the finding' },
      { keys: '↑ ↓, Enter', does: 'Choose in a suggestion list (Enter never saves the form there)' },
    ],
  },
  {
    group: 'Findings list',
    keys: [
      { keys: '↑ ↓ Page Up/Down Home End', does: 'Move between findings' },
      { keys: 'Shift+↑ ↓', does: 'Extend the selection' },
      { keys: 'Space', does: 'Select or unselect the finding' },
      { keys: `${MOD}+A`, does: 'Select all' },
      { keys: 'Esc', does: 'Clear the selection' },
    ],
  },
  {
    group: 'Import a day',
    keys: [
      { keys: '← →', does: 'Move between pages' },
      { keys: 'S', does: 'Start a new document at this page' },
      { keys: 'Delete', does: 'Set the page aside' },
    ],
  },
]

/** The list of keyboard shortcuts, opened with “?” outside text fields; Esc closes it. */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      if (document.querySelector('dialog[open]') && !dialog.current?.open) return
      event.preventDefault()
      setOpen((current) => !current)
    }
    const onAsk = () => setOpen(true)
    window.addEventListener('keydown', onKey)
    window.addEventListener('workbench:shortcuts', onAsk)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('workbench:shortcuts', onAsk)
    }
  }, [])
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])

  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={() => setOpen(false)}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <div className="shortcuts-groups">
        {SHORTCUTS.map((group) => (
          <table key={group.group} className="shortcuts">
            <caption>{group.group}</caption>
            <tbody>
              {group.keys.map((k) => (
                <tr key={k.keys}>
                  <th scope="row">
                    <kbd>{k.keys}</kbd>
                  </th>
                  <td>{k.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  )
}

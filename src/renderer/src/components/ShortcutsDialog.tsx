import { useEffect, useRef, useState } from 'react'
import type { MessageId } from '../../../shared/i18n/messageIds'
import { useT } from '../i18n'
import { isTyping } from './undo'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl'
const ALT = isMac ? '⌥' : 'Alt'

/**
 * Every shortcut works in a browser tab as well as in the desktop app: none is one a browser
 * keeps for itself (Ctrl+N, Ctrl+T, Ctrl+W, Ctrl+Shift+N open or close windows and tabs).
 */
export const SHORTCUTS: { group: MessageId; keys: { keys: string; does: MessageId }[] }[] = [
  {
    group: 'actions.keys.anywhere',
    keys: [
      { keys: `${ALT}+N`, does: 'actions.keys.newFinding' },
      { keys: `${ALT}+Shift+N`, does: 'actions.keys.newFromPassage' },
      { keys: `${MOD}+K`, does: 'actions.keys.palette' },
      { keys: `${MOD}+Z`, does: 'actions.keys.undo' },
      { keys: '?', does: 'actions.keys.list' },
      { keys: 'Esc', does: 'actions.keys.close' },
    ],
  },
  {
    group: 'actions.keys.editor',
    keys: [
      { keys: `${MOD}+S, ${MOD}+Enter`, does: 'actions.keys.save' },
      { keys: '↑ ↓ Enter', does: 'actions.keys.choose' },
    ],
  },
  {
    group: 'actions.keys.findings',
    keys: [
      { keys: '↑ ↓ PgUp PgDn Home End', does: 'actions.keys.move' },
      { keys: 'Shift+↑ ↓', does: 'actions.keys.extend' },
      { keys: 'Space', does: 'actions.keys.select' },
      { keys: `${MOD}+A`, does: 'actions.keys.selectAll' },
      { keys: 'Esc', does: 'actions.keys.unselect' },
    ],
  },
  {
    group: 'actions.keys.dayImport',
    keys: [
      { keys: '← →', does: 'actions.keys.pages' },
      { keys: 'S', does: 'actions.keys.split' },
      { keys: 'Delete', does: 'actions.keys.setAside' },
    ],
  },
]

/** The list of keyboard shortcuts, opened with “?” outside text fields; Esc closes it. */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const t = useT()

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
      <h2 id="shortcuts-title">{t('actions.shortcuts')}</h2>
      <div className="shortcuts-groups">
        {SHORTCUTS.map((group) => (
          <table key={group.group} className="shortcuts">
            <caption>{t(group.group)}</caption>
            <tbody>
              {group.keys.map((k) => (
                <tr key={k.does}>
                  <th scope="row">
                    <kbd>{k.keys}</kbd>
                  </th>
                  <td>{t(k.does)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <form method="dialog">
        <button type="submit">{t('actions.close')}</button>
      </form>
    </dialog>
  )
}

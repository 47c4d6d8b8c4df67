import { useEffect, useState } from 'react'
import { createAnchorFromUtf16 } from '../../../../shared/anchoring'
import { isCommand } from '../findingEditor/FindingEditor'
import { openFindingEditor } from '../findingEditor/openEditor'
import { useT } from '../../i18n'
import { offsetInParagraph } from './passages'

interface Chosen {
  paragraphId: string
  text: string
  start: number
  end: number
  /** Where to show the button (viewport coordinates of the selection's end). */
  top: number
  left: number
}

const paragraphOf = (node: Node | null): HTMLElement | null =>
  (node instanceof HTMLElement ? node : node?.parentElement)?.closest<HTMLElement>('.reader p.paragraph[data-text]') ?? null

/** The current selection when it lies inside one essay paragraph, as offsets into its plain text. */
function readSelection(): Chosen | undefined {
  const selection = document.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined
  const range = selection.getRangeAt(0)
  const paragraph = paragraphOf(range.startContainer)
  if (!paragraph || paragraph !== paragraphOf(range.endContainer)) return undefined
  const text = paragraph.dataset.text ?? ''
  const start = offsetInParagraph(paragraph, range.startContainer, range.startOffset, text.length)
  const end = offsetInParagraph(paragraph, range.endContainer, range.endOffset, text.length)
  if (end <= start || text.slice(start, end).trim() === '') return undefined
  const box = range.getBoundingClientRect()
  // Kept inside the window, so the button stays reachable when the selection scrolls away.
  const top = Math.min(Math.max(box.bottom + 6, 8), window.innerHeight - 40)
  const left = Math.min(Math.max(box.left, 8), window.innerWidth - 220)
  return { paragraphId: paragraph.id, text, start, end, top, left }
}

function openFor(chosen: Chosen): void {
  openFindingEditor({ passage: createAnchorFromUtf16(chosen.text, chosen.start, chosen.end, chosen.paragraphId) })
}

/**
 * "New finding from selection": shown under text selected inside a paragraph; Alt+Shift+N
 * does the same from the keyboard (select with Shift+arrows in caret browsing, F7).
 */
export function PassageSelection() {
  const [chosen, setChosen] = useState<Chosen>()
  const t = useT()

  useEffect(() => {
    const onChange = () => setChosen(readSelection())
    const onKey = (event: KeyboardEvent) => {
      const altShiftN = event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN'
      if (!altShiftN && (!isCommand(event) || !event.shiftKey || event.key.toLowerCase() !== 'n')) return
      const current = readSelection()
      if (!current) return
      event.preventDefault()
      openFor(current)
    }
    document.addEventListener('selectionchange', onChange)
    window.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('selectionchange', onChange)
      window.removeEventListener('keydown', onKey)
    }
  }, [])

  if (!chosen) return null
  return (
    <button
      type="button"
      className="selection-action"
      style={{ top: chosen.top, left: chosen.left }}
      aria-keyshortcuts="Alt+Shift+N"
      // mousedown keeps the selection from collapsing before the click lands.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => openFor(chosen)}
    >
      {t('essay.newFromSelection')}
    </button>
  )
}

import type { ViewerControls } from './useOpenSeadragon'
import { useT } from '../../i18n'

interface Props {
  controls: ViewerControls
  page: number
  pages: number
  onPage(index: number): void
  /** Present when regions can be drawn (a saved finding): whether drawing is on, and its switch. */
  selecting?: boolean
  onSelecting?(on: boolean): void
  disabled: boolean
  /** Zoom and rotation in words, e.g. "Zoom 150% · turned 90° right". */
  status: string
}

/** One labelled button per action, each with the key that does the same (listed in its title). */
export function ViewerToolbar({ controls, page, pages, onPage, selecting, onSelecting, disabled, status }: Props) {
  const t = useT()
  const button = (label: string, keys: string, shortcut: string, action: () => void, text: string, off = disabled) => (
    <button type="button" onClick={action} disabled={off} aria-label={label} title={`${label} (${keys})`} aria-keyshortcuts={shortcut}>
      {text}
    </button>
  )
  return (
    <div role="toolbar" aria-label={t('viewer.toolbar')} className="viewer-toolbar">
      {button(t('viewer.previousPage'), 'Page Up', 'PageUp', () => onPage(page - 1), t('viewer.previousShort'), page <= 0)}
      <span className="viewer-page-count" aria-live="polite">
        {t('viewer.pageOf', { page: page + 1, pages })}
      </span>
      {button(t('viewer.nextPage'), 'Page Down', 'PageDown', () => onPage(page + 1), t('viewer.nextShort'), page >= pages - 1)}
      <span className="toolbar-gap" />
      {button(t('viewer.zoomOut'), '−', '-', controls.zoomOut, '−')}
      {button(t('viewer.zoomIn'), '+', '+', controls.zoomIn, '+')}
      {button(t('viewer.fitWidth'), 'W', 'w', controls.fitWidth, t('viewer.fitWidth'))}
      {button(t('viewer.wholePage'), '0', '0', controls.fitPage, t('viewer.wholePage'))}
      {button(t('viewer.rotateLeft'), 'Shift+R', 'Shift+R', () => controls.rotate(-90), `⟲ ${t('viewer.rotateLeft')}`)}
      {button(t('viewer.rotateRight'), 'R', 'r', () => controls.rotate(90), `⟳ ${t('viewer.rotateRight')}`)}
      <span className="viewer-status" role="status">
        {status}
      </span>
      {onSelecting && (
        <button
          type="button"
          aria-pressed={selecting}
          disabled={disabled}
          onClick={() => onSelecting(!selecting)}
          title={t('viewer.selectTitle')}
          aria-keyshortcuts="s"
        >
          {selecting ? t('viewer.drawing') : t('viewer.select')}
        </button>
      )}
    </div>
  )
}

import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Finding } from '../../../../shared/model/finding'
import type { PageRef, PageRegion, PixelRect } from '../../../../shared/model/pages'
import './pages.css'
import { OcrControl } from './OcrControl'
import { RegionList } from './RegionList'
import { RegionTextPanel, type TextSelection } from './RegionTextPanel'
import { rectOf } from './regions'
import { useRegionDrawing, useRegionOverlays } from './regionOverlays'
import { useOpenSeadragon } from './useOpenSeadragon'
import { usePageImage } from './usePageImage'
import { useRegions } from './useRegions'
import { handleViewerKey } from './viewerKeys'
import { ViewerToolbar } from './ViewerToolbar'
import { useT } from '../../i18n'
import type { Translate } from '../../../../shared/i18n/messageIds'

interface Props {
  pages: readonly PageRef[]
  start: number
  onClose(): void
  /** The saved finding the pages belong to: with it, regions can be shown, drawn and linked to its text. */
  finding?: Finding
}

/** "Zoom 150% · turned 90° right": what the view is, for the status line. */
function viewStatus(zoom: number, rotation: number, t: Translate): string {
  const turned = rotation === 0 ? 'viewer.upright' : rotation === 180 ? 'viewer.upsideDown' : rotation === 90 ? 'viewer.turnedRight' : 'viewer.turnedLeft'
  return t('viewer.status', { zoom: Math.round(zoom * 100), turned: t(turned) })
}

/** The selected passage, shortened for the line that says what will be linked. */
function selectedText(finding: Finding, selection: TextSelection): string {
  const text = (finding[selection.field] ?? '').slice(selection.start, selection.end).replace(/\s+/g, ' ')
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

const typing = (target: EventTarget | null) => target instanceof HTMLElement && target.closest('input, textarea, select, .region-text-panel') !== null

/**
 * A finding's pages one at a time in OpenSeadragon: zoom, pan, rotate, fit to width, page by
 * page, all from labelled buttons and from keys; beside it the finding's text, with regions
 * of the page linked both ways to passages of it.
 */
export function PageViewer({ pages, start, onClose, finding }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const host = useRef<HTMLDivElement>(null)
  const [index, setIndex] = useState(Math.min(start, pages.length - 1))
  const [drawing, setDrawing] = useState(false)
  const t = useT()
  const [pending, setPending] = useState<PixelRect>()
  const [focusRegion, setFocusRegion] = useState<PageRegion>()
  const page = pages[index]
  const image = usePageImage(page?.sha256)
  const label = page ? t('viewer.pageLabel', { page: index + 1, name: page.name }) : ''
  const { viewer, ready, controls } = useOpenSeadragon(host, image.status === 'done' && image.viewable ? image.url : undefined, label)
  const edit = useRegions(finding)
  const onPage = edit.regions.filter((r) => r.page === page?.sha256)

  useEffect(() => dialog.current?.showModal(), [])
  /** Shows another page; a rectangle half drawn on this one is dropped. */
  function goTo(to: number): void {
    const next = Math.max(0, Math.min(pages.length - 1, to))
    if (next === index) return
    setIndex(next)
    setPending(undefined)
    setDrawing(false)
  }
  // A region chosen from the text or the list is brought into view once its page is open.
  useEffect(() => {
    if (ready && focusRegion && focusRegion.page === page?.sha256) controls.show(rectOf(focusRegion))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- controls are recreated each render
  }, [ready, focusRegion, page?.sha256])

  function activate(region: PageRegion): void {
    edit.setHighlighted(new Set([region.id]))
    const at = pages.findIndex((p) => p.sha256 === region.page)
    if (at >= 0) goTo(at)
    setFocusRegion({ ...region })
  }

  useRegionOverlays(viewer, ready, { regions: onPage, highlighted: edit.highlighted, pending, onActivate: activate })
  useRegionDrawing(host, viewer, drawing, setPending)

  function onKeyDown(event: globalThis.KeyboardEvent): void {
    if (typing(event.target) || (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' '))) return
    const handled = handleViewerKey(event, {
      controls,
      turnPage: (by) => goTo(index + by),
      ...(finding && {
        toggleDrawing: () => setDrawing((on) => !on),
        drawing: drawing ? { pending, setPending, startAtCentre: controls.centreRect, imageSize: controls.imageSize } : undefined,
      }),
    })
    if (handled) event.preventDefault()
  }

  // On the window, not the dialog: a button disabled while the next page loads drops the focus to the body.
  const keys = useRef(onKeyDown)
  useLayoutEffect(() => {
    keys.current = onKeyDown
  })
  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => keys.current(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])

  async function link(): Promise<void> {
    if (!page || !pending) return
    const region = await edit.link(page.sha256, pending)
    if (!region) return
    setPending(undefined)
    setDrawing(false)
  }

  return (
    <dialog
      ref={dialog}
      className="page-viewer"
      aria-label={t('viewer.title', { title: finding?.title_or_description ?? '' })}
      onCancel={(e) => {
        e.preventDefault()
        e.stopPropagation()
        if (drawing) setDrawing(false)
        else onClose()
      }}
    >
      <header className="page-viewer-head">
        <h2>{[finding?.title_or_description, page?.name ?? t('viewer.noPages')].filter(Boolean).join(' · ')}</h2>
        <button type="button" className="close" onClick={onClose}>
          {t('viewer.close')}
        </button>
      </header>
      <ViewerToolbar
        controls={controls}
        page={index}
        pages={pages.length}
        onPage={goTo}
        disabled={!ready}
        status={ready ? viewStatus(controls.zoomShare(), controls.rotation(), t) : ''}
        {...(finding && { selecting: drawing, onSelecting: setDrawing })}
      />
      <div className="page-viewer-body">
        <div className={`page-canvas${drawing ? ' is-drawing' : ''}`}>
          <div ref={host} className="osd-host" />
          {image.status === 'loading' && <p className="page-status">{t('viewer.loading')}</p>}
          {image.status === 'error' && <p className="page-status" role="alert">{image.message}</p>}
          {image.status === 'done' && !image.viewable && page && (
            <p className="page-status">
              {t('viewer.cannotShow', { kind: image.mime === 'application/pdf' ? 'PDF' : 'TIFF' })}{' '}
              <a href={image.url} download={page.name}>{t('viewer.saveToOpen', { name: page.name })}</a>
            </p>
          )}
        </div>
        {finding && (
          <aside className="page-viewer-side">
            {drawing && (
              <div className="region-steps" role="status">
                <p>{pending ? t('viewer.selectTextNow') : t('viewer.drawHint')}</p>
                {edit.selection && (
                  <p>
                    {t('viewer.selectedText')} <q lang={edit.selection.field === 'transcription' ? finding.original_language : 'en'}>{selectedText(finding, edit.selection)}</q>
                  </p>
                )}
                <button type="button" className="primary" disabled={!pending || !edit.selection} onMouseDown={(e) => e.preventDefault()} onClick={() => void link()}>
                  {t('viewer.link')}
                </button>
              </div>
            )}
            {edit.message && <p className="muted" role="status">{edit.message}</p>}
            {page && image.status === 'done' && image.viewable && <OcrControl key={page.sha256} finding={finding} page={page} readBefore={onPage.some((r) => r.origin === 'ocr')} />}
            <RegionTextPanel
              texts={{ transcription: finding.transcription, translation_en: finding.translation_en }}
              field={edit.field}
              onField={edit.setField}
              lang={finding.original_language}
              regions={edit.regions}
              highlighted={edit.highlighted}
              onActivate={activate}
              onSelection={(selection, placed) => {
                const [first] = edit.select(selection, placed)
                if (first && !drawing && first.id !== focusRegion?.id) activate(first)
              }}
            />
            <RegionList regions={onPage} highlighted={edit.highlighted} onShow={activate} onRemove={(r) => void edit.remove(r)} />
          </aside>
        )}
      </div>
    </dialog>
  )
}

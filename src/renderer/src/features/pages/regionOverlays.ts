import OpenSeadragon from 'openseadragon'
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import type { PageRegion, PixelRect } from '../../../../shared/model/pages'
import { useT } from '../../i18n'
import { rectOf, regionLabel } from './regions'

interface OverlayOptions {
  regions: readonly PageRegion[]
  /** Regions to show as chosen (clicked, or linked to the selected text). */
  highlighted: ReadonlySet<string>
  /** The rectangle being drawn, not yet linked. */
  pending: PixelRect | undefined
  onActivate(region: PageRegion): void
}

const place = (viewer: OpenSeadragon.Viewer, rect: PixelRect) => viewer.viewport.imageToViewportRectangle(rect.x, rect.y, rect.w, rect.h)

/**
 * The page's regions as buttons laid over the image by OpenSeadragon (they follow zoom, pan and
 * rotation), each named by the passage it links to; plus the rectangle being drawn.
 */
export function useRegionOverlays(viewer: RefObject<OpenSeadragon.Viewer | undefined>, ready: boolean, options: OverlayOptions): void {
  const activate = useRef(options.onActivate)
  useLayoutEffect(() => {
    activate.current = options.onActivate
  })
  const { regions, highlighted, pending } = options
  const t = useT()

  useEffect(() => {
    const v = viewer.current
    if (!v || !ready) return
    const trackers: OpenSeadragon.MouseTracker[] = []
    const buttons: HTMLButtonElement[] = []
    for (const region of regions) {
      const button = document.createElement('button')
      button.type = 'button'
      button.className = `page-region${region.origin === 'ocr' ? ' page-region-ocr' : ''}${highlighted.has(region.id) ? ' is-highlighted' : ''}`
      button.setAttribute('aria-label', regionLabel(region, t))
      button.setAttribute('aria-pressed', String(highlighted.has(region.id)))
      button.dataset.region = region.id
      button.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return
        event.preventDefault()
        activate.current(region)
      })
      // The viewer's own tracker would take the click as the start of a pan.
      trackers.push(new OpenSeadragon.MouseTracker({ element: button, clickHandler: () => activate.current(region) }))
      v.addOverlay({ element: button, location: place(v, rectOf(region)) })
      buttons.push(button)
    }
    return () => {
      trackers.forEach((tracker) => tracker.destroy())
      for (const button of buttons) v.removeOverlay(button)
    }
  }, [viewer, ready, regions, highlighted, t])

  // The rectangle being drawn moves with every pointer move: one overlay, updated in place.
  const box = useRef<HTMLDivElement>(undefined)
  useEffect(() => {
    const v = viewer.current
    if (!v || !ready) return
    if (!pending) {
      if (box.current) v.removeOverlay(box.current)
      box.current = undefined
      return
    }
    if (box.current) {
      v.updateOverlay(box.current, place(v, pending))
      return
    }
    box.current = document.createElement('div')
    box.current.className = 'page-region page-region-pending'
    box.current.setAttribute('aria-hidden', 'true')
    v.addOverlay({ element: box.current, location: place(v, pending) })
  }, [viewer, ready, pending])
}

/**
 * Drawing a rectangle with the pointer while `enabled`: panning with the mouse is off meanwhile,
 * and the rectangle is reported in image pixels (rotation included), clamped to the image.
 */
export function useRegionDrawing(
  host: RefObject<HTMLDivElement | null>,
  viewer: RefObject<OpenSeadragon.Viewer | undefined>,
  enabled: boolean,
  onDraw: (rect: PixelRect) => void,
): void {
  const draw = useRef(onDraw)
  useLayoutEffect(() => {
    draw.current = onDraw
  })
  useEffect(() => {
    const element = host.current
    const v = viewer.current
    if (!element || !v || !enabled) return
    v.setMouseNavEnabled(false)
    let start: OpenSeadragon.Point | undefined
    const toImage = (event: PointerEvent) => {
      const box = element.getBoundingClientRect()
      return v.viewport.viewerElementToImageCoordinates(new OpenSeadragon.Point(event.clientX - box.left, event.clientY - box.top))
    }
    const rectFrom = (a: OpenSeadragon.Point, b: OpenSeadragon.Point): PixelRect | undefined => {
      const size = v.world.getItemAt(0)?.getContentSize()
      if (!size) return undefined
      const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max))
      const [x1, x2] = [clamp(Math.min(a.x, b.x), size.x), clamp(Math.max(a.x, b.x), size.x)]
      const [y1, y2] = [clamp(Math.min(a.y, b.y), size.y), clamp(Math.max(a.y, b.y), size.y)]
      return x2 - x1 >= 2 && y2 - y1 >= 2 ? { x: x1, y: y1, w: x2 - x1, h: y2 - y1 } : undefined
    }
    const down = (event: PointerEvent) => {
      if (event.button !== 0) return
      start = toImage(event)
      element.setPointerCapture(event.pointerId)
      event.preventDefault()
    }
    const move = (event: PointerEvent) => {
      const rect = start && rectFrom(start, toImage(event))
      if (rect) draw.current(rect)
    }
    const up = (event: PointerEvent) => {
      move(event)
      start = undefined
    }
    element.addEventListener('pointerdown', down, true)
    element.addEventListener('pointermove', move, true)
    element.addEventListener('pointerup', up, true)
    return () => {
      element.removeEventListener('pointerdown', down, true)
      element.removeEventListener('pointermove', move, true)
      element.removeEventListener('pointerup', up, true)
      v.setMouseNavEnabled(true)
    }
  }, [host, viewer, enabled])
}

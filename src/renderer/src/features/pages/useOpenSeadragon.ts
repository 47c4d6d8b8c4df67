import OpenSeadragon from 'openseadragon'
import { useEffect, useRef, useState, type RefObject } from 'react'
import type { PixelRect } from '../../../../shared/model/pages'

/** How far one key press pans: a tenth of the visible width or height. */
const PAN_STEP = 0.1
/** Zoom factor of one press of + or −. */
const ZOOM_STEP = 1.25

export interface ViewerControls {
  zoomIn(): void
  zoomOut(): void
  /** The whole page in view. */
  fitPage(): void
  /** The page as wide as the viewer, its top at the top. */
  fitWidth(): void
  rotate(degrees: 90 | -90): void
  /** Pans by a share of the visible area (e.g. dx = 1 for a step right). */
  pan(dx: number, dy: number): void
  /** Brings a region of the image into view. */
  show(rect: PixelRect): void
  /** The current zoom relative to "whole page" (1 = fits), for the status line. */
  zoomShare(): number
  rotation(): number
  /** The image's size in pixels, once open. */
  imageSize(): { w: number; h: number } | undefined
  /** A rectangle a quarter of the visible area, in its middle (a start for drawing by keyboard). */
  centreRect(): PixelRect | undefined
}

/**
 * OpenSeadragon on one image (a blob: URL), with its own buttons and keys turned off: the
 * viewer's toolbar and keys are ours, labelled and listed in one place. Canvas drawing only: no
 * WebGL context per page. OpenSeadragon 5 is used because 6 injects an inline <style> element
 * and starts a blob: worker, both of which the app's CSP refuses (style-src 'self', worker-src 'self').
 */
export function useOpenSeadragon(host: RefObject<HTMLDivElement | null>, url: string | undefined, label: string) {
  const viewer = useRef<OpenSeadragon.Viewer>(undefined)
  const [ready, setReady] = useState(false)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!host.current) return
    const created = OpenSeadragon({
      element: host.current,
      drawer: 'canvas',
      showNavigationControl: false,
      showNavigator: false,
      visibilityRatio: 0.2,
      maxZoomPixelRatio: 4,
      animationTime: 0.4,
      preserveImageSizeOnResize: true,
      gestureSettingsMouse: { clickToZoom: false, dblClickToZoom: true },
      crossOriginPolicy: false,
    })
    // Our keys (PageViewer) replace the built-in ones, which would clash with page-by-page keys.
    created.addHandler('canvas-key', (event) => void (event.preventDefaultAction = true))
    created.addHandler('canvas-key-press', (event) => void ((event as unknown as { preventDefaultAction: boolean }).preventDefaultAction = true))
    const refresh = () => setVersion((v) => v + 1)
    created.addHandler('animation-finish', refresh)
    created.addHandler('rotate', refresh)
    created.addHandler('open', () => setReady(true))
    created.addHandler('close', () => setReady(false))
    viewer.current = created
    return () => {
      created.destroy()
      viewer.current = undefined
    }
  }, [host])

  useEffect(() => {
    const current = viewer.current
    if (!current) return
    // The last page leaves the screen at once, not when the next one has arrived.
    current.close()
    if (!url) return
    // No pyramid: it stalled the first draw as long and kept a third more pixels (docs/benchmarks.md).
    current.open({ type: 'image', url, buildPyramid: false })
    current.canvas.setAttribute('aria-label', label)
    // A group, not an image: the page's regions are buttons inside it.
    current.canvas.setAttribute('role', 'group')
    current.canvas.setAttribute('aria-roledescription', 'page image')
  }, [url, label])

  const controls: ViewerControls = {
    zoomIn: () => viewer.current?.viewport.zoomBy(ZOOM_STEP),
    zoomOut: () => viewer.current?.viewport.zoomBy(1 / ZOOM_STEP),
    fitPage: () => viewer.current?.viewport.goHome(),
    fitWidth: () => {
      const v = viewer.current
      if (v) fitWidth(v)
    },
    rotate: (degrees) => {
      const v = viewer.current
      if (!v) return
      v.viewport.setRotation((v.viewport.getRotation() + degrees + 360) % 360)
      v.viewport.goHome()
    },
    pan: (dx, dy) => {
      const v = viewer.current
      if (!v) return
      const size = v.viewport.getContainerSize()
      const centre = new OpenSeadragon.Point(size.x / 2 + dx * PAN_STEP * size.x, size.y / 2 + dy * PAN_STEP * size.y)
      v.viewport.panTo(v.viewport.pointFromPixel(centre))
    },
    show: (rect) => {
      const v = viewer.current
      if (!v) return
      const margin = Math.max(rect.w, rect.h) * 0.4
      const bounds = v.viewport.imageToViewportRectangle(rect.x - margin, rect.y - margin, rect.w + 2 * margin, rect.h + 2 * margin)
      v.viewport.fitBoundsWithConstraints(bounds)
    },
    zoomShare: () => {
      const v = viewer.current
      return v ? v.viewport.getZoom(true) / v.viewport.getHomeZoom() : 1
    },
    rotation: () => viewer.current?.viewport.getRotation() ?? 0,
    imageSize: () => {
      const size = viewer.current?.world.getItemAt(0)?.getContentSize()
      return size ? { w: size.x, h: size.y } : undefined
    },
    centreRect: () => {
      const v = viewer.current
      const size = v?.world.getItemAt(0)?.getContentSize()
      if (!v || !size) return undefined
      const visible = v.viewport.viewportToImageRectangle(v.viewport.getBounds(true))
      const [w, h] = [Math.min(visible.width, size.x) / 2, Math.min(visible.height, size.y) / 4]
      const centre = v.viewport.viewportToImageCoordinates(v.viewport.getCenter(true))
      const x = Math.max(0, Math.min(centre.x - w / 2, size.x - w))
      const y = Math.max(0, Math.min(centre.y - h / 2, size.y - h))
      return { x: Math.round(x), y: Math.round(y), w: Math.round(w), h: Math.round(h) }
    },
  }
  // `version` changes after each zoom, pan or turn, so the caller re-renders its status line.
  return { viewer, ready, controls, version }
}

/** Zooms so the (rotated) page spans the viewer's width, then brings its top edge to the top. */
function fitWidth(v: OpenSeadragon.Viewer): void {
  const item = v.world.getItemAt(0)
  if (!item) return
  const bounds = item.getBounds()
  const sideways = v.viewport.getRotation() % 180 !== 0
  const span = sideways ? bounds.height : bounds.width
  v.viewport.zoomTo(1 / span, undefined, true)
  v.viewport.panTo(bounds.getCenter(), true)
  const size = v.viewport.getContainerSize()
  const corners = [bounds.getTopLeft(), bounds.getTopRight(), bounds.getBottomLeft(), bounds.getBottomRight()]
  const top = Math.min(...corners.map((corner) => v.viewport.pixelFromPoint(corner, true).y))
  if (top >= 0) return
  v.viewport.panTo(v.viewport.pointFromPixel(new OpenSeadragon.Point(size.x / 2, size.y / 2 + top), true), true)
}

import type { PixelRect } from '../../../../shared/model/pages'
import type { ViewerControls } from './useOpenSeadragon'

export interface KeyContext {
  controls: ViewerControls
  turnPage(by: 1 | -1): void
  /** Present while a region is being drawn. */
  drawing?: {
    pending: PixelRect | undefined
    setPending(rect: PixelRect): void
    /** A first rectangle in the middle of what is visible, for drawing by keyboard. */
    startAtCentre(): PixelRect | undefined
    imageSize(): { w: number; h: number } | undefined
  }
  toggleDrawing?(): void
}

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }

/** Moves (or with Shift, resizes) the rectangle being drawn by 1% of the image, inside the image. */
export function nudge(rect: PixelRect, [dx, dy]: [number, number], resize: boolean, size: { w: number; h: number }): PixelRect {
  const step = Math.max(1, Math.round(Math.max(size.w, size.h) / 100))
  if (resize) {
    const w = dx === 0 ? rect.w : Math.max(step, Math.min(rect.w + dx * step, size.w - rect.x))
    const h = dy === 0 ? rect.h : Math.max(step, Math.min(rect.h + dy * step, size.h - rect.y))
    return { ...rect, w, h }
  }
  const x = Math.max(0, Math.min(rect.x + dx * step, size.w - rect.w))
  const y = Math.max(0, Math.min(rect.y + dy * step, size.h - rect.h))
  return { ...rect, x, y }
}

/**
 * The viewer's keys: Page Up/Down turn pages; + and − zoom; 0 shows the whole page, W fits the
 * width; R and Shift+R rotate; arrows pan. S starts drawing a region; while drawing, Enter
 * places a rectangle and the arrows move it (Shift+arrows resize). Returns whether it was ours.
 */
export function handleViewerKey(event: KeyboardEvent, ctx: KeyContext): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false
  const { controls, drawing } = ctx
  const arrow = ARROWS[event.key]
  if (arrow && drawing?.pending) {
    const size = drawing.imageSize()
    if (size) drawing.setPending(nudge(drawing.pending, arrow, event.shiftKey, size))
    return true
  }
  if (arrow) {
    controls.pan(...arrow)
    return true
  }
  switch (event.key) {
    case 'PageDown':
      ctx.turnPage(1)
      return true
    case 'PageUp':
      ctx.turnPage(-1)
      return true
    case '+':
    case '=':
      controls.zoomIn()
      return true
    case '-':
    case '_':
      controls.zoomOut()
      return true
    case '0':
      controls.fitPage()
      return true
    case 'w':
    case 'W':
      controls.fitWidth()
      return true
    case 'r':
      controls.rotate(90)
      return true
    case 'R':
      controls.rotate(-90)
      return true
    case 's':
    case 'S':
      ctx.toggleDrawing?.()
      return ctx.toggleDrawing !== undefined
    case 'Enter': {
      if (!drawing || drawing.pending) return false
      const rect = drawing.startAtCentre()
      if (rect) drawing.setPending(rect)
      return rect !== undefined
    }
    default:
      return false
  }
}

import { describe, expect, it } from 'vitest'
import type { PixelRect } from '../../../../shared/model/pages'
import type { ViewerControls } from './useOpenSeadragon'
import { handleViewerKey, nudge } from './viewerKeys'

const SIZE = { w: 4000, h: 3000 }

/** Controls that write down what they were asked to do. */
function recorder() {
  const calls: string[] = []
  const note = (name: string) => (...args: unknown[]) => void calls.push(args.length ? `${name} ${args.join(',')}` : name)
  const controls = {
    zoomIn: note('zoomIn'), zoomOut: note('zoomOut'), fitPage: note('fitPage'), fitWidth: note('fitWidth'),
    rotate: note('rotate'), pan: note('pan'), show: note('show'), zoomShare: () => 1, rotation: () => 0,
    imageSize: () => SIZE, centreRect: () => ({ x: 1000, y: 1000, w: 800, h: 300 }),
  } as ViewerControls
  return { calls, controls }
}
const key = (k: string, shiftKey = false, ctrlKey = false) => ({ key: k, shiftKey, ctrlKey, metaKey: false, altKey: false }) as KeyboardEvent

describe('the viewer’s keys', () => {
  it('zoom, fit, rotate, pan and turn pages, and leave other keys and Ctrl combinations alone', () => {
    const { calls, controls } = recorder()
    const pages: number[] = []
    const ctx = { controls, turnPage: (by: 1 | -1) => void pages.push(by) }
    for (const k of ['+', '-', '0', 'w', 'r', 'R', 'ArrowLeft', 'PageDown', 'PageUp']) expect(handleViewerKey(key(k, k === 'R'), ctx)).toBe(true)
    expect(calls).toEqual(['zoomIn', 'zoomOut', 'fitPage', 'fitWidth', 'rotate 90', 'rotate -90', 'pan -1,0'])
    expect(pages).toEqual([1, -1])
    expect(handleViewerKey(key('x'), ctx)).toBe(false)
    expect(handleViewerKey(key('+', false, true), ctx)).toBe(false)
    expect(handleViewerKey(key('s'), ctx)).toBe(false)
  })

  it('draw a region by keyboard: Enter places it, arrows move it, Shift+arrows resize it', () => {
    const { controls } = recorder()
    let pending: PixelRect | undefined
    const drawing = { pending, setPending: (r: PixelRect) => void (pending = r), startAtCentre: controls.centreRect, imageSize: controls.imageSize }
    handleViewerKey(key('Enter'), { controls, turnPage: () => undefined, drawing })
    expect(pending).toEqual({ x: 1000, y: 1000, w: 800, h: 300 })
    handleViewerKey(key('ArrowRight'), { controls, turnPage: () => undefined, drawing: { ...drawing, pending } })
    expect(pending).toEqual({ x: 1040, y: 1000, w: 800, h: 300 })
    handleViewerKey(key('ArrowDown', true), { controls, turnPage: () => undefined, drawing: { ...drawing, pending } })
    expect(pending).toEqual({ x: 1040, y: 1000, w: 800, h: 340 })
  })

  it('keep a nudged rectangle inside the image', () => {
    expect(nudge({ x: 3990, y: 0, w: 10, h: 10 }, [1, -1], false, SIZE)).toEqual({ x: 3990, y: 0, w: 10, h: 10 })
    expect(nudge({ x: 3900, y: 0, w: 100, h: 10 }, [1, 0], true, SIZE)).toEqual({ x: 3900, y: 0, w: 100, h: 10 })
    expect(nudge({ x: 0, y: 0, w: 40, h: 40 }, [-1, -1], true, SIZE)).toEqual({ x: 0, y: 0, w: 40, h: 40 })
  })
})

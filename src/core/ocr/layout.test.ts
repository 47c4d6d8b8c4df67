import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyseLayout, boxToOriginal, strongestPeriod, type GreyImage, type PageTransform } from './layout'

/** White page with dark horizontal bars (text lines) `pitch` apart, turned by `degrees` clockwise. */
function barsPage(width: number, height: number, pitch: number, degrees: number, vertical = false): GreyImage {
  const data = new Uint8Array(width * height).fill(235)
  const r = (degrees * Math.PI) / 180
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Undo the turn to find where this pixel was on the level page.
      const dx = x - width / 2
      const dy = y - height / 2
      const lx = dx * Math.cos(r) + dy * Math.sin(r) + width / 2
      const ly = -dx * Math.sin(r) + dy * Math.cos(r) + height / 2
      const [across, along, extent] = vertical ? [lx, ly, height] : [ly, lx, width]
      const inText = along > extent * 0.1 && along < extent * 0.9 && across > 40 && across < (vertical ? width : height) - 40
      if (inText && across % pitch < pitch * 0.55 && Math.floor(along / 7) % 5 !== 4) data[y * width + x] = 20
    }
  }
  return { data, width, height }
}

describe('analyseLayout', () => {
  it.each([
    [0, 30],
    [2, 30],
    [-3.5, 24],
    [1.2, 44],
  ])('finds a turn of %d° and lines %d px apart', (degrees, pitch) => {
    const layout = analyseLayout(barsPage(600, 500, pitch, degrees))
    expect(Math.abs(layout.skewDegrees - degrees)).toBeLessThanOrEqual(0.3)
    expect(Math.abs(layout.pitch - pitch)).toBeLessThanOrEqual(2)
  })

  it('reads columns when asked for vertical text', () => {
    const layout = analyseLayout(barsPage(500, 600, 36, 1.5, true), true)
    expect(Math.abs(layout.skewDegrees - 1.5)).toBeLessThanOrEqual(0.3)
    expect(Math.abs(layout.pitch - 36)).toBeLessThanOrEqual(2)
  })

  it('says nothing about a blank page', () => {
    expect(analyseLayout({ data: new Uint8Array(100 * 80).fill(240), width: 100, height: 80 })).toEqual({ skewDegrees: 0, pitch: 0 })
  })

  it('finds no period in a flat profile', () => {
    expect(strongestPeriod(new Float64Array(200).fill(3))).toBe(0)
  })
})

describe('boxToOriginal', () => {
  const identity: PageTransform = { degrees: 0, from: { width: 1000, height: 800 }, to: { width: 1000, height: 800 }, scale: 0.5, border: 24 }

  it('undoes the frame and the scale', () => {
    expect(boxToOriginal({ x: 24 + 50, y: 24 + 10, w: 100, h: 20 }, identity)).toEqual({ x: 100, y: 20, w: 200, h: 40 })
  })

  it('undoes a turn: the centre stays put and a box grows only by the turn', () => {
    const turned: PageTransform = { degrees: -2, from: { width: 1000, height: 800 }, to: { width: 1027, height: 835 }, scale: 1, border: 0 }
    const centre = boxToOriginal({ x: 1027 / 2 - 5, y: 835 / 2 - 5, w: 10, h: 10 }, turned)
    expect(Math.abs(centre.x + centre.w / 2 - 500)).toBeLessThanOrEqual(1)
    expect(Math.abs(centre.y + centre.h / 2 - 400)).toBeLessThanOrEqual(1)
  })

  it('always lands inside the original image', () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.integer({ min: -50, max: 3000 }), y: fc.integer({ min: -50, max: 3000 }), w: fc.nat(3000), h: fc.nat(3000) }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.3, max: 3, noNaN: true }),
        (box, degrees, scale) => {
          const out = boxToOriginal(box, { degrees, from: { width: 1200, height: 900 }, to: { width: 1260, height: 990 }, scale, border: 24 })
          expect(out.x).toBeGreaterThanOrEqual(0)
          expect(out.y).toBeGreaterThanOrEqual(0)
          expect(out.x + out.w).toBeLessThanOrEqual(1200)
          expect(out.y + out.h).toBeLessThanOrEqual(900)
        },
      ),
    )
  })
})

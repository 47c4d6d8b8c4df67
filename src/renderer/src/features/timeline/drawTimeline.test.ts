import { scaleUtc } from 'd3-scale'
import { describe, expect, it } from 'vitest'
import { drawTimeline, laneGeometry, tickTextX, type CanvasText } from './drawTimeline'
import type { PlacedItem } from './timelineItems'

/** A 2D context that draws nothing and keeps every text it was asked to write, with where. */
function recordingContext() {
  const written: { text: string; x: number }[] = []
  const measure = (text: string) => ({ width: text.length * 6 })
  const context = new Proxy(
    { written, measureText: measure, fillText: (text: string, x: number) => written.push({ text, x }) },
    { get: (target, key) => (key in target ? target[key as keyof typeof target] : () => undefined), set: () => true },
  )
  return { ctx: context as unknown as CanvasRenderingContext2D, written }
}

const WIDTH = 800
const PALETTE = { bg: '#fff', fg: '#000', muted: '#666', border: '#ccc', focus: '#00f' }
const TEXT: CanvasText = {
  lanes: ['Tag', 'Monat', 'Jahr', 'Funde'],
  tick: (date) => `Jahr ${date.getUTCFullYear()}`,
  more: (n) => `+${n} weitere`,
  disagree: (title) => `${title} (Quellen uneins)`,
}

function draw(items: PlacedItem[]) {
  const { ctx, written } = recordingContext()
  const x = scaleUtc().domain([new Date('1930-01-01'), new Date('1990-01-01')]).range([0, WIDTH])
  drawTimeline(ctx, items, x, laneGeometry([1, 1, 1, 1]), { width: WIDTH, height: 300, palette: PALETTE, text: TEXT, measure: (t) => t.length * 6 })
  return written
}

const plenum: PlacedItem = {
  key: 'event:august-plenum',
  source: 'event',
  id: 'august-plenum',
  title: 'August plenum',
  start: Date.UTC(1956, 7, 30),
  end: Date.UTC(1956, 7, 31),
  precision: 'day',
  uncertain: false,
  category: 'political',
  sourceBracket: { start: Date.UTC(1956, 7, 30), end: Date.UTC(1956, 7, 31), spans: [] },
  lane: 0,
  row: 0,
}

describe('drawTimeline writes in the interface language, and whole', () => {
  it('says that sources disagree in the words it is given, never in English', () => {
    const texts = draw([plenum]).map((w) => w.text)
    expect(texts).toContain('August plenum (Quellen uneins)')
    expect(texts.join(' ')).not.toContain('sources disagree')
  })

  it('keeps the first and last year labels inside the chart', () => {
    const ticks = draw([]).filter((w) => w.text.startsWith('Jahr '))
    expect(ticks.length).toBeGreaterThan(2)
    for (const { text, x } of ticks) {
      expect(x - (text.length * 6) / 2, text).toBeGreaterThanOrEqual(0)
      expect(x + (text.length * 6) / 2, text).toBeLessThanOrEqual(WIDTH)
    }
  })
})

describe('tickTextX', () => {
  it('leaves a label at its tick in the middle, and moves it inwards at either edge', () => {
    expect(tickTextX(400, 40, 800)).toBe(400)
    expect(tickTextX(0, 40, 800)).toBe(22)
    expect(tickTextX(800, 40, 800)).toBe(778)
  })
})

import type { ScaleTime } from 'd3-scale'
import { drawSourceBracket } from './drawSourceBracket'
import { layoutLabels, type LabelMark, type PlacedLabel } from './labelLayout'
import { LANES, type PlacedItem } from './timelineItems'

export const AXIS_HEIGHT = 28
export const LANE_GAP = 22
export const ROW_HEIGHT = 14
const MARK_HEIGHT = 10
const MIN_MARK_WIDTH = 3
const LABEL_FONT = '11px system-ui, sans-serif'

/** Category colours that read on light and dark backgrounds. */
const COLOURS: Record<string, string> = {
  diplomatic: '#2f6fb3',
  military: '#b3412f',
  political: '#7a4fb3',
  archival: '#3c8a4f',
  ideological: '#b3862f',
  economic: '#2f9aa3',
  finding: '#8a5a2b',
}

/** The words drawn on the canvas, in the interface language: lane titles (in LANES order) and tick labels. */
export interface CanvasText {
  lanes: readonly string[]
  tick(date: Date): string
  /** A crowded label's count ("+3 more"). */
  more(hidden: number): string
  /** The title of an event whose sources give different days ("… (sources disagree)"). */
  disagree(title: string): string
}

export interface Palette {
  bg: string
  fg: string
  muted: string
  border: string
  focus: string
}

/** What a frame drew: how many marks are in view, those marks, and their labels (members index `visible`). */
export interface DrawnFrame {
  inView: number
  visible: PlacedItem[]
  labels: PlacedLabel[]
}

export interface Geometry {
  /** Top of each lane (below the axis), and the total height. */
  laneTops: number[]
  height: number
}

/** The rows the lanes may have to fit `height` px: each lane at least one, the rest shared as each needs. */
export function rowCaps(needed: readonly number[], height: number): number[] {
  const budget = Math.floor((height - AXIS_HEIGHT - 4 - needed.length * (LANE_GAP + 6)) / ROW_HEIGHT)
  const wants = needed.map((n) => Math.max(1, n))
  const total = wants.reduce((a, b) => a + b, 0)
  if (total <= budget) return wants
  const spare = Math.max(0, budget - wants.length)
  const extra = wants.map((n) => Math.floor(((n - 1) / Math.max(1, total - wants.length)) * spare))
  return wants.map((n, i) => Math.min(n, 1 + (extra[i] ?? 0)))
}

export function laneGeometry(rowsPerLane: readonly number[]): Geometry {
  const laneTops: number[] = []
  let y = AXIS_HEIGHT
  for (const rows of rowsPerLane) {
    laneTops.push(y + LANE_GAP)
    y += LANE_GAP + rows * ROW_HEIGHT + 6
  }
  return { laneTops, height: y + 4 }
}

/** The rectangle of one mark at the current scale. */
export function markRect(item: PlacedItem, x: ScaleTime<number, number>, geometry: Geometry) {
  const left = x(item.start)
  const width = Math.max(MIN_MARK_WIDTH, x(item.end) - left)
  const top = (geometry.laneTops[item.lane] ?? 0) + item.row * ROW_HEIGHT
  return { left, top, width, height: MARK_HEIGHT }
}

/**
 * Draws the axis, the lanes and only the marks that intersect the view. Month and year marks
 * are spans of their month or year; uncertain ones get a dashed edge and a question mark, and
 * those whose sources disagree a hatched bracket over the days the sources give.
 */
export function drawTimeline(
  ctx: CanvasRenderingContext2D,
  items: readonly PlacedItem[],
  x: ScaleTime<number, number>,
  geometry: Geometry,
  options: { width: number; height: number; selectedKey?: string; palette: Palette; text: CanvasText; measure(text: string): number },
): DrawnFrame {
  const { width, palette } = options
  ctx.clearRect(0, 0, width, options.height)
  drawAxis(ctx, x, width, Math.max(options.height, geometry.height), palette, options.text.tick)
  drawLaneLabels(ctx, geometry, width, palette, options.text.lanes)
  const [t0, t1] = [x.invert(0).getTime(), x.invert(width).getTime()]
  const visible = items.filter((item) => item.end >= t0 && item.start <= t1)
  // Zoomed out, thousands of marks share a pixel; each lane row draws a pixel once (the items
  // come sorted by start), so a 100,000-finding axis costs no more than the pixels in view.
  const drawnTo = new Map<number, number>()
  for (const item of visible) {
    const r = markRect(item, x, geometry)
    const slot = item.lane * 1000 + item.row
    const selected = item.key === options.selectedKey
    if (!selected && r.left + r.width <= (drawnTo.get(slot) ?? -Infinity)) continue
    drawnTo.set(slot, Math.max(drawnTo.get(slot) ?? -Infinity, Math.ceil(r.left + r.width)))
    drawMark(ctx, item, r, palette, selected, x)
  }
  const labels = layoutLabels(visible.map((item, index) => labelMark(item, index, x, geometry, options.text)), { width, measure: options.measure, more: options.text.more })
  drawLabels(ctx, labels, geometry, palette, options.text.more)
  // The labels' members are indexes into `visible`.
  return { inView: visible.length, visible, labels }
}

function labelMark(item: PlacedItem, index: number, x: ScaleTime<number, number>, geometry: Geometry, text: CanvasText): LabelMark {
  const r = markRect(item, x, geometry)
  return {
    index,
    slot: item.lane * 1000 + item.row,
    left: r.left,
    right: r.left + r.width,
    title: item.sourceBracket ? text.disagree(item.title) : item.title,
    pad: item.sourceBracket || item.uncertain ? 12 : 4,
  }
}

/** The label's row top: the same as its marks'. */
export function labelTop(label: PlacedLabel, geometry: Geometry): number {
  return (geometry.laneTops[Math.floor(label.slot / 1000)] ?? 0) + (label.slot % 1000) * ROW_HEIGHT
}

/**
 * Each label on a veil of the background and with a halo of it around each letter: the marks a
 * label counts still show faintly under it, but never cross its letters.
 */
function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], geometry: Geometry, palette: Palette, more: (hidden: number) => string) {
  ctx.font = LABEL_FONT
  for (const label of labels) {
    const top = labelTop(label, geometry)
    ctx.globalAlpha = 0.8
    ctx.fillStyle = palette.bg
    ctx.fillRect(label.x - 1, top - 1, label.width + 2, ROW_HEIGHT - 2)
    ctx.globalAlpha = 1
    // The title in the text colour, a count after it ("+3 more") in the accent: it can be opened.
    const count = label.hidden > 0 ? more(label.hidden) : ''
    const cut = count && label.text.endsWith(count) ? label.text.length - count.length : -1
    const title = cut === -1 ? label.text : label.text.slice(0, cut)
    haloText(ctx, title, label.x, top + MARK_HEIGHT - 1, palette.fg, palette.bg, label.width)
    if (cut === -1) continue
    haloText(ctx, label.text.slice(cut), label.x + ctx.measureText(title).width, top + MARK_HEIGHT - 1, palette.focus, palette.bg)
  }
}

function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, colour: string, halo: string, maxWidth?: number) {
  ctx.lineWidth = 3
  ctx.lineJoin = 'round'
  ctx.strokeStyle = halo
  ctx.strokeText(text, x, y, maxWidth)
  ctx.fillStyle = colour
  ctx.fillText(text, x, y, maxWidth)
  ctx.lineWidth = 1
}

/** Where a tick's centred label goes: at its tick, moved inwards just enough to stay whole at either edge. */
export function tickTextX(tick: number, textWidth: number, width: number): number {
  const half = textWidth / 2 + 2
  return Math.min(Math.max(tick, half), width - half)
}

/** A text measurer for the labels' font that remembers what it measured. */
export function labelMeasurer(ctx: CanvasRenderingContext2D): (text: string) => number {
  const widths = new Map<string, number>()
  return (text) => {
    let w = widths.get(text)
    if (w === undefined) {
      ctx.font = LABEL_FONT
      w = ctx.measureText(text).width
      if (widths.size > 20_000) widths.clear()
      widths.set(text, w)
    }
    return w
  }
}

function drawAxis(ctx: CanvasRenderingContext2D, x: ScaleTime<number, number>, width: number, height: number, palette: Palette, format: (tick: Date) => string) {
  const ticks = x.ticks(Math.max(2, Math.floor(width / 90)))
  ctx.font = '12px system-ui, sans-serif'
  ctx.textAlign = 'center'
  for (const tick of ticks) {
    const px = Math.round(x(tick)) + 0.5
    ctx.strokeStyle = palette.border
    ctx.beginPath()
    ctx.moveTo(px, AXIS_HEIGHT - 6)
    ctx.lineTo(px, height)
    ctx.stroke()
    ctx.fillStyle = palette.muted
    const text = format(tick)
    ctx.fillText(text, tickTextX(px, ctx.measureText(text).width, width), AXIS_HEIGHT - 10)
  }
  ctx.textAlign = 'start'
  ctx.strokeStyle = palette.muted
  ctx.beginPath()
  ctx.moveTo(0, AXIS_HEIGHT - 0.5)
  ctx.lineTo(width, AXIS_HEIGHT - 0.5)
  ctx.stroke()
}

function drawLaneLabels(ctx: CanvasRenderingContext2D, geometry: Geometry, width: number, palette: Palette, labels: readonly string[]) {
  ctx.font = '11px system-ui, sans-serif'
  LANES.forEach((_lane, i) => {
    const top = geometry.laneTops[i] ?? 0
    ctx.fillStyle = palette.muted
    ctx.fillText(labels[i] ?? '', 6, top - 6)
    ctx.strokeStyle = palette.border
    ctx.beginPath()
    ctx.moveTo(0, top - LANE_GAP + 0.5)
    ctx.lineTo(width, top - LANE_GAP + 0.5)
    ctx.stroke()
  })
}

function drawMark(
  ctx: CanvasRenderingContext2D,
  item: PlacedItem,
  r: { left: number; top: number; width: number; height: number },
  palette: Palette,
  selected: boolean,
  x: ScaleTime<number, number>,
) {
  const colour = COLOURS[item.category] ?? palette.muted
  // Behind a bracket the recorded span only hints at itself; the sources' days are drawn over it.
  ctx.globalAlpha = item.sourceBracket ? 0.2 : item.precision === 'day' ? 0.9 : 0.55
  ctx.fillStyle = colour
  ctx.fillRect(r.left, r.top, r.width, r.height)
  ctx.globalAlpha = 1
  if (item.sourceBracket) {
    drawSourceBracket(ctx, item.sourceBracket, x, r, { mark: colour, fg: palette.fg })
  }
  if (item.source === 'finding') {
    // A document: a dark notch on its left edge sets it apart from an event's plain bar.
    ctx.fillStyle = palette.fg
    ctx.fillRect(r.left, r.top, Math.min(2, r.width), r.height)
  }
  if (item.uncertain && !item.sourceBracket) {
    ctx.setLineDash([3, 2])
    ctx.strokeStyle = palette.fg
    ctx.strokeRect(r.left + 0.5, r.top + 0.5, r.width - 1, r.height - 1)
    ctx.setLineDash([])
    ctx.fillStyle = palette.fg
    ctx.font = 'bold 9px system-ui, sans-serif'
    ctx.fillText(item.certaintyMark ?? '?', r.left + r.width + 1, r.top + 8)
  }
  if (selected) {
    ctx.lineWidth = 2
    ctx.strokeStyle = palette.focus
    ctx.strokeRect(r.left - 2, r.top - 2, r.width + 4, r.height + 4)
    ctx.lineWidth = 1
  }
}

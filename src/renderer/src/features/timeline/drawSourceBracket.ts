import type { ScaleTime } from 'd3-scale'
import type { Span } from './timelineItems'

const HATCH_GAP = 4
const SERIF = 3

/**
 * Draws where an event's sources disagree (S8.4): the widest span they give as a hatched bracket,
 * each narrower span they give as a solid bar inside it (the 1953 visit: 10-27 Nov hatched, 12-26
 * Nov solid), and a `≠` after it. `top`/`height` are the mark's row; the list and the details
 * panel say the same in words.
 */
export function drawSourceBracket(
  ctx: CanvasRenderingContext2D,
  bracket: Span & { spans: Span[] },
  x: ScaleTime<number, number>,
  row: { top: number; height: number },
  colours: { mark: string; fg: string },
): void {
  const left = x(bracket.start)
  const right = Math.max(left + 2, x(bracket.end))
  const { top, height } = row
  hatch(ctx, left, top, right - left, height, colours.mark)
  ctx.fillStyle = colours.mark
  for (const span of bracket.spans) {
    if (span.start === bracket.start && span.end === bracket.end) continue
    const l = x(span.start)
    ctx.fillRect(l, top + 2, Math.max(2, x(span.end) - l), height - 4)
  }
  ctx.strokeStyle = colours.fg
  ctx.lineWidth = 1.5
  ctx.beginPath()
  for (const [edge, serif] of [
    [left, SERIF],
    [right, -SERIF],
  ] as const) {
    ctx.moveTo(edge + serif, top - 1)
    ctx.lineTo(edge, top - 1)
    ctx.lineTo(edge, top + height + 1)
    ctx.lineTo(edge + serif, top + height + 1)
  }
  ctx.stroke()
  ctx.lineWidth = 1
  ctx.fillStyle = colours.fg
  ctx.font = 'bold 10px system-ui, sans-serif'
  ctx.fillText('≠', right + 2, top + height - 1)
}

/** Diagonal lines across a rectangle, clipped to it. */
function hatch(ctx: CanvasRenderingContext2D, left: number, top: number, width: number, height: number, colour: string) {
  ctx.save()
  ctx.beginPath()
  ctx.rect(left, top, width, height)
  ctx.clip()
  ctx.strokeStyle = colour
  ctx.beginPath()
  // Only the part in view: deep in a zoom a bracket may be thousands of pixels wide.
  const [from, to] = [Math.max(left, 0) - height, Math.min(left + width, ctx.canvas.width)]
  for (let px = from; px < to; px += HATCH_GAP) {
    ctx.moveTo(px, top + height)
    ctx.lineTo(px + height, top)
  }
  ctx.stroke()
  ctx.restore()
}

import { scaleUtc } from 'd3-scale'
import { select } from 'd3-selection'
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom'
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { drawTimeline, laneGeometry, markRect, type Palette } from './drawTimeline'
import { currentLocale, useT } from '../../i18n'
import { LANES, type PlacedItem } from './timelineItems'

/** The axis opens on the essay's period, the 1930s to the 1980s; panning reaches the rest. */
const HOME: [number, number] = [Date.UTC(1930, 0, 1), Date.UTC(1990, 0, 1)]
const PAN_STEP = 0.1
const ZOOM_STEP = 1.5

interface Props {
  items: readonly PlacedItem[]
  rowsPerLane: readonly number[]
  selectedKey?: string
  onSelect(item: PlacedItem): void
  /** When set, the axis zooms to show this range (UTC ms), e.g. the years of a date filter. */
  focusRange?: [number, number]
}

/**
 * The zoomable, pannable time axis: d3-zoom turns wheel, drag and keys into a transform, d3-scale
 * maps time to pixels, and a canvas redraws only the marks in view once per animation frame, so
 * thousands of events stay smooth. React renders only when the data or the selection changes.
 */
export function TimelineCanvas({ items, rowsPerLane, selectedKey, onSelect, focusRange }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [width, setWidth] = useState(800)
  const [inView, setInView] = useState(0)
  const transform = useRef<ZoomTransform>(zoomIdentity)
  const behaviour = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | undefined>(undefined)
  const frame = useRef(0)
  const geometry = useMemo(() => laneGeometry(rowsPerLane), [rowsPerLane])
  const base = useMemo(() => scaleUtc().domain(HOME).range([0, width]), [width])
  const t = useT()
  const text = useMemo(() => ({ lanes: LANES.map((lane) => t(lane.label)), tick: tickFormat(currentLocale()) }), [t])

  const draw = useCallback((): number => {
    const canvas = canvasRef.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx) return 0
    const ratio = window.devicePixelRatio || 1
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    const x = transform.current.rescaleX(base)
    return drawTimeline(ctx, items, x, geometry, { width, selectedKey, palette: readPalette(canvas), text })
  }, [items, geometry, base, width, selectedKey, text])

  const schedule = useCallback(() => {
    if (frame.current) return
    frame.current = requestAnimationFrame(() => {
      frame.current = 0
      draw()
    })
  }, [draw])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(200, Math.floor(entry.contentRect.width))))
    observer.observe(canvas.parentElement ?? canvas)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const zoom = d3zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.25, 5000])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        transform.current = event.transform
        schedule()
      })
      .on('end', () => setInView(draw()))
    behaviour.current = zoom
    select(canvas).call(zoom)
    return () => {
      select(canvas).on('.zoom', null)
    }
  }, [schedule, draw])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const ratio = window.devicePixelRatio || 1
    canvas.width = width * ratio
    canvas.height = geometry.height * ratio
    setInView(draw())
  }, [draw, width, geometry])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || !behaviour.current || !focusRange) return
    const [start, end] = focusRange.map((t) => base(t)) as [number, number]
    const k = (width * 0.96) / Math.max(1, end - start)
    select(canvas).call(behaviour.current.transform, zoomIdentity.translate(width * 0.02 - k * start, 0).scale(k))
  }, [focusRange, base, width])

  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>): void {
    const zoom = behaviour.current
    const canvas = select(event.currentTarget)
    if (!zoom) return
    const t = transform.current
    const pan = (dx: number) => canvas.call(zoom.transform, zoomIdentity.translate(t.x + dx, 0).scale(t.k))
    const actions: Record<string, () => void> = {
      ArrowLeft: () => pan(width * PAN_STEP),
      ArrowRight: () => pan(-width * PAN_STEP),
      '+': () => canvas.call(zoom.scaleBy, ZOOM_STEP, [width / 2, 0]),
      '=': () => canvas.call(zoom.scaleBy, ZOOM_STEP, [width / 2, 0]),
      '-': () => canvas.call(zoom.scaleBy, 1 / ZOOM_STEP, [width / 2, 0]),
      '0': () => canvas.call(zoom.transform, zoomIdentity),
    }
    const action = actions[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  function onClick(event: MouseEvent<HTMLCanvasElement>): void {
    const bounds = event.currentTarget.getBoundingClientRect()
    const [px, py] = [event.clientX - bounds.left, event.clientY - bounds.top]
    const x = transform.current.rescaleX(base)
    const hit = items.find((item) => {
      const r = markRect(item, x, geometry)
      return px >= r.left - 2 && px <= r.left + r.width + 2 && py >= r.top - 2 && py <= r.top + r.height + 2
    })
    if (hit) onSelect(hit)
  }

  return (
    <div className="timeline-axis">
      <canvas
        ref={canvasRef}
        role="application"
        aria-roledescription="timeline"
        aria-label={t('timeline.axisLabel')}
        tabIndex={0}
        style={{ width, height: geometry.height }}
        onKeyDown={onKeyDown}
        onClick={onClick}
      />
      <p className="timeline-status" aria-live="polite">
        {t('timeline.inView', { shown: inView, count: items.length })}
      </p>
    </div>
  )
}

/**
 * Tick labels as d3's default multi-scale format chooses them (a year on 1 January, a month on
 * the 1st, else a day), in the reader's language.
 */
function tickFormat(locale: string): (tick: Date) => string {
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' })
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' })
  return (tick) => {
    if (tick.getUTCMonth() === 0 && tick.getUTCDate() === 1) return year.format(tick)
    return tick.getUTCDate() === 1 ? month.format(tick) : day.format(tick)
  }
}

function readPalette(element: Element): Palette {
  const style = getComputedStyle(element)
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback
  return {
    fg: read('--fg', '#1f1d1a'),
    muted: read('--fg-muted', '#5f5a52'),
    border: read('--border', '#d8d3c8'),
    focus: read('--focus', '#c4501a'),
  }
}

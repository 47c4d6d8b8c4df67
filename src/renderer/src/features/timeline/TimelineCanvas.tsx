import { scaleUtc } from 'd3-scale'
import { select } from 'd3-selection'
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom'
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { drawTimeline, labelMeasurer, labelTop, laneGeometry, markRect, rowCaps, ROW_HEIGHT, type DrawnFrame, type Palette } from './drawTimeline'
import { currentLocale, useT } from '../../i18n'
import { HiddenMarks, type OpenGroup } from './HiddenMarks'
import type { PlacedLabel } from './labelLayout'
import { LANES, placeItems, type PlacedItem, type TimelineItem } from './timelineItems'

/** The chart never shrinks below this, however short the window (px). */
const MIN_HEIGHT = 180
const UNLIMITED = LANES.map(() => Number.MAX_SAFE_INTEGER)
/** The tallest a label's list of marks grows (px; 12rem in the style sheet). */
const GROUP_HEIGHT = 196

/** The axis opens on the essay's period, the 1930s to the 1980s; panning reaches the rest. */
const HOME: [number, number] = [Date.UTC(1930, 0, 1), Date.UTC(1990, 0, 1)]
const PAN_STEP = 0.1
const ZOOM_STEP = 1.5

interface Props {
  items: readonly TimelineItem[]
  selectedKey?: string
  onSelect(item: PlacedItem): void
  /** When set, the axis zooms to show this range (UTC ms), e.g. the years of a date filter. */
  focusRange?: [number, number]
}

/**
 * The zoomable, pannable time axis: d3-zoom turns wheel, drag and keys into a transform, d3-scale
 * maps time to pixels, and a canvas redraws only the marks in view once per animation frame, so
 * thousands of events stay smooth. React renders only when the data or the selection changes.
 * The chart fills the height it is given: each lane gets the rows it needs while they fit, and
 * labels that would collide are counted on their neighbour ("+3 more"), which opens them.
 */
export function TimelineCanvas({ items: unplaced, selectedKey, onSelect, focusRange }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const boxRef = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(800)
  const [height, setHeight] = useState(400)
  const [inView, setInView] = useState(0)
  const [group, setGroup] = useState<OpenGroup | undefined>(undefined)
  /** The labels with counts once the axis is still, as buttons over the canvas (hidden while it moves). */
  const [counted, setCounted] = useState<readonly PlacedLabel[]>([])
  const transform = useRef<ZoomTransform>(zoomIdentity)
  const behaviour = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | undefined>(undefined)
  const frame = useRef(0)
  const drawn = useRef<DrawnFrame>({ inView: 0, visible: [], labels: [] })
  const measure = useRef<((text: string) => number) | undefined>(undefined)
  const needed = useMemo(() => placeItems(unplaced, UNLIMITED).rowsPerLane, [unplaced])
  const { placed: items, rowsPerLane } = useMemo(() => placeItems(unplaced, rowCaps(needed, height)), [unplaced, needed, height])
  const geometry = useMemo(() => laneGeometry(rowsPerLane), [rowsPerLane])
  const base = useMemo(() => scaleUtc().domain(HOME).range([0, width]), [width])
  const t = useT()
  const text = useMemo(
    () => ({
      lanes: LANES.map((lane) => t(lane.label)),
      tick: tickFormat(currentLocale()),
      more: (count: number) => t('timeline.more', { count }),
      disagree: (title: string) => t('timeline.titleDisagree', { title }),
    }),
    [t],
  )

  const draw = useCallback((): number => {
    const canvas = canvasRef.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx) return 0
    const ratio = window.devicePixelRatio || 1
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    const x = transform.current.rescaleX(base)
    measure.current ??= labelMeasurer(ctx)
    drawn.current = drawTimeline(ctx, items, x, geometry, { width, height, selectedKey, palette: readPalette(canvas), text, measure: measure.current })
    return drawn.current.inView
  }, [items, geometry, base, width, height, selectedKey, text])

  /** Draws, then shows the count and the crowded labels' buttons for the still axis. */
  const settle = useCallback(() => {
    setInView(draw())
    setCounted(drawn.current.labels.filter((l) => l.hidden > 0))
  }, [draw])

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
    const box = boxRef.current
    if (!box) return
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      setWidth(Math.max(200, Math.floor(entry.contentRect.width)))
      setHeight(Math.max(MIN_HEIGHT, Math.floor(entry.contentRect.height)))
    })
    observer.observe(box)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const zoom = d3zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.25, 5000])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        transform.current = event.transform
        setGroup(undefined)
        schedule()
      })
      .on('start', () => setCounted([]))
      .on('end', settle)
    behaviour.current = zoom
    select(canvas).call(zoom)
    return () => {
      select(canvas).on('.zoom', null)
    }
  }, [schedule, settle])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const ratio = window.devicePixelRatio || 1
    canvas.width = width * ratio
    canvas.height = height * ratio
    settle()
  }, [settle, width, height])

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

  function openGroup(label: PlacedLabel): void {
    const members = label.members.map((i) => drawn.current.visible[i]).filter((item): item is PlacedItem => item !== undefined)
    // Below the label when the list fits there, else above it: the chart's box clips nothing then.
    const below = labelTop(label, geometry) + ROW_HEIGHT
    const top = below + GROUP_HEIGHT <= height ? below : Math.max(0, labelTop(label, geometry) - GROUP_HEIGHT)
    setGroup({ items: members, left: Math.max(0, Math.min(label.x, width - 330)), top })
  }

  function onClick(event: MouseEvent<HTMLCanvasElement>): void {
    const bounds = event.currentTarget.getBoundingClientRect()
    const [px, py] = [event.clientX - bounds.left, event.clientY - bounds.top]
    const label = drawn.current.labels.find((l) => {
      const top = labelTop(l, geometry)
      return px >= l.x && px <= l.x + l.width && py >= top - 1 && py <= top + ROW_HEIGHT
    })
    if (label && label.hidden > 0) return openGroup(label)
    const leader = label?.leader === undefined ? undefined : drawn.current.visible[label.leader]
    if (leader) return onSelect(leader)
    const x = transform.current.rescaleX(base)
    const hit = items.find((item) => {
      const r = markRect(item, x, geometry)
      return px >= r.left - 2 && px <= r.left + r.width + 2 && py >= r.top - 2 && py <= r.top + r.height + 2
    })
    if (hit) onSelect(hit)
  }

  return (
    <div className="timeline-axis">
      <div ref={boxRef} className="timeline-canvas-box">
      <canvas
        ref={canvasRef}
        role="application"
        aria-roledescription="timeline"
        aria-label={t('timeline.axisLabel')}
        tabIndex={0}
        style={{ width, height }}
        onKeyDown={onKeyDown}
        onClick={onClick}
      />
      {counted.map((label) => (
        <button
          key={`${label.slot}:${label.x}`}
          type="button"
          tabIndex={-1}
          className="timeline-count"
          aria-label={t('timeline.groupCount', { count: label.members.length, text: label.text })}
          style={{ left: label.x, top: labelTop(label, geometry) - 1, width: label.width, height: ROW_HEIGHT - 2 }}
          onClick={() => openGroup(label)}
        />
      ))}
      {group && (
        <HiddenMarks
          group={group}
          onSelect={(item) => (setGroup(undefined), onSelect(item))}
          onClose={() => (setGroup(undefined), canvasRef.current?.focus())}
        />
      )}
      </div>
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
    bg: read('--bg', '#fbfaf7'),
    fg: read('--fg', '#1f1d1a'),
    muted: read('--fg-muted', '#5f5a52'),
    border: read('--border', '#d8d3c8'),
    focus: read('--focus', '#c4501a'),
  }
}

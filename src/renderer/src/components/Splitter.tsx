import { useRef, type KeyboardEvent, type PointerEvent } from 'react'

interface SplitterProps {
  label: string
  value: number
  min: number
  max: number
  /** Called while dragging, for live feedback. */
  onChange(value: number): void
  /** Called once the user lets go (or presses an arrow key), to persist the value. */
  onCommit(value: number): void
}

const KEY_STEP = 16

/** A vertical pane divider that can be dragged or moved with the arrow keys. */
export function Splitter({ label, value, min, max, onChange, onCommit }: SplitterProps) {
  const drag = useRef<{ startX: number; startValue: number } | undefined>(undefined)
  const clamp = (v: number): number => Math.round(Math.min(max, Math.max(min, v)))
  const dragged = (event: PointerEvent): number | undefined =>
    drag.current && clamp(drag.current.startValue + event.clientX - drag.current.startX)

  function onKeyDown(event: KeyboardEvent): void {
    const delta = { ArrowLeft: -KEY_STEP, ArrowRight: KEY_STEP }[event.key]
    if (delta === undefined) return
    event.preventDefault()
    const next = clamp(value + delta)
    onChange(next)
    onCommit(next)
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>): void {
    drag.current = { startX: event.clientX, startValue: value }
    event.currentTarget.setPointerCapture(event.pointerId)
  }

  function onPointerMove(event: PointerEvent): void {
    const next = dragged(event)
    if (next !== undefined) onChange(next)
  }

  function onPointerUp(event: PointerEvent): void {
    const next = dragged(event)
    drag.current = undefined
    if (next !== undefined) onCommit(next)
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="splitter"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
    />
  )
}

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { CallState } from '../../api/useCall'
import { useT } from '../../i18n'

/** What a badge counts for: an essay section or one paragraph. */
export type BadgeTarget = { section: string } | { paragraph: string }

interface CountBadgeProps {
  /** What is counted: names the CSS classes (`event-badge`) and the popover's id (`events-of-…`). */
  kind: 'event' | 'finding'
  target: BadgeTarget
  /** The button's accessible name, e.g. "3 events bear on paragraph s1-p2". */
  name: string
  /** The badge's face: the count, and any decoration. */
  children: ReactNode
  /** The list opened by the badge, given its element id and a way to close it. */
  popover(props: { id: string; onClose(): void }): ReactNode
}

/**
 * A count beside a section or paragraph, its meaning in a tooltip; a click (or Enter) opens the
 * list of what it counts, and Escape or the close button shuts it and returns to the badge.
 */
export function CountBadge({ kind, target, name, children, popover }: CountBadgeProps) {
  const [open, setOpen] = useState(false)
  const listId = `${kind}s-of-${'section' in target ? target.section : target.paragraph}`
  const close = () => {
    setOpen(false)
    document.getElementById(`${listId}-badge`)?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    event.stopPropagation()
    close()
  }
  return (
    <span className={`${kind}-count`} onKeyDown={onKeyDown}>
      <button
        id={`${listId}-badge`}
        type="button"
        className={`${kind}-badge`}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-label={name}
        title={name}
        onClick={() => setOpen(!open)}
      >
        {children}
      </button>
      {open && popover({ id: listId, onClose: close })}
    </span>
  )
}

interface ListPopoverProps<T> {
  id: string
  className: string
  label: string
  state: CallState<T>
  onClose(): void
  children(value: T): ReactNode
}

/** The frame of a badge's list: a dialog titled by its heading, with a close button, loading and error states; it takes the focus. */
export function ListPopover<T>({ id, className, label, state, onClose, children }: ListPopoverProps<T>) {
  const t = useT()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div ref={ref} id={id} className={className} role="dialog" aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <button type="button" className="close" onClick={onClose} aria-label={t('common.close')}>
        ×
      </button>
      <h2 id={`${id}-heading`} className="popover-heading">
        {label}
      </h2>
      {state.status === 'loading' && <p className="loading">{t('common.loading')}</p>}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'done' && <ul>{children(state.value)}</ul>}
    </div>
  )
}

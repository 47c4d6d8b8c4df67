import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useT } from '../../i18n'
import type { PlacedItem } from './timelineItems'

/** The marks a crowded label counts ("+3 more"), and where on the chart its list opens (px). */
export interface OpenGroup {
  items: readonly PlacedItem[]
  left: number
  top: number
}

const DAY_MS = 86_400_000

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The list a count on the time axis opens: every mark it stands for, each selectable; Escape closes it. */
export function HiddenMarks({ group, onSelect, onClose }: { group: OpenGroup; onSelect(item: PlacedItem): void; onClose(): void }) {
  const t = useT()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.querySelector('button')?.focus(), [group])
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    onClose()
  }
  const heading = t('timeline.groupHeading', { count: group.items.length })
  return (
    <div
      ref={ref}
      className="events-popover timeline-group"
      role="dialog"
      aria-labelledby="timeline-group-heading"
      style={{ left: Math.max(0, group.left), top: group.top }}
      onKeyDown={onKeyDown}
    >
      <button type="button" className="close" aria-label={t('common.close')} onClick={onClose}>
        ×
      </button>
      <h2 id="timeline-group-heading">{heading}</h2>
      <ul>
        {group.items.map((item) => (
          <li key={item.key}>
            <button type="button" className="link-button" onClick={() => onSelect(item)}>
              <span className="event-date">
                {day(item.start)}
                {item.end - item.start > DAY_MS ? ` – ${day(item.end)}` : ''}
              </span>{' '}
              {item.source === 'finding' ? `${t('timeline.findingPrefix')} ` : ''}
              {item.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}

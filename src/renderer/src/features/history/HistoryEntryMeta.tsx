import type { ReactNode } from 'react'
import type { HistoryChange } from '../../../../shared/model/history'
import { deviceText, formatWhen } from './historyWords'

/** The line above a value: its state, when (that laptop's clock, in the reader's time zone) and who. */
export function HistoryEntryMeta({ change, badge, children }: { change: HistoryChange; badge?: string; children?: ReactNode }) {
  return (
    <p className="history-meta">
      {badge && <span className={`badge history-badge-${badge.toLowerCase().replace(/\s+/g, '-')}`}>{badge}</span>}{' '}
      <time dateTime={change.at}>{formatWhen(change.at)}</time> ·{' '}
      <span title={change.device.named ? undefined : 'No sync file from this laptop has been imported here, so its name is not known'}>
        {deviceText(change.device)}
      </span>
      {children}
    </p>
  )
}

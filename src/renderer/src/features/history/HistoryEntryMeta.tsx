import type { ReactNode } from 'react'
import type { HistoryChange } from '../../../../shared/model/history'
import { currentLocale, useT } from '../../i18n'
import { deviceText, formatWhen } from './historyWords'

/** The line above a value: its state, when (that laptop's clock, in the reader's time zone) and who. */
export function HistoryEntryMeta({ change, badge, children }: { change: HistoryChange; badge?: { kind: string; text: string }; children?: ReactNode }) {
  const t = useT()
  return (
    <p className="history-meta">
      {badge && <span className={`badge history-badge-${badge.kind}`}>{badge.text}</span>}{' '}
      <time dateTime={change.at}>{formatWhen(change.at, currentLocale())}</time> ·{' '}
      <span title={change.device.named ? undefined : t('history.unnamedHint')}>
        {deviceText(change.device, t)}
      </span>
      {children}
    </p>
  )
}

import type { SetEntry } from '../../../../shared/model/history'
import { HistoryEntryMeta } from './HistoryEntryMeta'
import { useHistoryWords } from './useHistoryWords'
import { changeText, valueText } from './historyWords'
import { RestoreAction } from './RestoreAction'
import type { TimelineProps } from './ValueTimeline'

/**
 * A list field's additions and removals, newest first; what the finding was created with is one
 * line at the end. A removed element can be added back.
 */
export function SetTimeline({ entries, ...props }: TimelineProps & { entries: SetEntry[] }) {
  const later = entries.filter((entry) => !entry.at_creation)
  const created = entries.filter((entry) => entry.at_creation)
  const words = useHistoryWords()
  const text = (entry: SetEntry) => valueText(props.field, entry.element, props.names, words)
  return (
    <ol className="history-entries">
      {later.map((entry) => (
        <SetItem key={entry.change.change_id} entry={entry} text={text(entry)} {...props} />
      ))}
      {created[0] && (
        <li className="history-entry">
          <HistoryEntryMeta change={created[0].change} badge={{ kind: 'created', text: words.t('history.whenCreated') }} />
          <ul className="history-elements">
            {created.map((entry) => (
              <li key={entry.change.change_id}>
                {entry.present ? text(entry) : <del>{text(entry)}</del>}
                {!entry.present && <span className="muted"> {words.t('history.removedLater')}</span>}
              </li>
            ))}
          </ul>
        </li>
      )}
    </ol>
  )
}

function SetItem({ entry, text, field, canRestore, restore }: TimelineProps & { entry: SetEntry; text: string }) {
  const words = useHistoryWords()
  const { t, labels } = words
  const removal = entry.removed_by && t(entry.set_aside_by === 'deletion' ? 'history.removedByDeletion' : 'history.removedBy', { by: changeText(entry.removed_by, words) })
  return (
    <li className="history-entry">
      <HistoryEntryMeta change={entry.change} badge={{ kind: entry.action, text: t(`history.action.${entry.action}`) }} />
      <p className="history-value">{entry.action === 'added' ? text : <del>{text}</del>}</p>
      {removal && <p className="history-note">{removal}</p>}
      {entry.made_while_deleted && <p className="history-note">{t('history.madeWhileDeleted')}</p>}
      {canRestore && entry.restorable && entry.action === 'removed' && (
        <RestoreAction
          label={t('history.addBack')}
          question={t('history.addBackQuestion', { value: text, field: labels.field(field) })}
          run={() => restore(field, entry.change.change_id)}
        />
      )}
    </li>
  )
}

import { fieldLabel } from '../../../../shared/findings/fieldLabels'
import { fieldValueText } from '../../../../shared/findings/valueText'
import type { SetEntry } from '../../../../shared/model/history'
import { HistoryEntryMeta } from './HistoryEntryMeta'
import { changeText } from './historyWords'
import { RestoreAction } from './RestoreAction'
import type { TimelineProps } from './ValueTimeline'

/**
 * A list field's additions and removals, newest first; what the finding was created with is one
 * line at the end. A removed element can be added back.
 */
export function SetTimeline({ entries, ...props }: TimelineProps & { entries: SetEntry[] }) {
  const later = entries.filter((entry) => !entry.at_creation)
  const created = entries.filter((entry) => entry.at_creation)
  const text = (entry: SetEntry) => fieldValueText(props.field, entry.element, props.names)
  return (
    <ol className="history-entries">
      {later.map((entry) => (
        <SetItem key={entry.change.change_id} entry={entry} text={text(entry)} {...props} />
      ))}
      {created[0] && (
        <li className="history-entry">
          <HistoryEntryMeta change={created[0].change} badge="When created" />
          <ul className="history-elements">
            {created.map((entry) => (
              <li key={entry.change.change_id}>
                {entry.present ? text(entry) : <del>{text(entry)}</del>}
                {!entry.present && <span className="muted"> (removed later)</span>}
              </li>
            ))}
          </ul>
        </li>
      )}
    </ol>
  )
}

function SetItem({ entry, text, field, canRestore, restore }: TimelineProps & { entry: SetEntry; text: string }) {
  const removal = entry.removed_by && (entry.set_aside_by === 'deletion' ? `Removed when the finding's deletion was confirmed by ${changeText(entry.removed_by)}.` : `Removed by ${changeText(entry.removed_by)}.`)
  return (
    <li className="history-entry">
      <HistoryEntryMeta change={entry.change} badge={entry.action === 'added' ? 'Added' : 'Removed'} />
      <p className="history-value">{entry.action === 'added' ? text : <del>{text}</del>}</p>
      {removal && <p className="history-note">{removal}</p>}
      {entry.made_while_deleted && <p className="history-note">Made on a laptop that did not yet know the finding had been deleted elsewhere.</p>}
      {canRestore && entry.restorable && entry.action === 'removed' && (
        <RestoreAction
          label="Add it back"
          question={`Add “${text}” back to ${fieldLabel(field)}? It is saved as a new change that reaches colleagues with your next sync file.`}
          run={() => restore(field, entry.change.change_id)}
        />
      )}
    </li>
  )
}

import type { FindingConflict } from '../../../../shared/model/findingParts'
import { valueText } from '../findings/ConflictList'
import { humanize } from '../findings/labels'
import type { Resolve } from './ConflictsPanel'
import { describeHlc } from './hlcTime'
import type { DeviceName } from './sides'

type DeleteConflict = Extract<FindingConflict, { kind: 'edit_vs_delete' }>

/** One change of the sync log in words: "Summary: …", "added tag “purge”". */
export function describeChange(change: unknown): string {
  const c = change as { type?: string; values?: Record<string, unknown>; field?: string; element?: unknown }
  if (c?.type === 'set' && c.values) return Object.entries(c.values).map(([field, value]) => `${humanize(field)}: ${valueText(value)}`).join('; ')
  if (c?.type === 'add') return `added “${valueText(c.element)}” to ${humanize(c.field ?? '')}`
  if (c?.type === 'remove') return `removed “${valueText(c.element)}” from ${humanize(c.field ?? '')}`
  if (c?.type === 'restore') return 'restored it'
  return valueText(change)
}

/** A finding deleted on one laptop and edited on another: keep it with the edits, or confirm the deletion. */
export function DeleteConflictCard(props: { conflict: DeleteConflict; deviceName: DeviceName; onResolve: Resolve; busy: boolean }) {
  const { conflict, deviceName, onResolve, busy } = props
  return (
    <div className="conflict-body">
      <p>
        Deleted on <strong>{deviceName(conflict.deletedBy.device)}</strong> at {describeHlc(conflict.deletedBy.hlc)}, while it was being
        edited elsewhere. These edits were made without knowing of the deletion:
      </p>
      <ul className="conflict-edits">
        {conflict.edits.map((edit) => (
          <li key={edit.hlc}>
            {describeChange(edit.change)}{' '}
            <span className="muted">
              — {deviceName(edit.device)}, {describeHlc(edit.hlc)}
            </span>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={() => void onResolve('restore')}>
          Restore with these edits
        </button>
        <button type="button" disabled={busy} onClick={() => void onResolve('delete')}>
          Confirm delete
        </button>
      </div>
    </div>
  )
}

import type { FindingConflict } from '../../../../shared/model/findingParts'
import { currentLocale, useLabels, useT } from '../../i18n'
import { describeChange } from './describeChange'
import type { Resolve } from './ConflictsPanel'
import { describeHlc } from './hlcTime'
import type { DeviceName } from './sides'

type DeleteConflict = Extract<FindingConflict, { kind: 'edit_vs_delete' }>

/** A finding deleted on one laptop and edited on another: keep it with the edits, or confirm the deletion. */
export function DeleteConflictCard(props: { conflict: DeleteConflict; deviceName: DeviceName; onResolve: Resolve; busy: boolean }) {
  const { conflict, deviceName, onResolve, busy } = props
  const t = useT()
  const labels = useLabels()
  const locale = currentLocale()
  return (
    <div className="conflict-body">
      <p>
        {t('sync.deletedWhileEdited', { device: deviceName(conflict.deletedBy.device), time: describeHlc(conflict.deletedBy.hlc, t, locale) })}
      </p>
      <ul className="conflict-edits">
        {conflict.edits.map((edit) => (
          <li key={edit.hlc}>
            {describeChange(edit.change, t, labels)}{' '}
            <span className="muted">
              {t('sync.editBy', { device: deviceName(edit.device), time: describeHlc(edit.hlc, t, locale) })}
            </span>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={() => void onResolve('restore')}>
          {t('sync.restoreWithEdits')}
        </button>
        <button type="button" disabled={busy} onClick={() => void onResolve('delete')}>
          {t('sync.confirmDelete')}
        </button>
      </div>
    </div>
  )
}

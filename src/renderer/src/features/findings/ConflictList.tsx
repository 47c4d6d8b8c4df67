import type { FindingConflict } from '../../../../shared/model/findingParts'
import { humanize } from './labels'

/** A stored value as text: strings as they are, anything else as JSON (never as markup). */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '(empty)'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/**
 * Changes made on two devices without seeing each other: per field, every side's value with
 * the device and clock that wrote it; or edits made to a finding another device deleted.
 */
export function ConflictList({ conflicts }: { conflicts: readonly FindingConflict[] }) {
  return (
    <section className="conflicts" aria-labelledby="conflicts-title">
      <h3 id="conflicts-title">Conflicts to resolve</h3>
      <ul>
        {conflicts.map((conflict, i) =>
          conflict.kind === 'field' ? (
            <li key={`${conflict.field}-${i}`}>
              <strong>{humanize(conflict.field)}</strong>
              {conflict.base !== undefined && <span className="muted"> (was {valueText(conflict.base)})</span>}
              <ul>
                {conflict.sides.map((side) => (
                  <li key={`${side.device}-${side.hlc}`}>
                    {valueText(side.value)} <span className="muted">— device {side.device}, {side.hlc}</span>
                  </li>
                ))}
              </ul>
            </li>
          ) : (
            <li key={`delete-${i}`}>
              <strong>Edited after being deleted</strong> on device {conflict.deletedBy.device}:{' '}
              {conflict.edits.length} edit{conflict.edits.length === 1 ? '' : 's'} wait for a restore
              <ul>
                {conflict.edits.map((edit) => (
                  <li key={`${edit.device}-${edit.hlc}`}>
                    {valueText(edit.change)} <span className="muted">— device {edit.device}</span>
                  </li>
                ))}
              </ul>
            </li>
          ),
        )}
      </ul>
    </section>
  )
}

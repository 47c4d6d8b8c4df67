import type { FindingConflict } from '../../../../shared/model/findingParts'
import { currentLocale, useLabels, useT } from '../../i18n'
import { useDeviceName } from '../../i18n/useNames'
import { describeChange } from '../sync/describeChange'
import { describeHlc } from '../sync/hlcTime'

/**
 * Changes made on two devices without seeing each other: per field, every side's value with
 * the laptop and time that wrote it; or edits made to a finding another laptop deleted.
 */
export function ConflictList({ conflicts }: { conflicts: readonly FindingConflict[] }) {
  const t = useT()
  const labels = useLabels()
  const deviceName = useDeviceName()
  const locale = currentLocale()
  const empty = t('common.empty')
  return (
    <section className="conflicts" aria-labelledby="conflicts-title">
      <h3 id="conflicts-title">{t('findings.conflictsTitle')}</h3>
      <ul>
        {conflicts.map((conflict, i) =>
          conflict.kind === 'field' ? (
            <li key={`${conflict.field}-${i}`}>
              <strong>{labels.field(conflict.field)}</strong>
              {conflict.base !== undefined && <span className="muted">{t('findings.conflictWas', { value: labels.fieldValue(conflict.field, conflict.base, empty) })}</span>}
              <ul>
                {conflict.sides.map((side) => (
                  <li key={`${side.device}-${side.hlc}`}>
                    {labels.fieldValue(conflict.field, side.value, empty)}{' '}
                    <span className="muted">{t('findings.conflictSide', { device: deviceName(side.device), time: describeHlc(side.hlc, t, locale) })}</span>
                  </li>
                ))}
              </ul>
            </li>
          ) : (
            <li key={`delete-${i}`}>
              <strong>{t('findings.editedAfterDelete')}</strong>{' '}
              {t('findings.deletedOn', { device: deviceName(conflict.deletedBy.device), edits: t('count.edit', { count: conflict.edits.length }) })}
              <ul>
                {conflict.edits.map((edit) => (
                  <li key={`${edit.device}-${edit.hlc}`}>
                    {describeChange(edit.change, t, labels)} <span className="muted">{t('findings.editBy', { device: deviceName(edit.device) })}</span>
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

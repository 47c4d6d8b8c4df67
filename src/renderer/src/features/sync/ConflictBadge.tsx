import { useCall } from '../../api/useCall'
import { useT } from '../../i18n'
import { useFindingsVersion } from '../findings/useFindingsVersion'

/** The number of open conflicts, for the navigation; it follows every change to the library. */
export function ConflictBadge() {
  const version = useFindingsVersion()
  const conflicts = useCall('conflicts.list', {}, String(version))
  const count = conflicts.status === 'done' ? conflicts.value.length : 0
  const t = useT()
  if (count === 0) return null
  return (
    <>
      {' '}
      <span className="badge badge-conflict" data-testid="conflict-badge">
        {count}
      </span>
      <span className="visually-hidden"> {t('count.openConflict', { count })}</span>
    </>
  )
}

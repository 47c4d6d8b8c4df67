import { FindingConflict } from '../../../../shared/model/findingParts'
import type { ConflictEntry } from '../../../../shared/model/sync'
import { call } from '../../api/client'
import { useTask } from '../../api/useTask'
import { useCall } from '../../api/useCall'
import { useT } from '../../i18n'
import { ViewLink } from '../../navigation'
import { DeleteConflictCard } from './DeleteConflictCard'
import { FieldConflictCard } from './FieldConflictCard'
import type { DeviceName } from './sides'

/** How a conflict is resolved: which side, or a value written by hand. */
export type Resolve = (take: 'mine' | 'theirs' | 'value' | 'restore' | 'delete', value?: unknown) => Promise<void>

/** The open conflicts left by merging, each with the actions that resolve it. */
export function ConflictsPanel({ deviceId, deviceName, version }: { deviceId?: string; deviceName: DeviceName; version: number }) {
  const conflicts = useCall('conflicts.list', {}, String(version))
  const t = useT()
  return (
    <section className="panel" aria-labelledby="sync-conflicts-title">
      <h2 id="sync-conflicts-title">{t('sync.openConflicts')}</h2>
      {conflicts.status === 'loading' && <p className="loading">{t('sync.readingConflicts')}</p>}
      {conflicts.status === 'error' && <p role="alert">{conflicts.message}</p>}
      {conflicts.status === 'done' && conflicts.value.length === 0 && (
        <p className="hint">{t('sync.noConflicts')}</p>
      )}
      {conflicts.status === 'done' && deviceId && (
        <ul className="conflict-cards">
          {conflicts.value.map((entry) => (
            <li key={entry.id}>
              <ConflictCard entry={entry} deviceId={deviceId} deviceName={deviceName} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function ConflictCard({ entry, deviceId, deviceName }: { entry: ConflictEntry; deviceId: string; deviceName: DeviceName }) {
  const { busy, error, run } = useTask()
  const parsed = FindingConflict.safeParse(entry.detail)
  const t = useT()

  const resolve: Resolve = (take, value) =>
    run(async () => {
      await call('conflicts.resolve', { id: entry.id, take, value })
    })

  return (
    <article className="conflict-card" aria-label={t('sync.conflictOn', { title: entry.title })} aria-busy={busy}>
      <h3>
        {entry.record_kind === 'finding' ? <ViewLink to={{ view: 'findings', findingId: entry.record_id }}>{entry.title}</ViewLink> : entry.title}
      </h3>
      {!parsed.success ? (
        <p className="muted">{t('sync.newerVersion')}</p>
      ) : parsed.data.kind === 'field' ? (
        <FieldConflictCard conflict={parsed.data} deviceId={deviceId} deviceName={deviceName} onResolve={resolve} busy={busy} />
      ) : (
        <DeleteConflictCard conflict={parsed.data} deviceName={deviceName} onResolve={resolve} busy={busy} />
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </article>
  )
}

import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { useT } from '../../i18n'
import { ViewLink } from '../../navigation'

const SHOWN = 50

/**
 * The other side of a link: the researcher's findings that link to this person, place or event,
 * each opening the finding. A finding's own page lists its links; this lists them back.
 */
export function LinkedFindings({ entityId, eventId, level = 2 }: { entityId?: string; eventId?: string; level?: 2 | 3 }) {
  const version = useLibraryVersion()
  const filter = entityId ? { entity_id: entityId } : { event_id: eventId }
  const result = useCall('findings.list', { ...filter, limit: SHOWN }, `${entityId ?? ''}|${eventId ?? ''}@${version}`)
  const Heading = level === 3 ? 'h3' : 'h2'
  const t = useT()
  const id = `linked-findings-${entityId ?? eventId}`
  if (result.status === 'loading') return null
  if (result.status === 'error') return <p role="alert">{result.message}</p>
  const { total, items } = result.value
  return (
    <section className="linked-findings" aria-labelledby={id}>
      <Heading id={id}>{t('actions.yourFindings', { count: total })}</Heading>
      {total === 0 ? (
        <p className="muted">{t(entityId ? 'actions.noFindingsForName' : 'actions.noFindingsForEvent')}</p>
      ) : (
        <ul>
          {items.map((f) => (
            <li key={f.id}>
              <span className="event-date">{f.doc_date}</span>{' '}
              <ViewLink to={{ view: 'findings', findingId: f.id }}>{f.title}</ViewLink>
            </li>
          ))}
        </ul>
      )}
      {total > items.length && <p className="muted">{t('actions.andMore', { count: total - items.length })}</p>}
    </section>
  )
}

import type { EntityDetail, EntityName } from '../../../../shared/model/entity'
import type { EventSummary } from '../../../../shared/model/event'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { offerUndo } from '../../components/undo'
import { ViewLink } from '../../navigation'
import { LinkedFindings } from '../findings/LinkedFindings'
import { formatDay } from '../../../../shared/i18n/format'
import { vocabMessageId } from '../../../../shared/vocabulary'
import { currentLocale, translate, useLabels, useT } from '../../i18n'
import { useFormatSpan } from '../timeline/formatDate'
import { AddNameForm } from './AddNameForm'

/** An entity's page: every name in every script, the researcher's aliases, and its events. */
export function EntityPage({ id }: { id: string }) {
  const version = useLibraryVersion()
  const result = useCall('entities.get', { id }, `${id}@${version}`)
  const t = useT()
  const labels = useLabels()
  if (result.status === 'loading') return <p className="loading">{t('common.loading')}</p>
  if (result.status === 'error') return <p role="alert">{result.message}</p>
  const { entity, events } = result.value
  const lifeDate = (key: string, date: string) => {
    const id = vocabMessageId('lifeDate', key)
    return id ? t(id, { date: formatDay(date, currentLocale()) }) : date
  }
  return (
    <article className="entity-page" aria-labelledby="entity-title">
      <h1 id="entity-title">{entity.preferredName}</h1>
      <p className="muted">
        {labels.vocab('entityType', entity.type)}
        {entity.subtype && ` · ${labels.vocab('entitySubtype', entity.subtype)}`}
        {Object.entries(entity.dates).map(([key, date]) => ` · ${lifeDate(key, date)}`)}
      </p>
      {/* The reference data's `notes` are for the app's developers (search tuning, unchecked dates), never shown. */}
      <p>{entity.description}</p>
      {entity.confusableWith.length > 0 && (
        <p>
          {t('entities.confusable')}{' '}
          {entity.confusableWith.map((other) => (
            <ViewLink key={other.id} to={{ view: 'entities', entityId: other.id }} className="spaced">
              {other.preferredName}
            </ViewLink>
          ))}
        </p>
      )}
      <NamesTable entity={entity} />
      <AddNameForm entityId={entity.id} />
      <LinkedFindings entityId={entity.id} />
      <EventsOf events={events} />
    </article>
  )
}

function NamesTable({ entity }: { entity: EntityDetail }) {
  const t = useT()
  return (
    <table className="names">
      <caption>{t('entities.names', { count: entity.names.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('entities.form')}</th>
          <th scope="col">{t('entities.language')}</th>
          <th scope="col">{t('entities.script')}</th>
          <th scope="col">{t('entities.system')}</th>
          <th scope="col">{t('entities.relation')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entity.names.map((name) => (
          <NameRow key={name.id} name={name} entityId={entity.id} />
        ))}
      </tbody>
    </table>
  )
}

/** Removes a researcher's own name form, offering to add it back. */
async function removeName(name: EntityName, entityId: string): Promise<void> {
  await call('entities.removeName', { id: name.id })
  const again = {
    entityId,
    form: name.form,
    lang: name.lang,
    script: name.script,
    ...(name.scheme ? { scheme: name.scheme } : {}),
    ...(name.relation ? { relation: name.relation } : {}),
    ...(name.note ? { note: name.note } : {}),
  }
  offerUndo({ message: translate('actions.removedName', { name: name.form }), undo: () => call('entities.addName', again) })
}

function NameRow({ name, entityId }: { name: EntityName; entityId: string }) {
  const t = useT()
  const labels = useLabels()
  const locale = currentLocale()
  const scheme = name.scheme && (labels.vocab('nameScheme', name.scheme) !== name.scheme ? labels.vocab('nameScheme', name.scheme) : labels.vocab('romanizationScheme', name.scheme))
  const validFrom = name.validFrom && t('entities.validFrom', { date: formatDay(name.validFrom, locale) })
  const validTo = name.validTo && t('entities.validTo', { date: formatDay(name.validTo, locale) })
  return (
    <tr className={name.origin === 'user' ? 'own-name' : undefined}>
      <td lang={name.lang}>{name.form}</td>
      <td>{labels.vocab('language', name.lang)}</td>
      <td>{labels.vocab('script', name.script)}</td>
      <td>{scheme ?? ''}</td>
      <td>{[name.relation && labels.vocab('nameRelation', name.relation), name.origin === 'user' && name.note, validFrom, validTo].filter(Boolean).join('; ')}</td>
      <td>
        {name.origin === 'user' && (
          <button type="button" onClick={() => void removeName(name, entityId)}>
            {t('common.remove')} <span className="visually-hidden">{name.form}</span>
          </button>
        )}
      </td>
    </tr>
  )
}

function EventsOf({ events }: { events: EventSummary[] }) {
  const t = useT()
  const formatSpan = useFormatSpan()
  return (
    <section aria-labelledby="entity-events">
      <h2 id="entity-events">{t('entities.events', { count: events.length })}</h2>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <span className="event-date">{formatSpan(event)}</span>{' '}
            <ViewLink to={{ view: 'timeline', eventId: event.id }}>{event.title}</ViewLink>
          </li>
        ))}
      </ul>
    </section>
  )
}

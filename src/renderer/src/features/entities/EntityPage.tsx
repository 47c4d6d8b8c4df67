import type { EntityDetail, EntityName } from '../../../../shared/model/entity'
import type { EventSummary } from '../../../../shared/model/event'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { offerUndo } from '../../components/undo'
import { ViewLink } from '../../navigation'
import { LinkedFindings } from '../findings/LinkedFindings'
import { formatSpan } from '../timeline/formatDate'
import { AddNameForm } from './AddNameForm'

/** An entity's page: every name in every script, the researcher's aliases, and its events. */
export function EntityPage({ id }: { id: string }) {
  const version = useLibraryVersion()
  const result = useCall('entities.get', { id }, `${id}@${version}`)
  if (result.status === 'loading') return <p className="loading">Loading…</p>
  if (result.status === 'error') return <p role="alert">{result.message}</p>
  const { entity, events } = result.value
  return (
    <article className="entity-page" aria-labelledby="entity-title">
      <h1 id="entity-title">{entity.preferredName}</h1>
      <p className="muted">
        {entity.type}
        {entity.subtype && ` · ${entity.subtype}`}
        {Object.entries(entity.dates).map(([k, v]) => ` · ${k} ${v}`)}
      </p>
      <p>{entity.description}</p>
      {entity.notes && <p className="event-note">{entity.notes}</p>}
      {entity.confusableWith.length > 0 && (
        <p>
          Not to be confused with:{' '}
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
  return (
    <table className="names">
      <caption>Names ({entity.names.length})</caption>
      <thead>
        <tr>
          <th scope="col">Form</th>
          <th scope="col">Language</th>
          <th scope="col">Script</th>
          <th scope="col">System</th>
          <th scope="col">Relation / note</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
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
  offerUndo({ message: `Removed the name “${name.form}”`, undo: () => call('entities.addName', again) })
}

function NameRow({ name, entityId }: { name: EntityName; entityId: string }) {
  return (
    <tr className={name.origin === 'user' ? 'own-name' : undefined}>
      <td lang={name.lang}>{name.form}</td>
      <td>{name.lang}</td>
      <td>{name.script}</td>
      <td>{name.scheme ?? ''}</td>
      <td>{[name.relation, name.note, name.validFrom && `from ${name.validFrom}`, name.validTo && `to ${name.validTo}`].filter(Boolean).join('; ')}</td>
      <td>
        {name.origin === 'user' && (
          <button type="button" onClick={() => void removeName(name, entityId)}>
            Remove <span className="visually-hidden">{name.form}</span>
          </button>
        )}
      </td>
    </tr>
  )
}

function EventsOf({ events }: { events: EventSummary[] }) {
  return (
    <section aria-labelledby="entity-events">
      <h2 id="entity-events">Events ({events.length})</h2>
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

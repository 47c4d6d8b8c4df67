import { useState } from 'react'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { useLabels, useT } from '../../i18n'
import { EntityPage } from './EntityPage'

/** People, states, parties, places and concepts, found by any of their names; one opens as a page. */
export function EntitiesView({ initialEntityId }: { initialEntityId?: string }) {
  const [text, setText] = useState('')
  const [selected, setSelected] = useState(initialEntityId)
  const version = useLibraryVersion()
  const t = useT()
  const labels = useLabels()
  const input = text.trim() ? { text: text.trim() } : {}
  const entities = useCall('entities.list', input, `${text}@${version}`)
  return (
    <main id="main" className="entities-view" tabIndex={-1}>
      <h1 className="visually-hidden">{t('entities.title')}</h1>
      <nav className="entity-index" aria-label={t('entities.title')}>
        <label>
          {t('entities.find')} <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        {entities.status === 'error' && <p role="alert">{entities.message}</p>}
        {entities.status === 'done' && (
          <ul>
            {entities.value.map((entity) => (
              <li key={entity.id}>
                <button
                  type="button"
                  aria-current={entity.id === selected ? 'true' : undefined}
                  onClick={() => setSelected(entity.id)}
                >
                  {entity.preferredName} <span className="muted">({t('entities.listDetail', { type: labels.vocab('entityType', entity.type), events: t('count.event', { count: entity.eventCount }) })})</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </nav>
      <div className="entity-page-pane">
        {selected ? <EntityPage id={selected} /> : <p className="hint">{t('entities.choose')}</p>}
      </div>
    </main>
  )
}

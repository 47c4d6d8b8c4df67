import { useState } from 'react'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { useT } from '../../i18n'
import type { Output } from '../../../../shared/api/contract'
import { CollectionDialog } from './CollectionDialog'
import { countryName, RepositoryDialog } from './RepositoryDialog'

/** The archives findings can come from, with those the researcher (or a colleague) added, and a way to add one. */
export function RepositoriesPanel() {
  const version = useLibraryVersion()
  const list = useCall('repositories.list', {}, String(version))
  const [adding, setAdding] = useState(false)
  const [collectionAt, setCollectionAt] = useState<Output<'repositories.list'>[number]>()
  const [notice, setNotice] = useState('')
  const t = useT()
  return (
    <section className="repositories-panel" aria-labelledby="repositories-title">
      <h2 id="repositories-title">{t('actions.repositories')}</h2>
      <p className="muted">{t('actions.repositories.about')}</p>
      <button type="button" onClick={() => setAdding(true)}>
        {t('actions.repository.addMenu')}
      </button>{' '}
      {notice && <span role="status">{notice}</span>}
      {list.status === 'error' && <p role="alert">{list.message}</p>}
      {list.status === 'done' && (
        <table className="repositories">
          <thead>
            <tr>
              <th scope="col">{t('actions.repositories.name')}</th>
              <th scope="col">{t('actions.repositories.otherNames')}</th>
              <th scope="col">{t('actions.repositories.place')}</th>
              <th scope="col">{t('actions.repositories.collections')}</th>
              <th scope="col">{t('actions.repositories.addedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {list.value.map((r) => (
              <tr key={r.id}>
                <td>{r.name}</td>
                <td>
                  {r.names
                    .filter((n) => n.form !== r.name && n.relation !== 'abbreviation')
                    .slice(0, 2)
                    .map((n, i) => (
                      <span key={n.form} lang={n.lang}>
                        {i > 0 && ' · '}
                        {n.form}
                      </span>
                    ))}
                </td>
                <td>{[r.city, r.country && countryName(r.country)].filter(Boolean).join(', ')}</td>
                <td>
                  {(r.collections ?? []).join('; ')}{' '}
                  <button type="button" className="link-button" aria-label={t('actions.collection.addTo', { name: r.name })} onClick={() => setCollectionAt(r)}>
                    {t('actions.collection.addShort')}
                  </button>
                </td>
                <td>{t(r.origin === 'user' ? 'actions.repositories.byYou' : 'actions.repositories.bundled')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding && (
        <RepositoryDialog
          onDone={(added) => {
            setAdding(false)
            if (added) setNotice(t('actions.repositories.added', { name: added.name }))
          }}
        />
      )}
      {collectionAt && (
        <CollectionDialog
          repository={collectionAt}
          onDone={(added) => {
            setCollectionAt(undefined)
            if (added) setNotice(t('actions.collection.added', { collection: added.collection, name: added.repository.name }))
          }}
        />
      )}
    </section>
  )
}

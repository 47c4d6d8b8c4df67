import { useState } from 'react'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { RepositoryDialog } from './RepositoryDialog'

const regions = new Intl.DisplayNames(['en'], { type: 'region' })
const countryName = (code: string): string => regions.of(code) ?? code

/** The archives findings can come from, with those the researcher (or a colleague) added, and a way to add one. */
export function RepositoriesPanel() {
  const version = useLibraryVersion()
  const list = useCall('repositories.list', {}, String(version))
  const [adding, setAdding] = useState(false)
  const [notice, setNotice] = useState('')
  return (
    <section className="repositories-panel" aria-labelledby="repositories-title">
      <h2 id="repositories-title">Repositories</h2>
      <p className="muted">The archives and collections your findings come from. One you add reaches your colleagues with your next sync.</p>
      <button type="button" onClick={() => setAdding(true)}>
        Add a repository…
      </button>{' '}
      <span role="status">{notice}</span>
      {list.status === 'error' && <p role="alert">{list.message}</p>}
      {list.status === 'done' && (
        <table className="repositories">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Other names</th>
              <th scope="col">Place</th>
              <th scope="col">Collections</th>
              <th scope="col">Added by</th>
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
                <td>{(r.collections ?? []).join('; ')}</td>
                <td>{r.origin === 'user' ? 'You or a colleague' : 'Comes with the app'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding && (
        <RepositoryDialog
          onDone={(added) => {
            setAdding(false)
            if (added) setNotice(`Added ${added.name}`)
          }}
        />
      )}
    </section>
  )
}

import { useCall } from '../../api/useCall'
import { BackupsPanel } from './BackupsPanel'
import { RepositoriesPanel } from './RepositoriesPanel'

/** Readable names for the record counts of `app.info`. */
const COUNT_LABELS: Record<string, string> = {
  essaySections: 'Essay sections',
  essayParagraphs: 'Essay paragraphs',
  events: 'Events',
  entities: 'People, places and institutions',
  entityNames: 'Names (all scripts)',
}

/** What this library is: where it lives, its version and what it holds. */
export function LibraryView() {
  const info = useCall('app.info', {})
  return (
    <main id="main" className="library-view" tabIndex={-1}>
      <h1>Library</h1>
      {info.status === 'loading' && <p className="loading">Reading the library…</p>}
      {info.status === 'error' && <p role="alert">{info.message}</p>}
      {info.status === 'done' && (
        <dl className="facts">
          <dt>Folder</dt>
          <dd>
            <code>{info.value.dataDir}</code>
          </dd>
          <dt>App version</dt>
          <dd>{info.value.appVersion}</dd>
          <dt>Schema version</dt>
          <dd>{info.value.schemaVersion}</dd>
          {Object.entries(info.value.counts).map(([name, count]) => (
            <div key={name} className="fact-row">
              <dt>{COUNT_LABELS[name] ?? name}</dt>
              <dd>{count.toLocaleString()}</dd>
            </div>
          ))}
        </dl>
      )}
      <RepositoriesPanel />
      <BackupsPanel />
    </main>
  )
}

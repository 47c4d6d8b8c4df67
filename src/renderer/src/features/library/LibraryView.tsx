import { useEffect, useState } from 'react'
import { useCall } from '../../api/useCall'
import { formatNumber } from '../../../../shared/i18n/format'
import { currentLocale, useLabels, useT } from '../../i18n'
import { BackupsPanel } from './BackupsPanel'
import { describeRestore, forgetRestoreResult, readRestoreResult } from './restoreNotice'
import { RepositoriesPanel } from './RepositoriesPanel'

/**
 * What this library is: where it lives, its version and what it holds. After a restore (which
 * reloads the page on this view) it first says what was restored, above everything else.
 */
export function LibraryView() {
  const info = useCall('app.info', {})
  const [restored] = useState(readRestoreResult)
  useEffect(forgetRestoreResult, [])
  const t = useT()
  const labels = useLabels()
  return (
    <main id="main" className="library-view" tabIndex={-1}>
      <h1>{t('library.title')}</h1>
      {restored && (
        <p role="status" className="notice">
          {describeRestore(restored, t, currentLocale())}
        </p>
      )}
      {info.status === 'loading' && <p className="loading">{t('library.reading')}</p>}
      {info.status === 'error' && <p role="alert">{info.message}</p>}
      {info.status === 'done' && (
        <dl className="facts">
          <dt>{t('library.folder')}</dt>
          <dd>
            <code>{info.value.dataDir}</code>
          </dd>
          <dt>{t('library.appVersion')}</dt>
          <dd>{info.value.appVersion}</dd>
          <dt>{t('library.schemaVersion')}</dt>
          <dd>{info.value.schemaVersion}</dd>
          {Object.entries(info.value.counts).map(([name, count]) => (
            <div key={name} className="fact-row">
              <dt>{labels.vocab('libraryCount', name)}</dt>
              <dd>{formatNumber(count, currentLocale())}</dd>
            </div>
          ))}
        </dl>
      )}
      <RepositoriesPanel />
      <BackupsPanel />
    </main>
  )
}

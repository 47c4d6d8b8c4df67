import { useState } from 'react'
import type { Finding } from '../../../../shared/model/finding'
import type { FindingSummary } from '../../../../shared/model/findingList'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { formatDay, formatEdtf } from '../../../../shared/i18n/format'
import { currentLocale, useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'
import { CitationBlock } from '../exports/CitationBlock'
import { openFindingEditor } from '../findingEditor/openEditor'
import { HistoryView } from '../history/HistoryView'
import { PagesStrip } from '../pages/PagesStrip'
import { ConflictList } from './ConflictList'
import { DetailFields } from './DetailFields'
import { DetailTabs, type DetailTab } from './DetailTabs'
import { useFindingsVersion } from './useFindingsVersion'

interface Props {
  id: string
  repositoryName(id: string): string
  /** Shows another finding here (one of the same document's). */
  onOpen(id: string): void
}

/** Everything about one finding, grouped, with its document's other findings, conflicts and actions. */
export function FindingDetail({ id, repositoryName, onOpen }: Props) {
  const version = useFindingsVersion()
  const [tab, setTab] = useState<DetailTab>('details')
  // While a change is reloaded, the finding stays on screen (and an open page viewer stays open).
  const result = useCall('findings.get', { id }, `${id}@${version}`, id)
  const t = useT()
  if (result.status === 'loading') return <p className="loading">{t('findings.loadingOne')}</p>
  if (result.status === 'error') return <p role="alert">{result.message}</p>
  const { finding, same_document: others } = result.value
  return (
    <article className="finding-detail" aria-labelledby="finding-detail-title">
      <header className="finding-detail-head">
        <h2 id="finding-detail-title">{finding.title_or_description}</h2>
        <p className="finding-meta">
          <span>{formatEdtf(finding.doc_date, currentLocale(), t)}</span> · <span>{repositoryName(finding.repository_id)}</span> · <span>{finding.reference_raw}</span>
        </p>
        <div className="finding-actions">
          <button type="button" onClick={() => openFindingEditor({ findingId: finding.id })} disabled={finding.deleted}>
            {t('findings.edit')}
          </button>
          {finding.conflicts.length > 0 && (
            <span className="badge badge-conflict">
              {t('count.conflict', { count: finding.conflicts.length })}
            </span>
          )}
        </div>
      </header>
      {finding.deleted && <DeletedNotice finding={finding} />}
      <DetailTabs tab={tab} onChange={setTab}>
        {tab === 'history' ? (
          <HistoryView id={finding.id} lang={finding.original_language} version={version} />
        ) : (
          <>
            {others.length > 0 && <SameDocument others={others} onOpen={onOpen} />}
            {finding.conflicts.length > 0 && <ConflictList conflicts={finding.conflicts} />}
            <PagesStrip finding={finding} />
            <DetailFields finding={finding} repositoryName={repositoryName} />
            <CitationBlock id={finding.id} version={version} />
          </>
        )}
      </DetailTabs>
    </article>
  )
}

function DeletedNotice({ finding }: { finding: Finding }) {
  const [error, setError] = useState<string>()
  const t = useT()
  async function restore(): Promise<void> {
    try {
      await call('findings.restore', { ids: [finding.id] })
    } catch (e) {
      setError(errorText(e))
    }
  }
  return (
    <div className="notice notice-deleted" role="note" aria-label={t('findings.inTrashBadge')}>
      <p>{t('findings.deletedSince', { date: finding.deleted_at ? formatDay(finding.deleted_at.slice(0, 10), currentLocale()) : t('findings.unknownDay') })}</p>
      <button type="button" onClick={() => void restore()}>
        {t('common.restore')}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}

/** The other findings on the same archival document (same reference key), e.g. two citations of one file. */
function SameDocument({ others, onOpen }: { others: readonly FindingSummary[]; onOpen(id: string): void }) {
  const t = useT()
  return (
    <div className="notice notice-same-document" role="note" aria-label={t('findings.sameDocumentNote')}>
      <p>{t('findings.sameDocumentAs', { count: others.length })}</p>
      <ul>
        {others.map((other) => (
          <li key={other.id}>
            <button type="button" className="link-button" onClick={() => onOpen(other.id)}>
              {other.title}
            </button>{' '}
            <span className="muted">
              ({other.reference_raw}
              {other.deleted ? t('findings.otherInTrash') : ''})
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { ViewLink } from '../../navigation'
import { formatEdtf } from '../../../../shared/i18n/format'
import { currentLocale, useLabels, useT } from '../../i18n'

/** The finding selected on the axis, in brief, with the way to its full record in the findings view. */
export function FindingCard({ id }: { id: string }) {
  const version = useLibraryVersion()
  const result = useCall('findings.get', { id }, `${id}@${version}`)
  const t = useT()
  const labels = useLabels()
  if (result.status === 'loading') return <p className="loading">{t('timeline.loadingFinding')}</p>
  if (result.status === 'error') return <p role="alert">{result.message}</p>
  const { finding, same_document: others } = result.value
  const certain = finding.doc_date_certainty === 'exact'
  return (
    <article className="event-details" aria-labelledby="finding-card-title">
      <h2 id="finding-card-title">{finding.title_or_description}</h2>
      <p className="event-meta">
        <span>{t('timeline.finding')}</span> · <span>{formatEdtf(finding.doc_date, currentLocale(), t)}</span>
        {!certain && <span> {t('timeline.dateCertainty', { certainty: labels.vocab('dateCertainty', finding.doc_date_certainty).toLowerCase() })}</span>} ·{' '}
        <span>{labels.vocab('docType', finding.doc_type)}</span> · <span>{labels.vocab('language', finding.original_language)}</span> ·{' '}
        <span>{labels.vocab('confidence', finding.confidence)}</span>
      </p>
      <p className="muted">{finding.reference_raw}</p>
      {finding.title_original && <p lang={finding.original_language}>{finding.title_original}</p>}
      <p>{finding.summary_en}</p>
      {finding.claim_links.length > 0 && (
        <p>{t('timeline.stances', { stances: [...new Set(finding.claim_links.map((c) => labels.vocab('stance', c.stance)))].join(', ') })}</p>
      )}
      {others.length > 0 && <p className="muted">{t('timeline.sameDocument', { count: others.length })}</p>}
      <ViewLink to={{ view: 'findings', findingId: finding.id }}>{t('timeline.openInFindings')}</ViewLink>
    </article>
  )
}

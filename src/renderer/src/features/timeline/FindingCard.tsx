import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { ViewLink } from '../../navigation'
import { humanize, languageName } from '../findings/labels'

/** The finding selected on the axis, in brief, with the way to its full record in the findings view. */
export function FindingCard({ id }: { id: string }) {
  const version = useLibraryVersion()
  const result = useCall('findings.get', { id }, `${id}@${version}`)
  if (result.status === 'loading') return <p className="loading">Loading the finding…</p>
  if (result.status === 'error') return <p role="alert">{result.message}</p>
  const { finding, same_document: others } = result.value
  const certain = finding.doc_date_certainty === 'exact'
  return (
    <article className="event-details" aria-labelledby="finding-card-title">
      <h2 id="finding-card-title">{finding.title_or_description}</h2>
      <p className="event-meta">
        <span>Finding</span> · <span>{finding.doc_date}</span>
        {!certain && <span> ({humanize(finding.doc_date_certainty).toLowerCase()} date)</span>} ·{' '}
        <span>{humanize(finding.doc_type)}</span> · <span>{languageName(finding.original_language)}</span> ·{' '}
        <span>{humanize(finding.confidence)}</span>
      </p>
      <p className="muted">{finding.reference_raw}</p>
      {finding.title_original && <p lang={finding.original_language}>{finding.title_original}</p>}
      <p>{finding.summary_en}</p>
      {finding.claim_links.length > 0 && (
        <p>Stances: {[...new Set(finding.claim_links.map((c) => humanize(c.stance)))].join(', ')}</p>
      )}
      {others.length > 0 && <p className="muted">Same document as {others.length} other finding{others.length === 1 ? '' : 's'}.</p>}
      <ViewLink to={{ view: 'findings', findingId: finding.id }}>Open in Findings</ViewLink>
    </article>
  )
}

import { STANCES } from '../../../../shared/model/findingVocab'
import { useLabels, useT } from '../../i18n'

/** What the badges in the margins mean: findings on the left (a bar per stance), events on the right. */
export function BadgeLegend() {
  const t = useT()
  const labels = useLabels()
  return (
    <aside className="badge-legend" aria-label={t('essay.legendLabel')}>
      <span>
        <span className="legend-swatch finding-swatch" aria-hidden="true">
          {2}
        </span>{' '}
        {t('essay.legendFindings')}
      </span>
      {STANCES.map((stance) => (
        <span key={stance} className="legend-stance">
          <span className={`legend-dot stance-${stance}`} aria-hidden="true" /> {labels.vocab('stance', stance)}
        </span>
      ))}
      <span className="legend-stance">
        <span className="legend-dot stance-tagged" aria-hidden="true" /> {t('essay.legendTagged')}
      </span>
      <span>
        <span className="legend-swatch event-swatch" aria-hidden="true">
          {3}
        </span>{' '}
        {t('essay.legendEvents')}
      </span>
    </aside>
  )
}

import { STANCES } from '../../../../shared/model/findingVocab'

const STANCE_WORDS: Record<(typeof STANCES)[number] | 'tagged', string> = {
  supports: 'supports',
  qualifies: 'qualifies',
  contradicts: 'contradicts',
  context: 'context',
  tagged: 'linked without a stance',
}

/** What the badges in the margins mean: findings on the left (a bar per stance), events on the right. */
export function BadgeLegend() {
  return (
    <aside className="badge-legend" aria-label="What the margin badges mean">
      <span>
        <span className="legend-swatch finding-swatch" aria-hidden="true">
          2
        </span>{' '}
        Left margin: your findings on a section or paragraph, the bar coloured by stance:
      </span>
      {[...STANCES, 'tagged' as const].map((stance) => (
        <span key={stance} className="legend-stance">
          <span className={`legend-dot stance-${stance}`} aria-hidden="true" /> {STANCE_WORDS[stance]}
        </span>
      ))}
      <span>
        <span className="legend-swatch event-swatch" aria-hidden="true">
          3
        </span>{' '}
        Right margin: events on the timeline that bear on it. Select a badge to list them.
      </span>
    </aside>
  )
}

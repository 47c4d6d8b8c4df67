import type { EssayParagraph } from '../../../../shared/model/essay'
import type { EssayPassage, StanceCounts } from '../../../../shared/model/findingCounts'
import { openFindingEditor } from '../findingEditor/openEditor'
import { useLabels, useT } from '../../i18n'
import { EventCountBadge } from './EventCountBadge'
import { FindingCountBadge } from './FindingCountBadge'
import { paragraphPlainText, placePassages, segmentRuns, type Segment } from './passages'

interface Props {
  paragraph: EssayParagraph
  /** The title of the paragraph's section, to name the paragraph in words. */
  sectionTitle: string
  eventCount: number
  findingCounts: StanceCounts | undefined
  passages: readonly EssayPassage[]
}

/** One essay paragraph, with anchored passages highlighted and the badges of events and findings beside it. */
export function EssayParagraphView({ paragraph, sectionTitle, eventCount, findingCounts, passages }: Props) {
  const text = paragraphPlainText(paragraph)
  const { placed, orphans } = placePassages(text, passages)
  const t = useT()
  const target = useLabels().paragraph(paragraph.id, () => sectionTitle)
  // The badges sit beside the paragraph, not inside it: their lists are not paragraph text.
  return (
    <div className="paragraph-block">
      <p id={paragraph.id} className="paragraph" data-text={text}>
        {segmentRuns(paragraph.runs, placed).map((segment, i) => (
          <SegmentView key={i} segment={segment} />
        ))}
        <a className="anchor-link" href={`#${paragraph.id}`} aria-label={t('essay.linkToParagraph', { paragraph: target })}>
          ¶
        </a>
      </p>
      <FindingCountBadge counts={findingCounts} target={{ paragraph: paragraph.id }} label={target} />
      <EventCountBadge count={eventCount} target={{ paragraph: paragraph.id }} label={target} />
      {orphans.length > 0 && (
        <div className="orphans">
          <p>{t('essay.orphans')}</p>
          <ul>
            {orphans.map((orphan) => (
              <li key={`${orphan.finding_id}-${orphan.anchor.position.start}`}>
                “{orphan.anchor.quote.exact}” —{' '}
                <button type="button" className="link-button" onClick={() => openFindingEditor({ findingId: orphan.finding_id })}>
                  {orphan.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}

/** Plain text, or a <mark> per passage that covers it; React builds text nodes, never HTML strings. */
function SegmentView({ segment }: { segment: Segment }) {
  const t = useT()
  const labels = useLabels()
  const inner = segment.missingLink ? (
    <span className="missing-link" title={t('essay.missingLink')}>
      {segment.text}
    </span>
  ) : (
    segment.text
  )
  if (segment.passages.length === 0) return <>{inner}</>
  const first = segment.passages[0]!
  return (
    <mark
      className={`passage stance-${first.stance}${segment.passages.length > 1 ? ' overlap' : ''}`}
      title={segment.passages.map((p) => t('essay.passageTitle', { stance: labels.vocab('stance', p.stance), title: p.title })).join('\n')}
      data-finding-ids={segment.passages.map((p) => p.finding_id).join(' ')}
      onClick={() => openFindingEditor({ findingId: first.finding_id })}
    >
      {inner}
    </mark>
  )
}

import type { Essay, EssaySection } from '../../../../shared/model/essay'
import type { EssayEventCounts } from '../../../../shared/model/event'
import type { EssayFindingCounts, EssayPassage } from '../../../../shared/model/findingCounts'
import { useT } from '../../i18n'
import { EssayParagraphView } from './EssayParagraphView'
import { EventCountBadge } from './EventCountBadge'
import { FindingCountBadge } from './FindingCountBadge'
import { paragraphPlainText } from './passages'

const NO_COUNTS: EssayEventCounts = { sections: {}, paragraphs: {} }

/** What the reader shows of the researcher's findings: counts beside the text, anchored passages in it. */
export interface EssayFindings {
  counts: EssayFindingCounts
  passages: readonly EssayPassage[]
}
const NO_FINDINGS: EssayFindings = { counts: { sections: {}, paragraphs: {} }, passages: [] }

/** The essay exactly as bundled: headings, then paragraphs whose ids are the outline's ids. */
export function EssayText({
  essay,
  counts = NO_COUNTS,
  findings = NO_FINDINGS,
}: {
  essay: Essay
  counts?: EssayEventCounts
  findings?: EssayFindings
}) {
  const [series, titleBlock] = essay.frontMatter
  const [title, byline, date] = titleBlock ? paragraphPlainText(titleBlock).split('\n') : []
  return (
    <article className="essay" lang="en">
      <header className="essay-header">
        {series && (
          <p id={series.id} className="series">
            {paragraphPlainText(series)}
          </p>
        )}
        <div id={titleBlock?.id}>
          <h1 className="essay-title">{title}</h1>
          <p className="byline">{byline}</p>
          <p className="dateline">{date}</p>
        </div>
      </header>
      {essay.sections.map((section) => (
        <Section key={section.slug} section={section} counts={counts} findings={findings} />
      ))}
    </article>
  )
}

function Section({ section, counts, findings }: { section: EssaySection; counts: EssayEventCounts; findings: EssayFindings }) {
  const headingId = `${section.slug}-heading`
  const t = useT()
  const target = t('essay.sectionLabel', { title: section.title })
  // Source collections open with their own name as a lead-in, so their heading is for
  // screen readers and the contents pane only; repeating it visibly would duplicate words.
  const Heading = section.level === 1 ? 'h2' : 'h3'
  const hasBadges = (findings.counts.sections[section.slug]?.total ?? 0) > 0 || (counts.sections[section.slug] ?? 0) > 0
  return (
    <section id={section.slug} aria-labelledby={headingId} className={`section level-${section.level}`}>
      <Heading id={headingId} className={section.level === 1 ? 'section-title' : 'visually-hidden'}>
        {section.title}
      </Heading>
      {hasBadges && (
        // The section's badges have a line of their own, so they never sit on a paragraph's.
        <div className="section-badges">
          <FindingCountBadge counts={findings.counts.sections[section.slug]} target={{ section: section.slug }} label={target} />
          <EventCountBadge count={counts.sections[section.slug] ?? 0} target={{ section: section.slug }} label={target} />
        </div>
      )}
      {section.paragraphs.map((paragraph) => (
        <EssayParagraphView
          key={paragraph.id}
          paragraph={paragraph}
          sectionTitle={section.title}
          eventCount={counts.paragraphs[paragraph.id] ?? 0}
          findingCounts={findings.counts.paragraphs[paragraph.id]}
          passages={findings.passages.filter((p) => p.paragraph_id === paragraph.id)}
        />
      ))}
    </section>
  )
}

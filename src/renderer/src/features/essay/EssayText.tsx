import type { Essay, EssayParagraph, EssaySection, TextRun } from '../../../../shared/model/essay'
import type { EssayEventCounts } from '../../../../shared/model/event'
import { EventCountBadge } from './EventCountBadge'

const NO_COUNTS: EssayEventCounts = { sections: {}, paragraphs: {} }

/** The essay exactly as bundled: headings, then paragraphs whose ids are the outline's ids. */
export function EssayText({ essay, counts = NO_COUNTS }: { essay: Essay; counts?: EssayEventCounts }) {
  const [series, titleBlock] = essay.frontMatter
  const [title, byline, date] = titleBlock ? plainText(titleBlock).split('\n') : []
  return (
    <article className="essay" lang="en">
      <header className="essay-header">
        {series && (
          <p id={series.id} className="series">
            {plainText(series)}
          </p>
        )}
        <div id={titleBlock?.id}>
          <h1 className="essay-title">{title}</h1>
          <p className="byline">{byline}</p>
          <p className="dateline">{date}</p>
        </div>
      </header>
      {essay.sections.map((section) => (
        <Section key={section.slug} section={section} counts={counts} />
      ))}
    </article>
  )
}

function Section({ section, counts }: { section: EssaySection; counts: EssayEventCounts }) {
  const headingId = `${section.slug}-heading`
  // Source collections open with their own name as a lead-in, so their heading is for
  // screen readers and the contents pane only; repeating it visibly would duplicate words.
  const Heading = section.level === 1 ? 'h2' : 'h3'
  return (
    <section id={section.slug} aria-labelledby={headingId} className={`section level-${section.level}`}>
      <Heading id={headingId} className={section.level === 1 ? 'section-title' : 'visually-hidden'}>
        {section.title}
      </Heading>
      <EventCountBadge
        count={counts.sections[section.slug] ?? 0}
        target={{ section: section.slug }}
        label={`the section “${section.title}”`}
      />
      {section.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph.id} paragraph={paragraph} count={counts.paragraphs[paragraph.id] ?? 0} />
      ))}
    </section>
  )
}

function Paragraph({ paragraph, count }: { paragraph: EssayParagraph; count: number }) {
  // The badge sits beside the paragraph, not inside it: its list of events is not paragraph text.
  return (
    <div className="paragraph-block">
      <p id={paragraph.id} className="paragraph">
        {paragraph.runs.map((run, i) => (
          <Run key={i} run={run} />
        ))}
        <a className="anchor-link" href={`#${paragraph.id}`} aria-label={`Link to paragraph ${paragraph.id}`}>
          ¶
        </a>
      </p>
      <EventCountBadge count={count} target={{ paragraph: paragraph.id }} label={`paragraph ${paragraph.id}`} />
    </div>
  )
}

function Run({ run }: { run: TextRun }) {
  if (!run.missingLink) return <>{run.text}</>
  return (
    <span className="missing-link" title="The source links this phrase, but the link's target was not preserved">
      {run.text}
    </span>
  )
}

function plainText(paragraph: EssayParagraph): string {
  return paragraph.runs.map((run) => run.text).join('')
}

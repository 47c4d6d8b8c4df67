import type { Essay, EssayParagraph, EssaySection, TextRun } from '../../../../shared/model/essay'

/** The essay exactly as bundled: headings, then paragraphs whose ids are the outline's ids. */
export function EssayText({ essay }: { essay: Essay }) {
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
        <Section key={section.slug} section={section} />
      ))}
    </article>
  )
}

function Section({ section }: { section: EssaySection }) {
  const headingId = `${section.slug}-heading`
  // Source collections open with their own name as a lead-in, so their heading is for
  // screen readers and the contents pane only; repeating it visibly would duplicate words.
  const Heading = section.level === 1 ? 'h2' : 'h3'
  return (
    <section id={section.slug} aria-labelledby={headingId} className={`section level-${section.level}`}>
      <Heading id={headingId} className={section.level === 1 ? 'section-title' : 'visually-hidden'}>
        {section.title}
      </Heading>
      {section.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph.id} paragraph={paragraph} />
      ))}
    </section>
  )
}

function Paragraph({ paragraph }: { paragraph: EssayParagraph }) {
  return (
    <p id={paragraph.id} className="paragraph">
      {paragraph.runs.map((run, i) => (
        <Run key={i} run={run} />
      ))}
      <a className="anchor-link" href={`#${paragraph.id}`} aria-label={`Link to paragraph ${paragraph.id}`}>
        ¶
      </a>
    </p>
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

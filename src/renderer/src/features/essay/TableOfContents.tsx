import type { Essay } from '../../../../shared/model/essay'

/** Links to every section anchor; nested entries are the source collections. */
export function TableOfContents({ essay }: { essay: Essay }) {
  return (
    <nav className="toc" aria-label="Essay contents">
      <h2 className="toc-title">Contents</h2>
      <ol>
        {essay.sections.map((section) => (
          <li key={section.slug} className={`toc-level-${section.level}`}>
            <a href={`#${section.slug}`}>{section.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}

import type { Essay } from '../../../../shared/model/essay'
import { useT } from '../../i18n'

/** Links to every section anchor; nested entries are the source collections. */
export function TableOfContents({ essay }: { essay: Essay }) {
  const t = useT()
  return (
    <nav className="toc" aria-label={t('essay.contentsLabel')}>
      <h2 className="toc-title">{t('essay.contents')}</h2>
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

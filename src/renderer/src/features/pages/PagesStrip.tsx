import { useState } from 'react'
import type { Finding } from '../../../../shared/model/finding'
import { PageThumbnail } from './PageThumbnail'
import { PageViewer } from './PageViewer'
import { usePageFiles } from './usePageFiles'
import { useT } from '../../i18n'

/** The finding's pages in order on its detail pane; each opens the viewer at that page. */
export function PagesStrip({ finding }: { finding: Finding }) {
  const pages = finding.attachments
  const { files } = usePageFiles(pages.map((p) => p.sha256))
  const [viewing, setViewing] = useState<number>()
  const t = useT()
  if (pages.length === 0) return null
  const regions = finding.regions.length
  return (
    <section className="pages-strip" aria-labelledby="pages-strip-title">
      <h3 id="pages-strip-title">
        {t('pages.stripTitle', { n: pages.length })}
        {regions > 0 && <span className="muted"> · {t('pages.regionsLinked', { count: regions })}</span>}
      </h3>
      <ol>
        {pages.map((page, i) => (
          <li key={page.sha256}>
            <PageThumbnail name={page.name} file={files.get(page.sha256)} onOpen={() => setViewing(i)} label={t('pages.openInViewer', { n: i + 1, name: page.name })} />
            <span className="file-name">{i + 1}. {page.name}</span>
          </li>
        ))}
      </ol>
      {viewing !== undefined && <PageViewer pages={pages} start={viewing} finding={finding} onClose={() => setViewing(undefined)} />}
    </section>
  )
}

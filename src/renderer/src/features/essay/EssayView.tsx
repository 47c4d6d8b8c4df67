import { useEffect, type ReactNode } from 'react'
import type { Essay } from '../../../../shared/model/essay'
import { useCall } from '../../api/useCall'
import { useLibraryVersion } from '../../api/useLibraryVersion'
import { useT } from '../../i18n'
import { BadgeLegend } from './BadgeLegend'
import { EssayText } from './EssayText'
import { PassageSelection } from './PassageSelection'
import { TableOfContents } from './TableOfContents'

/** The essay reader: contents pane, divider, and the text with linkable anchors. */
export function EssayView({ splitter }: { splitter: ReactNode }) {
  const essay = useCall('essay.get', {})
  const version = useLibraryVersion()
  const counts = useCall('essay.eventCounts', {}, String(version))
  const findingCounts = useCall('essay.findingCounts', {}, String(version))
  const passages = useCall('essay.findingPassages', {}, String(version))
  const t = useT()
  useScrollToHash(essay.status === 'done')
  if (essay.status === 'loading') return <p className="loading">{t('essay.loading')}</p>
  if (essay.status === 'error') return <p role="alert">{essay.message}</p>
  return (
    <>
      <TableOfContents essay={essay.value} />
      {splitter}
      <main id="main" className="reader" tabIndex={-1}>
        <BadgeLegend />
        <EssayText
          essay={essay.value}
          counts={counts.status === 'done' ? counts.value : undefined}
          findings={
            findingCounts.status === 'done' && passages.status === 'done'
              ? { counts: findingCounts.value, passages: passages.value }
              : undefined
          }
        />
        <PassageSelection />
        <Attribution essay={essay.value} />
      </main>
    </>
  )
}

/** Once the text is in the page, honour a `#section` or `#paragraph` fragment in the URL. */
function useScrollToHash(ready: boolean): void {
  useEffect(() => {
    if (!ready) return
    const id = decodeURIComponent(window.location.hash.slice(1))
    if (id) document.getElementById(id)?.scrollIntoView()
  }, [ready])
}

function Attribution({ essay }: { essay: Essay }) {
  const t = useT()
  return (
    <footer className="attribution">
      <p>{t('essay.attribution', { author: essay.author, title: essay.title, date: essay.date, series: essay.series })}</p>
      <p className="checksum">
        {t('essay.checksum')} <code>{essay.sha256}</code>
      </p>
    </footer>
  )
}

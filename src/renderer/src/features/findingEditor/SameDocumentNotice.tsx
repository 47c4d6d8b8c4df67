import { useEffect, useState } from 'react'
import type { FindingSummary } from '../../../../shared/model/findingList'
import { call } from '../../api/client'
import { formatEdtf } from '../../../../shared/i18n/format'
import { currentLocale, useT } from '../../i18n'
import { openFindingEditor } from './openEditor'

/** Waits this long after the last keystroke before asking which findings share the document. */
const LOOKUP_DELAY_MS = 300

/**
 * "Same document as …": the findings already logged on the document this reference names
 * (archival-model.md §3.4). They are linked by the shared document, never merged.
 */
export function SameDocumentNotice({ repositoryId, referenceRaw, findingId }: { repositoryId: string; referenceRaw: string; findingId?: string }) {
  const [others, setOthers] = useState<FindingSummary[]>([])
  const t = useT()
  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      call('findings.sameDocument', { repository_id: repositoryId, reference_raw: referenceRaw }).then(
        (found) => current && setOthers(found.findings.filter((f) => f.id !== findingId)),
        () => current && setOthers([]),
      )
    }, LOOKUP_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [repositoryId, referenceRaw, findingId])
  if (others.length === 0) return null
  return (
    <div className="same-document" role="status">
      {t('editor.sameDocument')}
      <ul>
        {others.map((other) => (
          <li key={other.id}>
            <button type="button" className="link-button" onClick={() => openFindingEditor({ findingId: other.id })}>
              {other.title}
            </button>{' '}
            <span className="muted">
              {other.reference_raw} · {formatEdtf(other.doc_date, currentLocale(), t)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

import { useState } from 'react'
import { useCall } from '../../api/useCall'
import { CITATION_STYLE_LABELS } from './citationStyles'
import { markCited, startNewReport, useCitedInReport } from './citedInReport'

async function copyText(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text)
    return ''
  } catch {
    return 'Copying is not allowed here: select the text and press Ctrl+C (⌘C on a Mac).'
  }
}

/**
 * A finding's citation in its style: "Copy note" gives the full note the first time the document is
 * cited in the current report and the short note after; each form can also be copied by itself.
 */
export function CitationBlock({ id, version }: { id: string; version: number }) {
  const cite = useCall('export.cite', { id }, `${id}@${version}`)
  const cited = useCitedInReport()
  const [status, setStatus] = useState('')
  const citedBefore = cited.includes(id)

  async function copyNote(note: string, shortNote: string): Promise<void> {
    const problem = await copyText(citedBefore ? shortNote : note)
    if (problem === '') markCited(id)
    setStatus(problem || (citedBefore ? 'Copied the short note: this document is already cited in this report.' : 'Copied the full note.'))
  }

  return (
    <section className="citation" aria-labelledby="citation-title">
      <h3 id="citation-title">Citation</h3>
      {cite.status === 'loading' && <p className="loading">Formatting the citation…</p>}
      {cite.status === 'error' && <p role="alert">{cite.message}</p>}
      {cite.status === 'done' && (
        <>
          <p className="muted">
            {CITATION_STYLE_LABELS[cite.value.style]}. {cited.length === 0 ? 'No document cited yet in this report.' : `${cited.length} ${cited.length === 1 ? 'document' : 'documents'} cited in this report.`}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => void copyNote(cite.value.note, cite.value.short_note)}>
              {citedBefore ? 'Copy note (short)' : 'Copy note (full)'}
            </button>{' '}
            <button type="button" onClick={() => { startNewReport(); setStatus('Started a new report: the next note copied is a full note.') }}>
              Start a new report
            </button>
          </div>
          <p role="status" className="muted">{status}</p>
          <CopyableText label="Full note" text={cite.value.note} />
          <CopyableText label="Short note" text={cite.value.short_note} />
          <CopyableText label="Bibliography" text={cite.value.bibliography} />
        </>
      )}
    </section>
  )
}

function CopyableText({ label, text }: { label: string; text: string }) {
  const [status, setStatus] = useState('')
  return (
    <div className="citation-entry" role="group" aria-label={label}>
      <p className="citation-label">{label}</p>
      <p className="citation-text">{text}</p>
      <button type="button" onClick={() => void copyText(text).then((problem) => setStatus(problem || 'Copied'))} aria-label={`Copy the ${label.toLowerCase()}`}>
        Copy
      </button>{' '}
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  )
}

import { useState } from 'react'
import { useCall } from '../../api/useCall'

/** The Chicago note and bibliography entry for a finding's document, each with a Copy button. */
export function CitationBlock({ id, version }: { id: string; version: number }) {
  const cite = useCall('export.cite', { id }, `${id}@${version}`)
  return (
    <section className="citation" aria-labelledby="citation-title">
      <h3 id="citation-title">Chicago citation</h3>
      {cite.status === 'loading' && <p className="loading">Formatting the citation…</p>}
      {cite.status === 'error' && <p role="alert">{cite.message}</p>}
      {cite.status === 'done' && (
        <>
          <CopyableText label="Note" text={cite.value.note} />
          <CopyableText label="Bibliography" text={cite.value.bibliography} />
        </>
      )}
    </section>
  )
}

function CopyableText({ label, text }: { label: string; text: string }) {
  const [status, setStatus] = useState('')
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('Copied')
    } catch {
      setStatus('Copying is not allowed here: select the text and press Ctrl+C (⌘C on a Mac).')
    }
  }
  return (
    <div className="citation-entry" role="group" aria-label={label}>
      <p className="citation-label">{label}</p>
      <p className="citation-text">{text}</p>
      <button type="button" onClick={() => void copy()} aria-label={`Copy the ${label.toLowerCase()}`}>
        Copy
      </button>{' '}
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  )
}

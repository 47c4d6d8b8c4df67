import { useState } from 'react'
import { useCall } from '../../api/useCall'
import { useT } from '../../i18n'

/** The Chicago note and bibliography entry for a finding's document, each with a Copy button. */
export function CitationBlock({ id, version }: { id: string; version: number }) {
  const cite = useCall('export.cite', { id }, `${id}@${version}`)
  const t = useT()
  return (
    <section className="citation" aria-labelledby="citation-title">
      <h3 id="citation-title">{t('exports.citation')}</h3>
      {cite.status === 'loading' && <p className="loading">{t('exports.formatting')}</p>}
      {cite.status === 'error' && <p role="alert">{cite.message}</p>}
      {cite.status === 'done' && (
        <>
          <CopyableText label={t('exports.note')} text={cite.value.note} />
          <CopyableText label={t('exports.bibliography')} text={cite.value.bibliography} />
        </>
      )}
    </section>
  )
}

function CopyableText({ label, text }: { label: string; text: string }) {
  const [status, setStatus] = useState('')
  const t = useT()
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text)
      setStatus(t('common.copied'))
    } catch {
      setStatus(t('exports.copyRefused'))
    }
  }
  return (
    <div className="citation-entry" role="group" aria-label={label}>
      <p className="citation-label">{label}</p>
      <p className="citation-text">{text}</p>
      <button type="button" onClick={() => void copy()} aria-label={t('exports.copyLabel', { what: label })}>
        {t('common.copy')}
      </button>{' '}
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  )
}

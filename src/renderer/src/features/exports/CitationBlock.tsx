import { useState } from 'react'
import { useCall } from '../../api/useCall'
import { translate, useLabels, useT } from '../../i18n'
import { markCited, startNewReport, useCitedInReport } from './citedInReport'

async function copyText(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text)
    return ''
  } catch {
    return translate('exports.copyRefused')
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
  const t = useT()
  const labels = useLabels()

  async function copyNote(note: string, shortNote: string): Promise<void> {
    const problem = await copyText(citedBefore ? shortNote : note)
    if (problem === '') markCited(id)
    setStatus(problem || (citedBefore ? t('exports.copiedShort') : t('exports.copiedFull')))
  }

  return (
    <section className="citation" aria-labelledby="citation-title">
      <h3 id="citation-title">{t('exports.citation')}</h3>
      {cite.status === 'loading' && <p className="loading">{t('exports.formatting')}</p>}
      {cite.status === 'error' && <p role="alert">{cite.message}</p>}
      {cite.status === 'done' && (
        <>
          <p className="muted">
            {t('exports.styleAndReport', {
              style: labels.vocab('citationStyle', cite.value.style),
              cited: cited.length === 0 ? t('exports.noneCited') : t('exports.citedCount', { count: cited.length }),
            })}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => void copyNote(cite.value.note, cite.value.short_note)}>
              {citedBefore ? t('exports.copyNoteShort') : t('exports.copyNoteFull')}
            </button>{' '}
            <button type="button" onClick={() => { startNewReport(); setStatus(t('exports.newReportStarted')) }}>
              {t('exports.startNewReport')}
            </button>
          </div>
          <p role="status" className="muted">{status}</p>
          <CopyableText label={t('exports.fullNote')} text={cite.value.note} />
          <CopyableText label={t('exports.shortNote')} text={cite.value.short_note} />
          <CopyableText label={t('exports.bibliography')} text={cite.value.bibliography} />
        </>
      )}
    </section>
  )
}

function CopyableText({ label, text }: { label: string; text: string }) {
  const [status, setStatus] = useState('')
  const t = useT()
  return (
    <div className="citation-entry" role="group" aria-label={label}>
      <p className="citation-label">{label}</p>
      <p className="citation-text">{text}</p>
      <button type="button" onClick={() => void copyText(text).then((problem) => setStatus(problem || t('common.copied')))} aria-label={t('exports.copyLabel', { what: label })}>
        {t('common.copy')}
      </button>{' '}
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  )
}

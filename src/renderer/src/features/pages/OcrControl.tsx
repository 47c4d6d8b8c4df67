import { useState } from 'react'
import type { Finding } from '../../../../shared/model/finding'
import { OCR_LANGUAGES, VERTICAL_OCR_LANGUAGES, type OcrLanguage } from '../../../../shared/model/ocr'
import { openFindingEditor } from '../findingEditor/openEditor'
import { ocrLanguagesFor } from './ocrLanguages'
import { useOcrRun } from './useOcrRun'
import { useLabels, useT } from '../../i18n'

interface Props {
  finding: Finding
  page: { sha256: string; name: string }
  /** The page has lines read by OCR already: running it again adds its text a second time. */
  readBefore: boolean
}

/** "Run OCR on this page": languages chosen from the finding's, progress and cancel, then the text to correct. */
export function OcrControl({ finding, page, readBefore }: Props) {
  const [languages, setLanguages] = useState<OcrLanguage[]>(() => ocrLanguagesFor(finding.original_language))
  const [vertical, setVertical] = useState(false)
  const t = useT()
  const labels = useLabels()
  const { state, run, cancel } = useOcrRun(finding)
  const chinese = languages.some((l) => VERTICAL_OCR_LANGUAGES.includes(l))
  const toggle = (language: OcrLanguage, on: boolean) =>
    setLanguages((current) => (on ? [...current, language] : current.filter((l) => l !== language)))

  return (
    <details className="ocr-control" open={state.status !== 'idle' || finding.transcription === undefined}>
      <summary>{t('ocr.summary')}</summary>
      <fieldset disabled={state.status === 'running'}>
        <legend>{t('ocr.languages')}</legend>
        {OCR_LANGUAGES.map((language) => (
          <label key={language} className="checkbox">
            <input type="checkbox" checked={languages.includes(language)} onChange={(e) => toggle(language, e.target.checked)} />
            {labels.vocab('language', language)}
          </label>
        ))}
        {chinese && (
          <label className="checkbox">
            <input type="checkbox" checked={vertical} onChange={(e) => setVertical(e.target.checked)} />
            {t('ocr.vertical')}
          </label>
        )}
      </fieldset>
      {state.status === 'running' ? (
        <p role="status">
          <progress max={state.total} value={state.done} aria-label={t('ocr.progress')} /> {t('ocr.reading', { name: page.name })}{' '}
          <button type="button" onClick={() => void cancel()}>{t('ocr.cancel')}</button>
        </p>
      ) : (
        <>
          {readBefore && state.status === 'idle' && <p className="muted">{t('ocr.readBefore')}</p>}
          <button type="button" disabled={languages.length === 0} onClick={() => void run(page.sha256, languages, vertical && chinese)}>
            {readBefore ? t('ocr.runAgain') : t('ocr.run')}
          </button>
        </>
      )}
      {state.status === 'cancelled' && <p role="status">{t('ocr.stopped')}</p>}
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
      {state.status === 'done' && (
        <p role="status">
          {t('ocr.done', { count: state.lines, confidence: Math.round(state.confidence * 100) })}{' '}
          <button type="button" onClick={() => openFindingEditor({ findingId: finding.id })}>{t('ocr.correct')}</button>
        </p>
      )}
    </details>
  )
}

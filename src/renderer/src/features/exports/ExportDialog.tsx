import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { Translate } from '../../../../shared/i18n/messageIds'
import type { ExportFilter, ExportFormat, ExportReport } from '../../../../shared/model/export'
import { call } from '../../api/client'
import { useTask } from '../../api/useTask'
import { useLabels, useT } from '../../i18n'
import { saveFile } from './files'

/** Which findings an export carries: a label for people and how to turn it into a filter. */
export interface ExportScope {
  id: string
  label: string
  filter(): Promise<ExportFilter | undefined>
}

const FORMATS: { format: ExportFormat; type: string }[] = [
  { format: 'csl-json-strict', type: 'application/json' },
  { format: 'csl-json', type: 'application/json' },
  { format: 'bibtex', type: 'application/x-bibtex' },
  { format: 'biblatex', type: 'application/x-bibtex' },
  { format: 'ris', type: 'application/x-research-info-systems' },
  { format: 'csv', type: 'text/csv' },
  { format: 'markdown', type: 'text/markdown' },
]

/** What the export carried and left out, in words. */
function describeReport(report: ExportReport, t: Translate): string {
  const parts = [t('exports.report.exported', { count: report.exported })]
  if (report.withheld_do_not_share > 0) parts.push(t('exports.report.withheld', { count: report.withheld_do_not_share }))
  if (report.excluded_deleted > 0) parts.push(t('exports.report.deleted', { count: report.excluded_deleted }))
  if (report.with_conflicts > 0) parts.push(t('exports.report.conflicts', { count: report.with_conflicts }))
  if (report.transcription_suppressed > 0) parts.push(t('exports.report.suppressed', { count: report.transcription_suppressed }))
  return parts.join('; ')
}

interface Props {
  scopes: readonly ExportScope[]
  onClose(): void
}

/**
 * Exports findings for people and tools (Zotero, spreadsheets, drafting): pick which findings and
 * a format, then the file downloads and the report says what was left out and why.
 */
export function ExportDialog({ scopes, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [scopeId, setScopeId] = useState(scopes[0]?.id)
  const [format, setFormat] = useState<ExportFormat>('csl-json-strict')
  const [bom, setBom] = useState(false)
  const [keepFormulas, setKeepFormulas] = useState(false)
  const [publicationNotes, setPublicationNotes] = useState(true)
  const [result, setResult] = useState<{ summary: string; fileName: string }>()
  const { busy, error, run: runTask } = useTask()
  const t = useT()
  const labels = useLabels()

  useEffect(() => dialog.current?.showModal(), [])

  async function run(event: FormEvent): Promise<void> {
    event.preventDefault()
    const scope = scopes.find((s) => s.id === scopeId)
    if (!scope) return
    setResult(undefined)
    await runTask(async () => {
      const filter = await scope.filter()
      const csv = format === 'csv'
      const out = await call('export.run', {
        format,
        filter,
        bom: csv ? bom : undefined,
        keep_formulas: csv ? keepFormulas : undefined,
        omit_citation_notes: csv ? undefined : !publicationNotes,
      })
      const type = FORMATS.find((f) => f.format === format)!.type
      saveFile(new Blob([out.content], { type: `${type};charset=utf-8` }), out.file_name)
      setResult({ summary: describeReport(out.report, t), fileName: out.file_name })
    })
  }

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={(e) => void run(e)}>
        <h2 id={`${id}-title`}>{t('exports.title')}</h2>
        <fieldset>
          <legend>{t('exports.which')}</legend>
          {scopes.map((scope) => (
            <label key={scope.id} className="choice">
              <input type="radio" name={`${id}-scope`} checked={scopeId === scope.id} onChange={() => setScopeId(scope.id)} />{' '}
              {scope.label}
            </label>
          ))}
        </fieldset>
        <label className="field">
          {t('exports.format')}{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {FORMATS.map((f) => (
              <option key={f.format} value={f.format}>
                {labels.vocab('exportFormat', f.format)}
              </option>
            ))}
          </select>
        </label>
        {format === 'csv' && (
          <>
            <label className="choice">
              <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> {t('exports.bom')}
            </label>
            <label className="choice">
              <input type="checkbox" checked={keepFormulas} onChange={(e) => setKeepFormulas(e.target.checked)} /> {t('exports.keepFormulas')}
            </label>
          </>
        )}
        {format !== 'csv' && (
          <label className="choice">
            <input type="checkbox" checked={publicationNotes} onChange={(e) => setPublicationNotes(e.target.checked)} /> {t('exports.publicationNotes')}
          </label>
        )}
        <p className="hint">{t('exports.neverExported')}</p>
        <div className="dialog-actions">
          <button type="submit" disabled={busy || !scopeId}>
            {busy ? t('exports.exporting') : t('exports.export')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('common.close')}
          </button>
        </div>
        <p role="status" className="export-report">
          {result && t('exports.saved', { file: result.fileName, summary: result.summary })}
        </p>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </form>
    </dialog>
  )
}

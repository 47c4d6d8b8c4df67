import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { ExportFilter, ExportFormat } from '../../../../shared/model/export'
import { call } from '../../api/client'
import { useTask } from '../../api/useTask'
import { saveFile } from './files'

/** Which findings an export carries: a label for people and how to turn it into a filter. */
export interface ExportScope {
  id: string
  label: string
  filter(): Promise<ExportFilter | undefined>
}

const FORMATS: { format: ExportFormat; label: string; type: string }[] = [
  { format: 'csl-json-strict', label: 'CSL-JSON for Zotero (strict)', type: 'application/json' },
  { format: 'csl-json', label: 'CSL-JSON, extended (with workbench fields)', type: 'application/json' },
  { format: 'bibtex', label: 'BibTeX', type: 'application/x-bibtex' },
  { format: 'biblatex', label: 'biblatex (with archive fields)', type: 'application/x-bibtex' },
  { format: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { format: 'csv', label: 'CSV spreadsheet', type: 'text/csv' },
  { format: 'markdown', label: 'Markdown report', type: 'text/markdown' },
]

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
      setResult({ summary: out.summary, fileName: out.file_name })
    })
  }

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={(e) => void run(e)}>
        <h2 id={`${id}-title`}>Export findings</h2>
        <fieldset>
          <legend>Which findings</legend>
          {scopes.map((scope) => (
            <label key={scope.id} className="choice">
              <input type="radio" name={`${id}-scope`} checked={scopeId === scope.id} onChange={() => setScopeId(scope.id)} />{' '}
              {scope.label}
            </label>
          ))}
        </fieldset>
        <label className="field">
          Format{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {FORMATS.map((f) => (
              <option key={f.format} value={f.format}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        {format === 'csv' && (
          <>
            <label className="choice">
              <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> Add a byte-order mark for Excel
            </label>
            <label className="choice">
              <input type="checkbox" checked={keepFormulas} onChange={(e) => setKeepFormulas(e.target.checked)} /> Keep cells that
              start with = + - or @ as they are (a spreadsheet may run them as formulas)
            </label>
          </>
        )}
        {format !== 'csv' && (
          <label className="choice">
            <input type="checkbox" checked={publicationNotes} onChange={(e) => setPublicationNotes(e.target.checked)} /> Include
            the notes marked for publication
          </label>
        )}
        <p className="hint">
          Findings marked “do not share” and findings in the Trash are never exported. Private notes and who supplied a copy
          never go into BibTeX or RIS notes.
        </p>
        <div className="dialog-actions">
          <button type="submit" disabled={busy || !scopeId}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p role="status" className="export-report">
          {result && `Saved ${result.fileName}: ${result.summary}`}
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

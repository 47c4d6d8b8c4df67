import { useId, useState } from 'react'
import type { Output } from '../../../../shared/api/contract'
import { MAX_REFERENCE_FILE_CHARS } from '../../../../shared/api/contract/exports'
import type { ReferenceFormat } from '../../../../shared/model/export'
import { call } from '../../api/client'
import { useTask } from '../../api/useTask'

type RefsReport = Output<'export.importRefs'>

/** The format a reference file is most likely in: RIS files open with a `TY  -` line, BibTeX with `@type{`. */
function guessFormat(fileName: string, text: string): ReferenceFormat {
  if (/\.ris$/i.test(fileName) || /^\s*TY {2}-/.test(text)) return 'ris'
  if (/\.bib$/i.test(fileName) || /^\s*@\w+\s*\{/.test(text)) return 'bibtex'
  return 'csl-json'
}

/**
 * Reads references from Zotero or Wilson Center records (CSL-JSON or RIS) into findings: a dry
 * run first says what would be created and what is wrong, then the import does it.
 */
export function ImportRefsPanel() {
  const id = useId()
  const [file, setFile] = useState<{ name: string; text: string }>()
  const [format, setFormat] = useState<ReferenceFormat>('csl-json')
  const [report, setReport] = useState<{ dryRun: boolean; value: RefsReport }>()
  const { busy, error, setError, run: runTask } = useTask()

  async function pick(picked: File | undefined): Promise<void> {
    setReport(undefined)
    setError(undefined)
    if (!picked) return setFile(undefined)
    const text = await picked.text()
    if (text.length > MAX_REFERENCE_FILE_CHARS) {
      setFile(undefined)
      return setError(`${picked.name} is too large: at most ${MAX_REFERENCE_FILE_CHARS.toLocaleString()} characters.`)
    }
    setFile({ name: picked.name, text })
    setFormat(guessFormat(picked.name, text))
  }

  async function run(dryRun: boolean): Promise<void> {
    if (!file) return
    await runTask(async () => {
      setReport({ dryRun, value: await call('export.importRefs', { text: file.text, format, dry_run: dryRun }) })
    })
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import references</h2>
      <p className="hint">A CSL-JSON, RIS or BibTeX file from Zotero, the Wilson Center Digital Archive or another workbench. References already here are left as they are.</p>
      <label className="field">
        Reference file <input type="file" accept=".json,.ris,.bib,.txt,application/json" onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      <label className="field">
        Format{' '}
        <select value={format} onChange={(e) => (setFormat(e.target.value as ReferenceFormat), setReport(undefined))}>
          <option value="csl-json">CSL-JSON</option>
          <option value="ris">RIS</option>
          <option value="bibtex">BibTeX or biblatex</option>
        </select>
      </label>
      <div className="dialog-actions">
        <button type="button" disabled={!file || busy} onClick={() => void run(true)}>
          Preview the import
        </button>
        <button type="button" disabled={!file || busy || !report?.dryRun || report.value.created === 0} onClick={() => void run(false)}>
          Import
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {report && <RefsReportView dryRun={report.dryRun} report={report.value} />}
    </section>
  )
}

function RefsReportView({ dryRun, report }: { dryRun: boolean; report: RefsReport }) {
  return (
    <div role="status" className="refs-report">
      <p>
        {dryRun ? 'Would create' : 'Created'} {report.created} finding{report.created === 1 ? '' : 's'}; {report.unchanged} already here
        {report.same_document > 0 && `; ${report.same_document} on a document already cited`}
        {report.problems.length > 0 && `; ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`}.
      </p>
      {report.problems.length > 0 && (
        <ul className="problems">
          {report.problems.map((problem, i) => (
            <li key={i} className={problem.severity === 'error' ? 'problem-error' : 'problem-warning'}>
              {problem.severity === 'error' ? 'Skipped' : 'Warning'}: record {problem.index + 1}, {problem.field}: {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

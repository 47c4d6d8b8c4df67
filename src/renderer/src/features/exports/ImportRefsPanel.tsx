import { useId, useState } from 'react'
import type { Output } from '../../../../shared/api/contract'
import { MAX_REFERENCE_FILE_CHARS } from '../../../../shared/api/contract/exports'
import type { ReferenceFormat } from '../../../../shared/model/export'
import { call } from '../../api/client'
import { useTask } from '../../api/useTask'
import type { Translate } from '../../../../shared/i18n/messageIds'
import type { Labels } from '../../../../shared/vocabulary'
import { useLabels, useT } from '../../i18n'
import { readableCoreMessage } from '../../i18n/errorText'

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
  const [createRepositories, setCreateRepositories] = useState(false)
  const { busy, error, setError, run: runTask } = useTask()
  const t = useT()

  async function pick(picked: File | undefined): Promise<void> {
    setReport(undefined)
    setError(undefined)
    if (!picked) return setFile(undefined)
    const text = await picked.text()
    if (text.length > MAX_REFERENCE_FILE_CHARS) {
      setFile(undefined)
      return setError(t('refs.tooLarge', { name: picked.name, max: MAX_REFERENCE_FILE_CHARS }))
    }
    setFile({ name: picked.name, text })
    setFormat(guessFormat(picked.name, text))
  }

  async function run(dryRun: boolean, create = createRepositories): Promise<void> {
    if (!file) return
    await runTask(async () => {
      const value = await call('export.importRefs', { text: file.text, format, dry_run: dryRun, create_repositories: create })
      setReport({ dryRun, value })
    })
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('refs.title')}</h2>
      <p className="hint">{t('refs.hint')}</p>
      <label className="field">
        {t('refs.file')} <input type="file" accept=".json,.ris,.bib,.txt,application/json" onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      <label className="field">
        {t('exports.format')}{' '}
        <select value={format} onChange={(e) => (setFormat(e.target.value as ReferenceFormat), setReport(undefined))}>
          <option value="csl-json">CSL-JSON</option>
          <option value="ris">RIS</option>
          <option value="bibtex">{t('refs.formatBibtex')}</option>
        </select>
      </label>
      <div className="dialog-actions">
        <button type="button" disabled={!file || busy} onClick={() => void run(true)}>
          {t('refs.preview')}
        </button>
        <button type="button" disabled={!file || busy || !report?.dryRun || report.value.created === 0} onClick={() => void run(false)}>
          {t('refs.import')}
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {report && report.value.unknown_repositories.length > 0 && (
        <div className="notice unknown-repositories">
          <p>
            {t('actions.refs.unknownArchives', { count: report.value.unknown_repositories.length })}
          </p>
          <ul>
            {report.value.unknown_repositories.map((a) => (
              <li key={a.name}>
                {a.name} {t('actions.refs.records', { count: a.records.length })}
              </li>
            ))}
          </ul>
          <label>
            <input
              type="checkbox"
              checked={createRepositories}
              disabled={busy}
              onChange={(e) => {
                setCreateRepositories(e.target.checked)
                void run(true, e.target.checked)
              }}
            />{' '}
            {t('actions.refs.createThem', { count: report.value.unknown_repositories.length })}
          </label>
        </div>
      )}
      {report && <RefsReportView dryRun={report.dryRun} report={report.value} />}
    </section>
  )
}

function RefsReportView({ dryRun, report }: { dryRun: boolean; report: RefsReport }) {
  const t = useT()
  const labels = useLabels()
  return (
    <div role="status" className="refs-report">
      <p>
        {t(dryRun ? 'refs.wouldCreate' : 'refs.created', { count: report.created })}
        {t('refs.unchanged', { count: report.unchanged })}
        {report.same_document > 0 && t('refs.sameDocument', { count: report.same_document })}
        {report.problems.length > 0 && t('refs.problems', { problems: t('count.problem', { count: report.problems.length }) })}.
      </p>
      {report.repositories_created.length > 0 && (
        <p>
          {t(dryRun ? 'actions.refs.wouldAdd' : 'actions.refs.added', { names: report.repositories_created.map((r) => r.name).join(', ') })}
        </p>
      )}
      {report.problems.length > 0 && (
        <ul className="problems">
          {report.problems.map((problem, i) => (
            <li key={i} className={problem.severity === 'error' ? 'problem-error' : 'problem-warning'}>
              {problemText(problem, t, labels)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * One record's problem in words: a known reason as a sentence of its own (its field is a CSL
 * variable, not a finding field with a label); a finding rule the record broke after its field.
 */
function problemText(problem: RefsReport['problems'][number], t: Translate, labels: Labels): string {
  const index = problem.index + 1
  if (problem.reason) {
    const reason = t(`refs.problem.${problem.reason}`, { value: problem.value ?? '' })
    return t(problem.severity === 'error' ? 'refs.skippedBecause' : 'refs.warningBecause', { index, reason })
  }
  const message = readableCoreMessage(problem.message)
  return t(problem.severity === 'error' ? 'refs.skipped' : 'refs.warning', { index, field: labels.field(problem.field), message })
}

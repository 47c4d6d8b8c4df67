import { useCallback, useEffect, useMemo, useState } from 'react'
import { isAppError } from '../../../../shared/api/errors'
import type { DraftRecord } from '../../../../shared/model/draft'
import { findingRuleIssues, type Finding } from '../../../../shared/model/finding'
import { findingIssues, type FindingIssue } from '../../../../shared/model/findingIssues'
import { useLabels, useT } from '../../i18n'
import { errorText, readableCoreMessage, refusalInWords } from '../../i18n/errorText'
import { issueText } from './issueText'
import { call } from '../../api/client'
import { controlForPath, createInput, emptyForm, formFromDraft, formFromFinding, updateInput, type FindingForm } from './formModel'
import type { EditorRequest } from './openEditor'
import { newDraftId, useDraftAutosave } from './useDraftAutosave'

/** A new form, pre-linked to what the editor was opened from (a passage, sections). */
function initialForm(request: EditorRequest): FindingForm {
  const form = emptyForm()
  if (request.sections) form.essay_sections = [...request.sections]
  if (request.passage) {
    form.claim_links = [{ target: 'passage', targetId: request.passage.paragraph_id ?? '', passage: request.passage, stance: '', note: '' }]
  }
  return form
}

/** "findings.create: doc_date: is not…" → "is not…": the field is already named by where the message sits. */
const fieldMessage = (message: string, field: string): string => readableCoreMessage(message.replace(/^[\w.]+: /, '').replace(`${field}: `, ''))

/** Focuses the control an error names (after React has shown the message). */
export function focusField(path: string): void {
  requestAnimationFrame(() => {
    const id = controlForPath(path, (candidate) => document.getElementById(candidate) !== null)
    if (id) document.getElementById(id)?.focus()
  })
}

/** The control of an issue, for ordering issues as the form shows them (top to bottom). */
function formPosition(issue: FindingIssue): number {
  const id = controlForPath(issue.path, (candidate) => document.getElementById(candidate) !== null)
  const element = id ? document.getElementById(id) : null
  if (!element) return Number.MAX_SAFE_INTEGER
  return [...document.querySelectorAll('.finding-editor [id]')].indexOf(element)
}

/**
 * One editing session: the form, the finding it edits (if any), autosaved drafts, field errors
 * (the API's and the live §3.2 rules), and saving.
 */
export function useFindingSession(request: EditorRequest) {
  const [form, setForm] = useState(() => initialForm(request))
  const [findingId, setFindingId] = useState(request.findingId)
  const [saved, setSaved] = useState<FindingForm>()
  const [draftId, setDraftId] = useState(newDraftId)
  const [dirty, setDirty] = useState(false)
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string>()
  const [drafts, setDrafts] = useState<DraftRecord[]>([])
  const [saving, setSaving] = useState(false)
  /** Set by a save that found problems: from then on every problem shows, updated as the form changes. */
  const [attempted, setAttempted] = useState(false)
  const t = useT()
  const labels = useLabels()
  const autosave = useDraftAutosave(draftId, findingId, form, dirty)
  /** An existing finding not read (yet, or at all): its form is empty, so typing or saving now would lose or duplicate it. */
  const loading = findingId !== undefined && saved === undefined

  /** Reads the saved finding as the baseline that an update is compared with. */
  const loadFinding = useCallback(
    (id: string) =>
      call('findings.get', { id }).then(({ finding }) => {
        const loaded = formFromFinding(finding)
        setSaved(loaded)
        return loaded
      }),
    [],
  )

  useEffect(() => {
    const editing = request.findingId
    if (editing) {
      call('findings.get', { id: editing }).then(({ finding }) => {
        const loaded = formFromFinding(finding)
        setSaved(loaded)
        setForm(loaded)
      }, (e: unknown) => setProblem(errorText(e)))
    }
    call('drafts.list', {}).then(
      (all) => setDrafts(all.filter((d) => (editing ? d.finding_id === editing : true))),
      () => setDrafts([]),
    )
  }, [request.findingId])

  const set = useCallback(<K extends keyof FindingForm>(field: K, value: FindingForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }))
    setDirty(true)
    setServerErrors((current) => Object.fromEntries(Object.entries(current).filter(([path]) => path.split('.')[0] !== field)))
  }, [])

  async function resume(draft: DraftRecord): Promise<void> {
    const base = draft.finding_id ? await loadFinding(draft.finding_id).catch((e: unknown) => void setProblem(errorText(e))) : undefined
    setFindingId(draft.finding_id)
    setDraftId(draft.id)
    setForm(formFromDraft(draft.form, base ?? undefined))
    setDrafts((all) => all.filter((d) => d.id !== draft.id))
  }

  async function discardDraft(draft: DraftRecord): Promise<void> {
    await call('drafts.discard', { id: draft.id })
    setDrafts((all) => all.filter((d) => d.id !== draft.id))
  }

  /** Saves the finding; on an error, shows it beside its field and focuses that field. */
  async function save(): Promise<Finding | undefined> {
    if (loading) return undefined
    setProblem(undefined)
    const found = findingIssues(createInput(form) as Record<string, unknown>)
    if (found.length > 0) {
      setAttempted(true)
      const first = [...found].sort((a, b) => formPosition(a) - formPosition(b))[0]
      if (first) focusField(first.path)
      return undefined
    }
    setSaving(true)
    try {
      const finding =
        findingId && saved ? await call('findings.update', updateInput(findingId, form, saved)) : await call('findings.create', createInput(form))
      await autosave.discard()
      setFindingId(finding.id)
      setSaved(formFromFinding(finding))
      return finding
    } catch (error) {
      const field = isAppError(error) ? error.field : undefined
      if (field) {
        setServerErrors({ [field]: (isAppError(error) && refusalInWords(error.refusal)) || fieldMessage((error as Error).message, field) })
        focusField(field)
      } else setProblem(errorText(error))
      return undefined
    } finally {
      setSaving(false)
    }
  }

  /** Before a save, only the §3.2 rules show as the form changes; after a failed save, every problem. */
  const issues = useMemo((): FindingIssue[] => {
    if (attempted) return findingIssues(createInput(form) as Record<string, unknown>)
    return findingRuleIssues(form).map((rule) => ({ path: rule.field, kind: 'rule', rule: rule.rule, params: rule.params }))
  }, [attempted, form])
  const errors = useMemo(() => {
    const local = Object.fromEntries(issues.map((issue) => [issue.path, issueText(issue, t, labels)]))
    return { ...local, ...serverErrors }
  }, [issues, serverErrors, t, labels])
  /** The problems that stopped the last save, for the summary above the form. */
  const summary = attempted
    ? [...issues].sort((a, b) => formPosition(a) - formPosition(b)).map((issue) => ({ path: issue.path, message: errors[issue.path] ?? '' }))
    : []

  return { form, set, errors, summary, findingId, draftId, drafts, resume, discardDraft, save, saving, loading, problem, autosave }
}

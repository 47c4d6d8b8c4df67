import { useCallback, useEffect, useMemo, useState } from 'react'
import { isAppError } from '../../../../shared/api/errors'
import type { DraftRecord } from '../../../../shared/model/draft'
import { findingRuleIssues, type Finding } from '../../../../shared/model/finding'
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
const fieldMessage = (message: string, field: string): string => message.replace(/^[\w.]+: /, '').replace(`${field}: `, '')

/** Focuses the control an error names (after React has shown the message). */
function focusField(path: string): void {
  requestAnimationFrame(() => {
    const id = controlForPath(path, (candidate) => document.getElementById(candidate) !== null)
    if (id) document.getElementById(id)?.focus()
  })
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
  const autosave = useDraftAutosave(draftId, findingId, form, dirty)

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
      }, (e: Error) => setProblem(e.message))
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
    const base = draft.finding_id ? await loadFinding(draft.finding_id).catch((e: Error) => void setProblem(e.message)) : undefined
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
    setSaving(true)
    setProblem(undefined)
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
        setServerErrors({ [field]: fieldMessage((error as Error).message, field) })
        focusField(field)
      } else setProblem((error as Error).message)
      return undefined
    } finally {
      setSaving(false)
    }
  }

  const errors = useMemo(() => {
    const live = Object.fromEntries(findingRuleIssues(form).map((issue) => [issue.field, issue.message]))
    return { ...live, ...serverErrors }
  }, [form, serverErrors])

  return { form, set, errors, findingId, draftId, drafts, resume, discardDraft, save, saving, problem, autosave }
}

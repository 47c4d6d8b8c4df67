import { ACCESS_STATUSES, CITATION_STYLES, COLLEAGUE_COPY_TYPES, CONFIDENCES, COPY_TYPES, VIEWED_COPY_TYPES, type CopyType } from '../../../../shared/model/findingVocab'
import { EMBARGO_PREFIX as EMBARGO, SIMPLE_RIGHTS, VOCABULARIES } from '../../../../shared/vocabulary'
import { useLabels, useT } from '../../i18n'
import { SelectInput, TextArea, TextInput, useEditor } from './editorContext'

function RightsFlags() {
  const { form, set, errors } = useEditor()
  const t = useT()
  const labels = useLabels()
  const toggle = (flag: string, on: boolean) => set('rights', on ? [...form.rights, flag] : form.rights.filter((f) => f !== flag))
  const embargo = form.rights.find((f) => f.startsWith(EMBARGO))?.slice(EMBARGO.length) ?? ''
  const setEmbargo = (day: string) => set('rights', [...form.rights.filter((f) => !f.startsWith(EMBARGO)), ...(day ? [`${EMBARGO}${day}`] : [])])
  return (
    <fieldset className="field wide rights" id="fe-rights" tabIndex={-1}>
      <legend>{labels.field('rights')}</legend>
      {SIMPLE_RIGHTS.map((flag) => (
        <span key={flag} className="checkbox">
          <input id={`fe-rights-${flag}`} type="checkbox" checked={form.rights.includes(flag)} onChange={(e) => toggle(flag, e.target.checked)} />
          <label htmlFor={`fe-rights-${flag}`}>{labels.vocab('rights', flag)}</label>
        </span>
      ))}
      <span>
        <label htmlFor="fe-rights-embargo">{t('editor.embargo')}</label>{' '}
        <input id="fe-rights-embargo" type="date" value={embargo} onChange={(e) => setEmbargo(e.target.value)} />
      </span>
      {errors.rights && <p className="field-error" role="alert">{errors.rights}</p>}
    </fieldset>
  )
}

/** How the researcher saw the text, how far to trust it, and what may be done with it. */
export function ProvenanceFields() {
  const { form } = useEditor()
  const t = useT()
  const copyType = form.copy_type as CopyType
  const viaColleague = COLLEAGUE_COPY_TYPES.includes(copyType)
  const viewed = VIEWED_COPY_TYPES.includes(copyType)
  return (
    <fieldset className="group">
      <legend>{t('editor.group.provenance')}</legend>
      <SelectInput field="confidence" options={CONFIDENCES} vocab="confidence" required />
      <SelectInput field="copy_type" options={COPY_TYPES} vocab="copyType" required />
      {viaColleague && (
        <>
          <TextArea field="provenance_note" required rows={2} />
          <TextInput field="supplied_by" required />
        </>
      )}
      {(viewed || form.viewed_on !== '') && <TextInput field="viewed_on" type="date" required={viewed} />}
      <SelectInput field="access_status_at_viewing" options={ACCESS_STATUSES} vocab="accessStatus" />
      <SelectInput field="access_status_current" options={VOCABULARIES.accessStatus} vocab="accessStatus" />
      {form.access_status_current !== '' && <TextInput field="access_status_as_of" type="date" />}
      <RightsFlags />
      <SelectInput field="citation_style" options={CITATION_STYLES} vocab="citationStyle" />
      <TextArea field="citation_note" rows={2} />
    </fieldset>
  )
}

import { CITATION_STYLES } from '../../../../shared/model/findingVocab'
import { CITATION_STYLE_LABELS } from '../exports/citationStyles'
import { ACCESS_STATUSES, COLLEAGUE_COPY_TYPES, CONFIDENCES, COPY_TYPES, VIEWED_COPY_TYPES, type CopyType } from '../../../../shared/model/findingVocab'
import { SelectInput, TextArea, TextInput, useEditor } from './editorContext'

const SIMPLE_RIGHTS = ['no_photography', 'quote_permission_required', 'do_not_share'] as const
const EMBARGO = 'embargo_until:'

function RightsFlags() {
  const { form, set, errors } = useEditor()
  const toggle = (flag: string, on: boolean) => set('rights', on ? [...form.rights, flag] : form.rights.filter((f) => f !== flag))
  const embargo = form.rights.find((f) => f.startsWith(EMBARGO))?.slice(EMBARGO.length) ?? ''
  const setEmbargo = (day: string) => set('rights', [...form.rights.filter((f) => !f.startsWith(EMBARGO)), ...(day ? [`${EMBARGO}${day}`] : [])])
  return (
    <fieldset className="field wide rights" id="fe-rights" tabIndex={-1}>
      <legend>Rights</legend>
      {SIMPLE_RIGHTS.map((flag) => (
        <span key={flag} className="checkbox">
          <input id={`fe-rights-${flag}`} type="checkbox" checked={form.rights.includes(flag)} onChange={(e) => toggle(flag, e.target.checked)} />
          <label htmlFor={`fe-rights-${flag}`}>{flag.replaceAll('_', ' ')}</label>
        </span>
      ))}
      <span>
        <label htmlFor="fe-rights-embargo">Embargo until</label>{' '}
        <input id="fe-rights-embargo" type="date" value={embargo} onChange={(e) => setEmbargo(e.target.value)} />
      </span>
      {errors.rights && <p className="field-error" role="alert">{errors.rights}</p>}
    </fieldset>
  )
}

/** How the researcher saw the text, how far to trust it, and what may be done with it. */
export function ProvenanceFields() {
  const { form } = useEditor()
  const copyType = form.copy_type as CopyType
  const viaColleague = COLLEAGUE_COPY_TYPES.includes(copyType)
  const viewed = VIEWED_COPY_TYPES.includes(copyType)
  return (
    <fieldset className="group">
      <legend>Provenance</legend>
      <SelectInput field="confidence" label="Confidence" options={CONFIDENCES} required />
      <SelectInput field="copy_type" label="Copy type" options={COPY_TYPES} required />
      {viaColleague && (
        <>
          <TextArea field="provenance_note" label="Provenance note" required rows={2} />
          <TextInput field="supplied_by" label="Supplied by" required />
        </>
      )}
      {(viewed || form.viewed_on !== '') && <TextInput field="viewed_on" label="Viewed on" type="date" required={viewed} />}
      <SelectInput field="access_status_at_viewing" label="Access when viewed" options={ACCESS_STATUSES} />
      <SelectInput field="access_status_current" label="Access now" options={[...ACCESS_STATUSES, 'reclassified']} />
      {form.access_status_current !== '' && <TextInput field="access_status_as_of" label="Access now, as of" type="date" />}
      <RightsFlags />
      <SelectInput field="citation_style" label="Cite in" options={CITATION_STYLES} labels={CITATION_STYLE_LABELS} />
      <TextArea field="citation_note" label="Note for publication (printed with the citation)" rows={2} />
    </fieldset>
  )
}

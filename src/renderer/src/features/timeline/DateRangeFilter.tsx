import { useId, type ReactNode } from 'react'
import { useT } from '../../i18n'
import { dateProblem, daysProblem, type DateChoices } from './dateChoices'

/** From and To at year, month or day precision, the ±N days widening and the coarser-dates option. */
export function DateRangeFilter({ value, onChange }: { value: DateChoices; onChange(next: DateChoices): void }) {
  const set = (changes: Partial<DateChoices>) => onChange({ ...value, ...changes })
  const t = useT()
  const daysError = value.overlap ? daysProblem(value.overlapDays, t) : undefined
  return (
    <fieldset className="timeline-date-filter">
      <legend>{t('timeline.dates')}</legend>
      <DateInput label={t('timeline.fromDate')} value={value.from} onChange={(from) => set({ from })} />
      <DateInput label={t('timeline.toDate')} value={value.to} onChange={(to) => set({ to })} />
      <label>
        <input type="checkbox" checked={value.overlap} onChange={(e) => set({ overlap: e.target.checked })} /> {t('timeline.overlap')}
      </label>
      <Field label={t('timeline.overlapDays')} error={daysError}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={0}
            max={366}
            size={4}
            value={value.overlapDays}
            disabled={!value.overlap}
            onChange={(e) => set({ overlapDays: e.target.value.trim() })}
          />
        )}
      </Field>
      <label>
        <input type="checkbox" checked={value.includeCoarser} onChange={(e) => set({ includeCoarser: e.target.checked })} />{' '}
        {t('timeline.coarser')}
      </label>
    </fieldset>
  )
}

function DateInput({ label, value, onChange }: { label: string; value: string; onChange(text: string): void }) {
  const t = useT()
  return (
    <Field label={label} error={dateProblem(value, t)}>
      {(props) => (
        <input
          {...props}
          type="text"
          size={10}
          placeholder={t('timeline.datePlaceholder')}
          value={value}
          onChange={(e) => onChange(e.target.value.trim())}
        />
      )}
    </Field>
  )
}

/** A labelled control with its error, named after the field, announced and tied to the control. */
function Field({
  label,
  error,
  children,
}: {
  label: string
  error?: string
  children(props: { 'aria-invalid'?: true; 'aria-describedby'?: string }): ReactNode
}) {
  const errorId = useId()
  const t = useT()
  return (
    <span className="timeline-date-field">
      <label>
        {label} {children(error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
      </label>
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {t('timeline.fieldError', { field: label, message: error })}
        </span>
      )}
    </span>
  )
}

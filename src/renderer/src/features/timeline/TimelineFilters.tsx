import { EVENT_KINDS, type EventKind } from '../../../../shared/model/event'
import { useCall } from '../../api/useCall'
import { FindingFilters, NO_FINDING_FILTERS, type FindingFilters as FindingChoices } from './FindingFilters'

export interface Filters {
  kinds: EventKind[]
  actor: string
  section: string
  fromYear: string
  toYear: string
  findings: FindingChoices
}

export const NO_FILTERS: Filters = {
  kinds: [...EVENT_KINDS],
  actor: '',
  section: '',
  fromYear: '',
  toYear: '',
  findings: NO_FINDING_FILTERS,
}

/** Kind, actor, essay section and year filters (the last three narrow findings too), and the findings' own. */
export function TimelineFilters({ value, onChange }: { value: Filters; onChange(next: Filters): void }) {
  const entities = useCall('entities.list', {})
  const essay = useCall('essay.get', {})
  const set = (changes: Partial<Filters>) => onChange({ ...value, ...changes })
  const toggleKind = (kind: EventKind) =>
    set({ kinds: value.kinds.includes(kind) ? value.kinds.filter((k) => k !== kind) : [...value.kinds, kind] })
  return (
    <form className="timeline-filters" aria-label="Timeline filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Kind</legend>
        {EVENT_KINDS.map((kind) => (
          <label key={kind} className={`kind kind-${kind}`}>
            <input type="checkbox" checked={value.kinds.includes(kind)} onChange={() => toggleKind(kind)} /> {kind}
          </label>
        ))}
      </fieldset>
      <label>
        Actor{' '}
        <select value={value.actor} onChange={(e) => set({ actor: e.target.value })}>
          <option value="">Anyone</option>
          {entities.status === 'done' &&
            entities.value.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.preferredName}
              </option>
            ))}
        </select>
      </label>
      <label>
        Essay section{' '}
        <select value={value.section} onChange={(e) => set({ section: e.target.value })}>
          <option value="">Any section</option>
          {essay.status === 'done' &&
            essay.value.sections.map((section) => (
              <option key={section.slug} value={section.slug}>
                {section.title}
              </option>
            ))}
        </select>
      </label>
      <label>
        From year <YearInput value={value.fromYear} onChange={(fromYear) => set({ fromYear })} />
      </label>
      <label>
        To year <YearInput value={value.toYear} onChange={(toYear) => set({ toYear })} />
      </label>
      <FindingFilters value={value.findings} onChange={(findings) => set({ findings })} />
      <button type="button" onClick={() => onChange(NO_FILTERS)}>
        Clear filters
      </button>
    </form>
  )
}

function YearInput({ value, onChange }: { value: string; onChange(year: string): void }) {
  return (
    <input
      type="text"
      inputMode="numeric"
      pattern="[0-9]{4}"
      size={5}
      placeholder="YYYY"
      value={value}
      onChange={(e) => onChange(e.target.value.trim())}
    />
  )
}

import { EVENT_KINDS, type EventKind } from '../../../../shared/model/event'
import { useCall } from '../../api/useCall'
import { useLabels, useT } from '../../i18n'
import { NO_DATE_CHOICES, type DateChoices } from './dateChoices'
import { DateRangeFilter } from './DateRangeFilter'
import { FindingFilters, NO_FINDING_FILTERS, type FindingFilters as FindingChoices } from './FindingFilters'

export interface Filters {
  kinds: EventKind[]
  actor: string
  section: string
  dates: DateChoices
  findings: FindingChoices
}

export const NO_FILTERS: Filters = {
  kinds: [...EVENT_KINDS],
  actor: '',
  section: '',
  dates: NO_DATE_CHOICES,
  findings: NO_FINDING_FILTERS,
}

/** Kind, actor, essay section and date filters (the last three narrow findings too), and the findings' own. */
export function TimelineFilters({ value, onChange }: { value: Filters; onChange(next: Filters): void }) {
  const entities = useCall('entities.list', {})
  const essay = useCall('essay.get', {})
  const set = (changes: Partial<Filters>) => onChange({ ...value, ...changes })
  const t = useT()
  const labels = useLabels()
  const toggleKind = (kind: EventKind) =>
    set({ kinds: value.kinds.includes(kind) ? value.kinds.filter((k) => k !== kind) : [...value.kinds, kind] })
  return (
    <form className="timeline-filters" aria-label={t('timeline.filters')} onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('timeline.kind')}</legend>
        {EVENT_KINDS.map((kind) => (
          <label key={kind} className={`kind kind-${kind}`}>
            <input type="checkbox" checked={value.kinds.includes(kind)} onChange={() => toggleKind(kind)} /> {labels.vocab('eventKind', kind)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('timeline.actor')}{' '}
        <select value={value.actor} onChange={(e) => set({ actor: e.target.value })}>
          <option value="">{t('timeline.anyone')}</option>
          {entities.status === 'done' &&
            entities.value.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.preferredName}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('timeline.essaySection')}{' '}
        <select value={value.section} onChange={(e) => set({ section: e.target.value })}>
          <option value="">{t('common.anySection')}</option>
          {essay.status === 'done' &&
            essay.value.sections.map((section) => (
              <option key={section.slug} value={section.slug}>
                {section.title}
              </option>
            ))}
        </select>
      </label>
      <DateRangeFilter value={value.dates} onChange={(dates) => set({ dates })} />
      <FindingFilters value={value.findings} onChange={(findings) => set({ findings })} />
      <button type="button" onClick={() => onChange(NO_FILTERS)}>
        {t('common.clearFilters')}
      </button>
    </form>
  )
}

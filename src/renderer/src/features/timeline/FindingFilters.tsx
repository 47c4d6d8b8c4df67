import { STANCES } from '../../../../shared/model/findingVocab'
import { useCall } from '../../api/useCall'
import { FILTER_LANGUAGES, humanize, languageName } from '../findings/labels'

/** The findings filters that make sense on a time axis; the rest live in the findings view. */
export interface FindingFilters {
  show: boolean
  repository: string
  language: string
  stance: string
  tag: string
}

export const NO_FINDING_FILTERS: FindingFilters = { show: true, repository: '', language: '', stance: '', tag: '' }

/** Whether findings appear on the axis, and which: repository, language, stance, tag. */
export function FindingFilters({ value, onChange }: { value: FindingFilters; onChange(next: FindingFilters): void }) {
  const repositories = useCall('repositories.list', {})
  const set = (changes: Partial<FindingFilters>) => onChange({ ...value, ...changes })
  return (
    <fieldset className="timeline-finding-filters">
      <legend>Findings</legend>
      <label>
        <input type="checkbox" checked={value.show} onChange={(e) => set({ show: e.target.checked })} /> Show findings
      </label>
      <label>
        Repository{' '}
        <select value={value.repository} disabled={!value.show} onChange={(e) => set({ repository: e.target.value })}>
          <option value="">Any repository</option>
          {repositories.status === 'done' &&
            repositories.value.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
        </select>
      </label>
      <label>
        Language{' '}
        <select value={value.language} disabled={!value.show} onChange={(e) => set({ language: e.target.value })}>
          <option value="">Any language</option>
          {FILTER_LANGUAGES.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Stance{' '}
        <select value={value.stance} disabled={!value.show} onChange={(e) => set({ stance: e.target.value })}>
          <option value="">Any stance</option>
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {humanize(stance)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Finding tag{' '}
        <input type="text" size={10} value={value.tag} disabled={!value.show} onChange={(e) => set({ tag: e.target.value })} />
      </label>
    </fieldset>
  )
}

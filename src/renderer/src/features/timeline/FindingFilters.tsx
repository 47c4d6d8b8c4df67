import { STANCES } from '../../../../shared/model/findingVocab'
import { useCall } from '../../api/useCall'
import { FILTER_LANGUAGES } from '../../../../shared/vocabulary'
import { useLabels, useT } from '../../i18n'

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
  const t = useT()
  const labels = useLabels()
  return (
    <fieldset className="timeline-finding-filters">
      <legend>{t('timeline.findings')}</legend>
      <label>
        <input type="checkbox" checked={value.show} onChange={(e) => set({ show: e.target.checked })} /> {t('timeline.showFindings')}
      </label>
      <label>
        {t('timeline.repository')}{' '}
        <select value={value.repository} disabled={!value.show} onChange={(e) => set({ repository: e.target.value })}>
          <option value="">{t('common.anyRepository')}</option>
          {repositories.status === 'done' &&
            repositories.value.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('timeline.language')}{' '}
        <select value={value.language} disabled={!value.show} onChange={(e) => set({ language: e.target.value })}>
          <option value="">{t('common.anyLanguage')}</option>
          {FILTER_LANGUAGES.map((tag) => (
            <option key={tag} value={tag}>
              {labels.vocab('language', tag)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('timeline.stance')}{' '}
        <select value={value.stance} disabled={!value.show} onChange={(e) => set({ stance: e.target.value })}>
          <option value="">{t('common.anyStance')}</option>
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {labels.vocab('stance', stance)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('timeline.findingTag')}{' '}
        <input type="text" size={10} value={value.tag} disabled={!value.show} onChange={(e) => set({ tag: e.target.value })} />
      </label>
    </fieldset>
  )
}

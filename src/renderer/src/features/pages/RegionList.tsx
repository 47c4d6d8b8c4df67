import type { PageRegion } from '../../../../shared/model/pages'
import { regionLabel } from './regions'
import { useT } from '../../i18n'

interface Props {
  regions: readonly PageRegion[]
  highlighted: ReadonlySet<string>
  onShow(region: PageRegion): void
  onRemove(region: PageRegion): void
}

/** The regions of the page shown, as a list a keyboard reaches: show one, or remove it. */
export function RegionList({ regions, highlighted, onShow, onRemove }: Props) {
  const t = useT()
  if (regions.length === 0) return null
  return (
    <section className="region-list" aria-label={t('regions.onPage')}>
      <h3>{t('regions.onPageCount', { n: regions.length })}</h3>
      <ul>
        {regions.map((region) => (
          <li key={region.id} className={highlighted.has(region.id) ? 'is-highlighted' : undefined}>
            <button type="button" className="link-button" onClick={() => onShow(region)} aria-pressed={highlighted.has(region.id)}>
              {regionLabel(region, t)}
            </button>
            <button type="button" onClick={() => onRemove(region)} aria-label={t('regions.removeNamed', { region: regionLabel(region, t) })} title={t('regions.removeTitle')}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

import { formatEdtf } from '../../../../shared/i18n/format'
import type { Translate } from '../../../../shared/i18n/messageIds'
import type { StanceCounts } from '../../../../shared/model/findingCounts'
import { STANCES } from '../../../../shared/model/findingVocab'
import type { Labels } from '../../../../shared/vocabulary'
import { useCall } from '../../api/useCall'
import { currentLocale, useLabels, useT } from '../../i18n'
import { openFindingEditor } from '../findingEditor/openEditor'
import { CountBadge, ListPopover, type BadgeTarget } from './CountBadge'

const KINDS = [...STANCES, 'tagged'] as const

/** "2 supports, 1 qualifies": the counts in words, for the badge's accessible name. */
function describe(counts: StanceCounts, t: Translate, labels: Labels): string {
  return KINDS.filter((k) => counts[k] > 0)
    .map((k) => t('essay.stanceCount', { count: counts[k], stance: labels.vocab('stance', k) }))
    .join(', ')
}

/**
 * How many findings bear on a section or paragraph, with a coloured bar per stance (supports,
 * qualifies, contradicts, context, tagged). A click lists them; each opens in the editor.
 */
export function FindingCountBadge({ counts, target, label }: { counts: StanceCounts | undefined; target: BadgeTarget; label: string }) {
  const t = useT()
  const labels = useLabels()
  if (!counts || counts.total === 0) return null
  return (
    <CountBadge
      kind="finding"
      target={target}
      name={t('essay.findingsBadge', { count: counts.total, target: label, stances: describe(counts, t, labels) })}
      popover={({ id, onClose }) => <FindingsPopover id={id} target={target} label={label} onClose={onClose} />}
    >
      {counts.total}
      <span className="stance-bar" aria-hidden="true">
        {KINDS.filter((k) => counts[k] > 0).map((k) => (
          <span key={k} className={`stance-${k}`} style={{ flexGrow: counts[k] }} />
        ))}
      </span>
    </CountBadge>
  )
}

function FindingsPopover({ id, target, label, onClose }: { id: string; target: BadgeTarget; label: string; onClose(): void }) {
  const filter = 'section' in target ? { essay_section: target.section } : { essay_paragraph_id: target.paragraph }
  const findings = useCall('findings.list', filter, JSON.stringify(filter))
  const t = useT()
  const labels = useLabels()
  return (
    <ListPopover id={id} className="events-popover findings-popover" label={t('essay.findingsPopover', { target: label })} state={findings} onClose={onClose}>
      {(page) =>
        page.items.map((finding) => (
          <li key={finding.id}>
            <button type="button" className="link-button" onClick={() => openFindingEditor({ findingId: finding.id })}>
              {finding.title}
            </button>{' '}
            <span className="muted">
              {formatEdtf(finding.doc_date, currentLocale(), t)}
              {finding.stances.length > 0 && ` · ${finding.stances.map((s) => labels.vocab('stance', s)).join(', ')}`}
            </span>
          </li>
        ))
      }
    </ListPopover>
  )
}

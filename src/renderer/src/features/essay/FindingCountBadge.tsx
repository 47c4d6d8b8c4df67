import type { StanceCounts } from '../../../../shared/model/findingCounts'
import { STANCES } from '../../../../shared/model/findingVocab'
import { useCall } from '../../api/useCall'
import { openFindingEditor } from '../findingEditor/openEditor'
import { CountBadge, ListPopover, type BadgeTarget } from './CountBadge'

const KINDS = [...STANCES, 'tagged'] as const

/** "2 supports, 1 qualifies": the counts in words, for the badge's accessible name. */
function describe(counts: StanceCounts): string {
  return KINDS.filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${k === 'tagged' ? 'tagged without stance' : k}`)
    .join(', ')
}

/**
 * How many findings bear on a section or paragraph, with a coloured bar per stance (supports,
 * qualifies, contradicts, context, tagged). A click lists them; each opens in the editor.
 */
export function FindingCountBadge({ counts, target, label }: { counts: StanceCounts | undefined; target: BadgeTarget; label: string }) {
  if (!counts || counts.total === 0) return null
  return (
    <CountBadge
      kind="finding"
      target={target}
      name={`${counts.total} ${counts.total === 1 ? 'finding' : 'findings'} on ${label}: ${describe(counts)}`}
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
  return (
    <ListPopover id={id} className="events-popover findings-popover" label={`Findings on ${label}`} state={findings} onClose={onClose}>
      {(page) =>
        page.items.map((finding) => (
          <li key={finding.id}>
            <button type="button" className="link-button" onClick={() => openFindingEditor({ findingId: finding.id })}>
              {finding.title}
            </button>{' '}
            <span className="muted">
              {finding.doc_date}
              {finding.stances.length > 0 && ` · ${finding.stances.join(', ')}`}
            </span>
          </li>
        ))
      }
    </ListPopover>
  )
}

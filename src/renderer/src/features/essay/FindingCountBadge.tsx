import { useState } from 'react'
import type { StanceCounts } from '../../../../shared/model/findingCounts'
import { STANCES } from '../../../../shared/model/findingVocab'
import { useCall } from '../../api/useCall'
import { openFindingEditor } from '../findingEditor/openEditor'

type Target = { section: string } | { paragraph: string }

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
export function FindingCountBadge({ counts, target, label }: { counts: StanceCounts | undefined; target: Target; label: string }) {
  const [open, setOpen] = useState(false)
  if (!counts || counts.total === 0) return null
  const listId = `findings-of-${'section' in target ? target.section : target.paragraph}`
  return (
    <span className="finding-count">
      <button
        type="button"
        className="finding-badge"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-label={`${counts.total} ${counts.total === 1 ? 'finding' : 'findings'} on ${label}: ${describe(counts)}`}
        onClick={() => setOpen(!open)}
      >
        {counts.total}
        <span className="stance-bar" aria-hidden="true">
          {KINDS.filter((k) => counts[k] > 0).map((k) => (
            <span key={k} className={`stance-${k}`} style={{ flexGrow: counts[k] }} />
          ))}
        </span>
      </button>
      {open && <FindingsPopover id={listId} target={target} label={label} onClose={() => setOpen(false)} />}
    </span>
  )
}

function FindingsPopover({ id, target, label, onClose }: { id: string; target: Target; label: string; onClose(): void }) {
  const filter = 'section' in target ? { essay_section: target.section } : { essay_paragraph_id: target.paragraph }
  const findings = useCall('findings.list', filter, JSON.stringify(filter))
  return (
    <div id={id} className="events-popover findings-popover" role="dialog" aria-label={`Findings on ${label}`}>
      <button type="button" className="close" onClick={onClose} aria-label="Close">
        ×
      </button>
      {findings.status === 'loading' && <p className="loading">Loading…</p>}
      {findings.status === 'error' && <p role="alert">{findings.message}</p>}
      {findings.status === 'done' && (
        <ul>
          {findings.value.items.map((finding) => (
            <li key={finding.id}>
              <button type="button" className="link-button" onClick={() => openFindingEditor({ findingId: finding.id })}>
                {finding.title}
              </button>{' '}
              <span className="muted">
                {finding.doc_date}
                {finding.stances.length > 0 && ` · ${finding.stances.join(', ')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

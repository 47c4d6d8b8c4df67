import type { DraftRecord } from '../../../../shared/model/draft'

const titleOf = (draft: DraftRecord): string => {
  const form = draft.form as { title_or_description?: string; reference_raw?: string; transcription?: string }
  const words = form.title_or_description || form.reference_raw || form.transcription || 'Untitled'
  return words.length > 60 ? `${words.slice(0, 60)}…` : words
}

/** Unsaved drafts from earlier sessions (or a crash), offered when the editor opens. */
export function DraftOffer({ drafts, onResume, onDiscard }: { drafts: readonly DraftRecord[]; onResume(draft: DraftRecord): void; onDiscard(draft: DraftRecord): void }) {
  if (drafts.length === 0) return null
  return (
    <section className="draft-offer" aria-label="Unsaved drafts">
      <p>
        <strong>Unsaved {drafts.length === 1 ? 'draft' : 'drafts'}</strong> — resume where you left off:
      </p>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.id}>
            <button type="button" onClick={() => onResume(draft)}>
              Resume “{titleOf(draft)}”
            </button>{' '}
            <span className="muted">
              {draft.finding_id ? 'edit of a saved finding, ' : ''}
              {new Date(draft.updated_at).toLocaleString()}
            </span>{' '}
            <button type="button" className="link-button" onClick={() => onDiscard(draft)} aria-label={`Discard draft “${titleOf(draft)}”`}>
              Discard
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

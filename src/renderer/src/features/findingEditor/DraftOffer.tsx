import { formatInstant } from '../../../../shared/i18n/format'
import type { DraftRecord } from '../../../../shared/model/draft'
import { currentLocale, useT } from '../../i18n'

const titleOf = (draft: DraftRecord, untitled: string): string => {
  const form = draft.form as { title_or_description?: string; reference_raw?: string; transcription?: string }
  const words = form.title_or_description || form.reference_raw || form.transcription || untitled
  return words.length > 60 ? `${words.slice(0, 60)}…` : words
}

/** Unsaved drafts from earlier sessions (or a crash), offered when the editor opens. */
export function DraftOffer({ drafts, onResume, onDiscard }: { drafts: readonly DraftRecord[]; onResume(draft: DraftRecord): void; onDiscard(draft: DraftRecord): void }) {
  const t = useT()
  if (drafts.length === 0) return null
  const title = (draft: DraftRecord) => titleOf(draft, t('editor.untitled'))
  return (
    <section className="draft-offer" aria-label={t('editor.unsavedDrafts')}>
      <p>
        <strong>{t('editor.unsavedDraft', { count: drafts.length })}</strong> {t('editor.resumeWhere')}
      </p>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.id}>
            <button type="button" onClick={() => onResume(draft)}>
              {t('editor.resume', { title: title(draft) })}
            </button>{' '}
            <span className="muted">
              {draft.finding_id ? t('editor.editOfSaved') : ''}
              {formatInstant(draft.updated_at, currentLocale())}
            </span>{' '}
            <button type="button" className="link-button" onClick={() => onDiscard(draft)} aria-label={t('editor.discardDraft', { title: title(draft) })}>
              {t('editor.discard')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

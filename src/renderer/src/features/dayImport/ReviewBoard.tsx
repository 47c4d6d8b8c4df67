import { useMemo, useState } from 'react'
import type { ImportProposal, ImportSession } from '../../../../shared/model/dayImport'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useT } from '../../i18n'
import { errorText, readableCoreMessage } from '../../i18n/errorText'
import { PageTile, type PageActions } from './PageTile'
import { ReferenceReader } from './ReferenceReader'
import { adoptReferences, draftsInput, dropPage, mergeWithPrevious, movePage, restorePage, reviewFromProposal, setDocument, splitAt, type Review } from './reviewModel'
import type { DayImport } from './useDayImport'

/** Focuses a page's thumbnail once React has drawn it where it now is. */
const focusPage = (sha256: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-page-focus="${sha256}"]`)?.focus())

/**
 * The review of a day: the proposed documents as rows of page thumbnails that the historian
 * splits, joins, reorders and prunes (mouse or keyboard), with the reference and repository of
 * each, then one draft finding per document.
 */
export function ReviewBoard({ day, session, proposal }: { day: DayImport; session: ImportSession; proposal: ImportProposal }) {
  const [review, setReview] = useState<Review>(() => reviewFromProposal(proposal))
  const listed = useCall('repositories.list', {})
  const repositories = listed.status === 'done' ? listed.value : []
  const [creating, setCreating] = useState(false)
  const pages = useMemo(() => new Map(session.pages.map((p) => [p.sha256, p])), [session])
  const t = useT()

  // References read after the review began are adopted as the proposal is refreshed (during
  // render, React's pattern for state that follows a prop).
  const [adopted, setAdopted] = useState(proposal)
  if (adopted !== proposal) {
    setAdopted(proposal)
    setReview((current) => adoptReferences(current, proposal))
  }

  const numbers = useMemo(() => {
    const map = new Map<string, string>()
    review.documents.forEach((d, i) => d.pages.forEach((sha, p) => map.set(sha, t('day.documentPage', { document: i + 1, page: p + 1 }))))
    return map
  }, [review, t])
  const pageNumberOf = (sha: string) => numbers.get(sha) ?? t('day.pageLeftOut')

  const actions: PageActions = {
    split: (sha) => {
      setReview((r) => splitAt(r, sha))
      focusPage(sha)
    },
    move: (sha, delta) => {
      setReview((r) => movePage(r, sha, delta))
      focusPage(sha)
    },
    drop: (sha) => {
      const order = review.documents.flatMap((d) => d.pages)
      const next = order[order.indexOf(sha) + 1] ?? order[order.indexOf(sha) - 1]
      setReview((r) => dropPage(r, sha))
      if (next) focusPage(next)
    },
    focusNeighbour: (sha, delta) => {
      const order = review.documents.flatMap((d) => d.pages)
      const next = order[order.indexOf(sha) + delta]
      if (next) focusPage(next)
    },
  }

  async function createDrafts(): Promise<void> {
    if (!day.sessionId) return
    setCreating(true)
    try {
      const made = await call('import.createDrafts', draftsInput(day.sessionId, review))
      day.setStage({ kind: 'done', drafts: made.drafts.length })
    } catch (e) {
      day.setProblem(errorText(e))
    } finally {
      setCreating(false)
    }
  }

  const pageCount = review.documents.reduce((n, d) => n + d.pages.length, 0)
  return (
    <section className="day-review" aria-labelledby="day-review-heading">
      <header className="day-review-bar">
        <h2 id="day-review-heading">
          {t('day.reviewTitle', { label: session.label, documents: t('day.documents', { count: review.documents.length }), pages: t('day.pages', { count: pageCount }) })}
        </h2>
        <ReferenceReader day={day} />
        <div className="dialog-actions">
          <button type="button" className="primary" disabled={creating || review.documents.length === 0} onClick={() => void createDrafts()}>
            {creating ? t('day.makingDrafts') : t('day.makeDrafts', { count: review.documents.length })}
          </button>
          <button type="button" onClick={() => void day.discard()}>
            {t('day.discard')}
          </button>
        </div>
        <p className="hint">{t('day.keys')}</p>
      </header>
      {session.skipped.length > 0 && (
        <details className="day-skipped">
          <summary>
            {t('day.skipped', { count: session.skipped.length })}
          </summary>
          <ul>
            {session.skipped.map((s, i) => (
              <li key={`${s.name}-${i}`}>
                {s.name} {readableCoreMessage(s.reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <ol className="day-documents">
        {review.documents.map((document, index) => {
          const why = proposal.documents.find((d) => d.pages[0] === document.pages[0])?.starts_because
          return (
            <li key={document.key} className="day-document">
              <section aria-label={t('day.document', { n: index + 1 })}>
                <div className="day-document-head">
                  <h3>
                    {t('day.document', { n: index + 1 })} <span className="hint">· {t('day.pages', { count: document.pages.length })}{why ? ` · ${t(`day.why.${why}`)}` : ''}</span>
                  </h3>
                  <label className="field">
                    {t('day.reference')}
                    <input value={document.reference} onChange={(e) => setReview((r) => setDocument(r, index, { reference: e.target.value }))} placeholder={t('day.notReadYet')} />
                  </label>
                  <label className="field">
                    {t('day.repository')}
                    <select value={document.repository_id} onChange={(e) => setReview((r) => setDocument(r, index, { repository_id: e.target.value }))}>
                      <option value="">{t('day.notChosen')}</option>
                      {repositories.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  {index > 0 && (
                    <button type="button" onClick={() => setReview((r) => mergeWithPrevious(r, index))}>
                      {t('day.join', { n: index })}
                    </button>
                  )}
                </div>
                <ol className="day-pages">
                  {document.pages.map((sha, p) => (
                    <PageTile key={sha} page={pages.get(sha)!} label={t('day.page', { n: p + 1 })} first={p === 0} flags={proposal.flags[sha]} pageNumberOf={pageNumberOf} actions={actions} />
                  ))}
                </ol>
              </section>
            </li>
          )
        })}
      </ol>
      {review.dropped.length > 0 && (
        <section className="panel day-dropped" aria-label={t('day.leftOutLabel')}>
          <h3>{t('day.leftOut', { n: review.dropped.length })}</h3>
          <ul>
            {review.dropped.map((sha) => (
              <li key={sha}>
                <img src={pages.get(sha)?.thumbnail} alt="" />
                <span>{pages.get(sha)?.name}</span>
                <button type="button" onClick={() => setReview((r) => restorePage(r, sha))}>
                  {t('day.putBack')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}

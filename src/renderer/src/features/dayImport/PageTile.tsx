import type { KeyboardEvent } from 'react'
import type { Translate } from '../../../../shared/i18n/messageIds'
import type { ImportPage, ImportProposal } from '../../../../shared/model/dayImport'
import { useT } from '../../i18n'

export interface PageActions {
  split(sha256: string): void
  move(sha256: string, delta: -1 | 1): void
  drop(sha256: string): void
  focusNeighbour(sha256: string, delta: -1 | 1): void
}

/** "09:14:05" in the reader's clock format, or nothing when the time is unknown. */
export function shotTime(page: ImportPage, t: Translate): string {
  if (!page.captured_at) return t('day.timeUnknown')
  const [date, time] = page.captured_at.split('T')
  const clock = (time ?? '').slice(0, 8)
  return page.captured_from === 'file' ? t('day.fileTime', { date: date ?? '', clock }) : clock
}

/** What a flag means, in words, for the page's badge. */
function flagWords(flags: ImportProposal['flags'][string] | undefined, pageNumberOf: (sha: string) => string, t: Translate): string[] {
  return (flags ?? []).map((f) => (f.flag === 'duplicate' ? t('day.takenTwice', { page: f.of ? pageNumberOf(f.of) : t('day.pageBefore') }) : t('day.blurred')))
}

/**
 * One page of the review: its thumbnail, time and warnings, and the actions on it. Keys when it
 * has focus: ←/→ next page, Alt+←/→ move it, S start a new document here, Delete leave it out.
 */
export function PageTile(props: {
  page: ImportPage
  label: string
  first: boolean
  flags: ImportProposal['flags'][string] | undefined
  pageNumberOf: (sha: string) => string
  actions: PageActions
}) {
  const { page, label, first, actions } = props
  const t = useT()
  const warnings = flagWords(props.flags, props.pageNumberOf, t)
  function onKeyDown(event: KeyboardEvent): void {
    const delta = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0
    if (delta !== 0) {
      event.preventDefault()
      if (event.altKey) actions.move(page.sha256, delta)
      else actions.focusNeighbour(page.sha256, delta)
    } else if ((event.key === 's' || event.key === 'S') && !first) {
      event.preventDefault()
      actions.split(page.sha256)
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      actions.drop(page.sha256)
    }
  }
  return (
    <li className={`page-tile${warnings.length > 0 ? ' page-flagged' : ''}`} data-sha={page.sha256}>
      <button
        type="button"
        className="page-thumb"
        data-page-focus={page.sha256}
        aria-label={t('day.pageLabel', { label, name: page.name, time: shotTime(page, t) }) + (warnings.length ? ` ${warnings.join(' ')}` : '')}
        aria-keyshortcuts="ArrowLeft ArrowRight Alt+ArrowLeft Alt+ArrowRight S Delete"
        onKeyDown={onKeyDown}
      >
        <img src={page.thumbnail} alt="" loading="lazy" decoding="async" />
      </button>
      <div className="page-caption">
        <span className="page-label">{label}</span> <span className="page-time">{shotTime(page, t)}</span>
        <div className="page-name" title={page.name}>
          {page.name}
        </div>
        {warnings.map((w) => (
          <div key={w} className="page-warning">
            {w}
          </div>
        ))}
      </div>
      <div className="page-actions">
        <button type="button" onClick={() => actions.move(page.sha256, -1)} aria-label={t('day.moveEarlier', { label })} title={t('day.moveEarlierHint')}>
          ←
        </button>
        <button type="button" onClick={() => actions.move(page.sha256, 1)} aria-label={t('day.moveLater', { label })} title={t('day.moveLaterHint')}>
          →
        </button>
        <button type="button" onClick={() => actions.drop(page.sha256)} title={t('day.leaveOutHint')}>
          {t('day.leaveOut')}
        </button>
        {!first && (
          <button type="button" onClick={() => actions.split(page.sha256)} title={t('day.newDocumentHint')}>
            {t('day.newDocument')}
          </button>
        )}
      </div>
    </li>
  )
}

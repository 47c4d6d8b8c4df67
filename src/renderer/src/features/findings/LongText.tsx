import { useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n'
import { cutPoint } from '../findingEditor/lengthNotice'

/** Characters shown of a long text before "Show all". */
export const PREVIEW_CHARS = 600
/** Characters added each time the reader scrolls near the end of what is shown. */
const CHUNK_CHARS = 20_000

/**
 * A transcription or translation in the detail pane: a short one whole; a long one collapsed to
 * its opening with "Show all (N characters)". Shown all, it sits in its own scrolling box and
 * grows a chunk at a time as the reader nears the end, so a 990,000-character text never lays
 * out at once and the page stays responsive.
 */
export function LongText({ text, lang }: { text: string; lang?: string }) {
  const t = useT()
  const [shown, setShown] = useState(0)
  const end = useRef<HTMLSpanElement>(null)
  const expanded = shown > 0
  const upTo = Math.min(text.length, shown)

  useEffect(() => {
    const sentinel = end.current
    if (!expanded || !sentinel || upTo >= text.length) return
    const observer = new IntersectionObserver(([entry]) => entry?.isIntersecting && setShown((n) => n + CHUNK_CHARS), {
      root: sentinel.parentElement,
      rootMargin: '400px',
    })
    observer.observe(sentinel)
    return () => observer.disconnect()
  }, [expanded, upTo, text.length])

  if (text.length <= PREVIEW_CHARS * 1.5) return <>{text}</>
  if (!expanded) {
    return (
      <>
        <span lang={lang}>{text.slice(0, cutPoint(text, PREVIEW_CHARS))}…</span>{' '}
        <button type="button" className="link-button show-all" onClick={() => setShown(CHUNK_CHARS)}>
          {t('detail.showAll', { count: text.length })}
        </button>
      </>
    )
  }
  return (
    <>
      <div className="long-text-box" lang={lang} tabIndex={0} role="region" aria-label={t('detail.fullText', { count: text.length })}>
        {text.slice(0, cutPoint(text, upTo))}
        <span ref={end} className="long-text-end" aria-hidden="true" />
      </div>
      <button type="button" className="link-button show-all" onClick={() => setShown(0)}>
        {t('detail.showLess')}
      </button>
    </>
  )
}

import type { ReactNode } from 'react'
import type { SearchHit } from '../../../../shared/api/contract/search'
import { useT } from '../../i18n'
import type { Destination } from '../../navigation'

/** The hit groups, in the order they are shown (their labels: vocabulary `hitType`). */
export const HIT_TYPES: readonly SearchHit['type'][] = ['essay', 'event', 'entity', 'finding']

/** Where opening a hit leads: the finding, the event on the timeline, the entity page, the essay paragraph. */
export function hitDestination(hit: SearchHit): Destination {
  switch (hit.type) {
    case 'finding':
      return { view: 'findings', findingId: hit.id }
    case 'event':
      return { view: 'timeline', eventId: hit.id }
    case 'entity':
      return { view: 'entities', entityId: hit.id }
    case 'essay':
      return { view: 'essay', anchor: hit.id }
  }
}

/**
 * Text with its highlighted ranges wrapped in <mark>, built as React text nodes (the snippet is
 * untrusted record text and never becomes markup). Ranges are clipped and may overlap.
 */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  const parts: ReactNode[] = []
  let at = 0
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(start, at)
    const to = Math.min(end, text.length)
    if (to <= from) continue
    if (from > at) parts.push(text.slice(at, from))
    parts.push(<mark key={from}>{text.slice(from, to)}</mark>)
    at = to
  }
  parts.push(text.slice(at))
  return <>{parts}</>
}

/** A hit's title, snippet and, when it matched through another name, which one. */
export function SearchHitText({ hit }: { hit: SearchHit }) {
  const t = useT()
  return (
    <>
      <span className="search-hit-title">{hit.title}</span>
      {hit.snippet && (
        <span className="search-hit-snippet">
          <Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights} />
        </span>
      )}
      {hit.matched_alias && <span className="search-hit-alias">{t('search.matchedAs', { form: hit.matched_alias.form })}</span>}
    </>
  )
}

import { useMemo } from 'react'
import { useT } from '../../i18n'
import type { Side } from './sides'
import { wordDiff } from './wordDiff'

interface Props {
  base: unknown
  mine?: Side
  theirs?: Side
  /** Who wrote a side and when, e.g. "this laptop, 2026-11-29 14:05". */
  describeSide: (side: Side) => string
  field: string
  /** What to call the two sides (default "Mine" and "Theirs" in the reader's language); history says "Kept" and "Set aside". */
  titles?: { mine: string; theirs: string }
}

/**
 * Base | mine | theirs side by side. Each side marks the words it changed from the base
 * (added underlined, removed struck through); without a base, theirs is compared with mine.
 */
export function ThreeWayText({ base, mine, theirs, describeSide, field, titles }: Props) {
  const baseText = typeof base === 'string' ? base : undefined
  const mineText = typeof mine?.value === 'string' ? mine.value : undefined
  const t = useT()
  return (
    <div className="three-way" role="group" aria-label={t('sync.threeWay', { field })}>
      <TextColumn title={t('sync.beforeBoth')} text={baseText ?? t('sync.noCommonText')} />
      {mine && <TextColumn title={t('sync.columnTitle', { title: titles?.mine ?? t('sync.mine'), side: describeSide(mine) })} text={mineText!} against={baseText} />}
      {theirs && <TextColumn title={t('sync.columnTitle', { title: titles?.theirs ?? t('sync.theirs'), side: describeSide(theirs) })} text={theirs.value as string} against={baseText ?? mineText} />}
    </div>
  )
}

function TextColumn({ title, text, against }: { title: string; text: string; against?: string }) {
  return (
    <section className="three-way-column" aria-label={title}>
      <h4>{title}</h4>
      <p className="three-way-text">
        <DiffText text={text} against={against} />
      </p>
    </section>
  )
}

/** `text` with the words changed since `against` marked: added underlined, removed struck through. */
export function DiffText({ text, against }: { text: string; against?: string }) {
  const parts = useMemo(() => (against === undefined ? undefined : wordDiff(against, text)), [against, text])
  if (!parts) return text
  return parts.map((part, i) =>
    part.type === 'same' ? <span key={i}>{part.text}</span> : part.type === 'added' ? <ins key={i}>{part.text}</ins> : <del key={i}>{part.text}</del>,
  )
}

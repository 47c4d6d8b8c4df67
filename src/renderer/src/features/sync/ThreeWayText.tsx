import { useMemo } from 'react'
import { currentLocale, useT } from '../../i18n'
import { sideLabel, type DeviceName, type Side } from './sides'
import { wordDiff } from './wordDiff'

interface Props {
  base: unknown
  mine?: Side
  theirs?: Side
  deviceName: DeviceName
  field: string
}

/**
 * Base | mine | theirs side by side. Each side marks the words it changed from the base
 * (added underlined, removed struck through); without a base, theirs is compared with mine.
 */
export function ThreeWayText({ base, mine, theirs, deviceName, field }: Props) {
  const baseText = typeof base === 'string' ? base : undefined
  const mineText = typeof mine?.value === 'string' ? mine.value : undefined
  const t = useT()
  const locale = currentLocale()
  return (
    <div className="three-way" role="group" aria-label={t('sync.threeWay', { field })}>
      <TextColumn title={t('sync.beforeBoth')} text={baseText ?? t('sync.noCommonText')} />
      {mine && <TextColumn title={t('sync.mine', { side: sideLabel(mine, deviceName, t, locale) })} text={mineText!} against={baseText} />}
      {theirs && <TextColumn title={t('sync.theirs', { side: sideLabel(theirs, deviceName, t, locale) })} text={theirs.value as string} against={baseText ?? mineText} />}
    </div>
  )
}

function TextColumn({ title, text, against }: { title: string; text: string; against?: string }) {
  const parts = useMemo(() => (against === undefined ? undefined : wordDiff(against, text)), [against, text])
  return (
    <section className="three-way-column" aria-label={title}>
      <h4>{title}</h4>
      <p className="three-way-text">
        {parts
          ? parts.map((part, i) =>
              part.type === 'same' ? (
                <span key={i}>{part.text}</span>
              ) : part.type === 'added' ? (
                <ins key={i}>{part.text}</ins>
              ) : (
                <del key={i}>{part.text}</del>
              ),
            )
          : text}
      </p>
    </section>
  )
}

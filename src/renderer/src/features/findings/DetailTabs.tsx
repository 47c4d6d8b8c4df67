import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useT } from '../../i18n'

export type DetailTab = 'details' | 'history'

const TABS: { id: DetailTab }[] = [{ id: 'details' }, { id: 'history' }]

interface Props {
  tab: DetailTab
  onChange(tab: DetailTab): void
  children: ReactNode
}

/**
 * Details and History of one finding as tabs (WAI-ARIA tabs pattern): arrow keys, Home and End
 * move between them, Tab goes into the shown panel.
 */
export function DetailTabs({ tab, onChange, children }: Props) {
  const id = useId()
  const buttons = useRef(new Map<DetailTab, HTMLButtonElement>())
  const translate = useT()

  function onKeyDown(event: KeyboardEvent): void {
    const index = TABS.findIndex((t) => t.id === tab)
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const target = TABS[(next + TABS.length) % TABS.length]!.id
    onChange(target)
    buttons.current.get(target)?.focus()
  }

  return (
    <>
      <div role="tablist" aria-label={translate('findings.tabs')} className="detail-tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(node) => void (node ? buttons.current.set(t.id, node) : buttons.current.delete(t.id))}
            type="button"
            role="tab"
            id={`${id}-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${id}-panel`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => onChange(t.id)}
          >
            {translate(`findings.tab.${t.id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`} className="detail-tab-panel">
        {children}
      </div>
    </>
  )
}

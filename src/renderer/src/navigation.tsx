import { createContext, useContext, type MouseEvent, type ReactNode } from 'react'
import type { ViewId } from '../../shared/model/app'

/** Where a link leads: a view, and in it an essay anchor, an event, an entity, a finding or a search. */
export type Destination =
  | { view: 'essay'; anchor?: string }
  | { view: 'timeline'; eventId?: string }
  | { view: 'entities'; entityId?: string }
  | { view: 'findings'; findingId?: string }
  | { view: 'search'; query?: string }
  | { view: Exclude<ViewId, 'essay' | 'timeline' | 'entities' | 'findings' | 'search'> }

export const NavigationContext = createContext<(to: Destination) => void>(() => undefined)

/** The function that switches views; links between views call it. */
export function useNavigate(): (to: Destination) => void {
  return useContext(NavigationContext)
}

/**
 * A real link (keyboard-reachable, right-click copyable) to a place in another view. An essay
 * anchor keeps its `#slug` href, so the essay opens scrolled to it.
 */
export function ViewLink({ to, children, className }: { to: Destination; children: ReactNode; className?: string }) {
  const navigate = useNavigate()
  const href = to.view === 'essay' && to.anchor ? `#${to.anchor}` : '#'
  function onClick(event: MouseEvent): void {
    event.preventDefault()
    navigate(to)
  }
  return (
    <a href={href} className={className} onClick={onClick}>
      {children}
    </a>
  )
}

import { useEffect, useState } from 'react'
import type { LinkNames } from './historyWords'
import { call } from '../../api/client'

/**
 * Names of entities, events and repositories by id, so a history reads "Kim Il Sung", not
 * "kim-il-sung". Loaded only when `needed`; until the names arrive a link reads as unknown.
 */
export function useLinkNames(needed: boolean): LinkNames {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map())
  useEffect(() => {
    if (!needed) return
    let current = true
    Promise.all([call('entities.list', {}), call('events.list', {}), call('repositories.list', {})]).then(
      ([entities, events, repositories]) => {
        const pairs = [...entities.map((e) => [e.id, e.preferredName] as const), ...events.map((e) => [e.id, e.title] as const), ...repositories.map((r) => [r.id, r.name] as const)]
        if (current) setNames(new Map(pairs))
      },
      // Without names the ids stay: the history itself is still whole.
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [needed])
  return (id) => names.get(id)
}

import { useEffect, useState } from 'react'
import type { LinkNames } from '../../../../shared/findings/valueText'
import { call } from '../../api/client'

/**
 * Names of entities and events by id, so a history of links reads "Kim Il Sung", not
 * "kim-il-sung". Loaded only when `needed`; ids stand in until the names arrive.
 */
export function useLinkNames(needed: boolean): LinkNames {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map())
  useEffect(() => {
    if (!needed) return
    let current = true
    Promise.all([call('entities.list', {}), call('events.list', {})]).then(
      ([entities, events]) => {
        if (current) setNames(new Map([...entities.map((e) => [e.id, e.preferredName] as const), ...events.map((e) => [e.id, e.title] as const)]))
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

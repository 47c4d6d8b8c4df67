import { useEffect, useState } from 'react'
import { on } from '../../api/client'

/** Calls that change preferences or drafts, not findings: they must not reload the list. */
const NOT_FINDINGS = /^(settings|drafts)\./

/**
 * A number that goes up when the library changes in a way the findings may show, to key
 * reloads on. Saving the filter bar in the settings does not count, or every filter change
 * would reload the list twice.
 */
export function useFindingsVersion(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => on('library.changed', ({ method }) => !NOT_FINDINGS.test(method) && setVersion((v) => v + 1)), [])
  return version
}

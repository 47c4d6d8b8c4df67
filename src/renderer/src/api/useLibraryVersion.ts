import { useEffect, useState } from 'react'
import { on } from './client'

/** A number that goes up whenever the library changes, to use as a `useCall` key part. */
export function useLibraryVersion(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => on('library.changed', () => setVersion((v) => v + 1)), [])
  return version
}

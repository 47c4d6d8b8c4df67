import { createRequire } from 'node:module'

const load = createRequire(__filename)

/**
 * A package loaded on first use rather than at start: `workbench search` and the other commands
 * that never read an image or format a citation do not pay for sharp, tesseract.js or citeproc.
 */
export function lazyModule<T>(name: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= load(name) as T)
}

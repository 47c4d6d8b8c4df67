import { createHash } from 'node:crypto'

/** SHA-256 of a value's JSON: a bundled row is rewritten only when this changes. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}

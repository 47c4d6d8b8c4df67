/**
 * Fractional position keys: a key is the digits of a base-36 fraction 0.k₁k₂k₃…, so keys compare
 * as plain strings and there is always room for a key between two others. A key never ends in
 * "0" (0.5 and 0.50 would be two names for one place).
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
const BASE = DIGITS.length

/** What a stored key looks like. */
export const POSITION_KEY = /^[0-9a-z]{0,63}[1-9a-z]$/

const digit = (key: string, i: number): number => (i < key.length ? DIGITS.indexOf(key[i]!) : 0)

/**
 * A key strictly between `before` and `after` (null: the start or the end of the list). The
 * result depends only on the two bounds, so two laptops placing a page between the same
 * neighbours choose the same key; the order then falls back on the page's hash.
 */
export function keyBetween(before: string | null, after: string | null): string {
  const low = before ?? ''
  if (after !== null && !(low < after)) throw new RangeError(`no key between "${low}" and "${after}"`)
  let prefix = ''
  for (let i = 0; ; i++) {
    const a = digit(low, i)
    const b = after === null ? BASE : digit(after, i)
    if (a === b) {
      prefix += DIGITS[a]
      continue
    }
    if (b - a > 1) return prefix + DIGITS[Math.floor((a + b) / 2)]!
    // Adjacent digits: keep a's digit and find room above the rest of `low`.
    return prefix + DIGITS[a] + keyBetween(low.slice(i + 1), null)
  }
}

/** `count` keys spread evenly between two bounds, in order: short keys for a whole list at once. */
export function keysBetween(before: string | null, after: string | null, count: number): string[] {
  if (count <= 0) return []
  const middle = keyBetween(before, after)
  const left = Math.floor((count - 1) / 2)
  return [...keysBetween(before, middle, left), middle, ...keysBetween(middle, after, count - 1 - left)]
}

/**
 * Remembers the results of a pure function of a string, up to `capacity` entries (the oldest
 * goes first), for work that is asked again and again with a few thousand distinct inputs.
 */
export function memoized<T>(compute: (value: string) => T, capacity = 20_000): (value: string) => T {
  const cache = new Map<string, T>()
  return (value) => {
    const hit = cache.get(value)
    if (hit !== undefined) return hit
    const result = compute(value)
    if (cache.size >= capacity) cache.delete(cache.keys().next().value as string)
    cache.set(value, result)
    return result
  }
}

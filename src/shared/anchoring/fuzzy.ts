/**
 * Approximate string matching over code-point arrays, for re-anchoring a quote whose text was
 * edited. Both functions are bounded so a long essay costs O(text × quote), never worse.
 */

/** A place in the text where the pattern matches with `distance` edits. */
export interface ApproximateMatch {
  start: number
  end: number
  distance: number
}

/**
 * Levenshtein distance between `a` and `b`, or `Infinity` as soon as it must exceed `bound`
 * (so comparing very different strings stops early).
 */
export function boundedEditDistance(a: readonly string[], b: readonly string[], bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return Infinity
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = Math.min(
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        previous[j]! + 1,
        current[j - 1]! + 1,
      )
      current.push(cost)
      rowMin = Math.min(rowMin, cost)
    }
    if (rowMin > bound) return Infinity
    previous = current
  }
  const distance = previous[b.length]!
  return distance <= bound ? distance : Infinity
}

/**
 * Every end position where `pattern` occurs in `text` with at most `maxEdits` edits (Sellers'
 * algorithm), each with the start of its best alignment. Matches may overlap; the caller picks.
 */
export function approximateMatches(
  text: readonly string[],
  pattern: readonly string[],
  maxEdits: number,
): ApproximateMatch[] {
  const m = pattern.length
  let cost = Array.from({ length: m + 1 }, (_, i) => i)
  let start = new Array<number>(m + 1).fill(0)
  const matches: ApproximateMatch[] = []
  for (let j = 1; j <= text.length; j++) {
    const nextCost = [0]
    const nextStart = [j]
    for (let i = 1; i <= m; i++) {
      const substitute = cost[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1)
      const skipText = cost[i]! + 1
      const skipPattern = nextCost[i - 1]! + 1
      if (substitute <= skipText && substitute <= skipPattern) {
        nextCost.push(substitute)
        nextStart.push(start[i - 1]!)
      } else if (skipText <= skipPattern) {
        nextCost.push(skipText)
        nextStart.push(start[i]!)
      } else {
        nextCost.push(skipPattern)
        nextStart.push(nextStart[i - 1]!)
      }
    }
    cost = nextCost
    start = nextStart
    if (cost[m]! <= maxEdits) matches.push({ start: start[m]!, end: j, distance: cost[m]! })
  }
  return matches
}

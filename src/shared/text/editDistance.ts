/** Levenshtein distance over code points (insertions, deletions, substitutions), in O(n) memory. */
export function editDistance(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution))
    }
    previous = current
  }
  return previous[y.length]!
}

/** 1 for equal texts, 0 for texts with nothing in common: 1 - distance / longer length. */
export function textSimilarity(a: string, b: string): number {
  const longer = Math.max([...a].length, [...b].length)
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer
}

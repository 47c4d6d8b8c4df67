import type SearchableMap from 'minisearch/SearchableMap'

/**
 * Edit distance where swapping two neighbouring letters counts as one edit (optimal string
 * alignment, the restricted Damerau-Levenshtein distance): `comitee` is one edit from `comittee`,
 * `enlia` one from `enlai`. Stops early once the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let twoBack: number[] = []
  let back = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(back[j]! + 1, row[j - 1]! + 1, back[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, twoBack[j - 2]! + 1)
      row.push(d)
      best = Math.min(best, d)
    }
    if (best > max) return max + 1
    twoBack = back
    back = row
  }
  return back[b.length]!
}

/** Typo tolerance by length: none below 5 letters (too many neighbours), one edit up to 7, two from 8. */
export function allowedEdits(word: string): number {
  const length = [...word].length
  return length < 5 ? 0 : length < 8 ? 1 : 2
}

/**
 * Keys of a trie within `max` edits of `word` (a transposition counting one), nearest first.
 * MiniSearch's fuzzy walk counts a transposition as two edits, so each swap of neighbouring
 * letters is also looked up as it is.
 */
export function nearKeys<T>(map: SearchableMap<T>, word: string, max: number): { key: string; value: T; distance: number }[] {
  if (max <= 0) return []
  const found = new Map<string, { key: string; value: T; distance: number }>()
  for (const [key, [value, distance]] of map.fuzzyGet(word, max)) if (key !== word) found.set(key, { key, value, distance })
  for (const swapped of transpositions(word)) {
    const value = map.get(swapped)
    if (value !== undefined && swapped !== word) found.set(swapped, { key: swapped, value, distance: 1 })
  }
  return [...found.values()].sort((x, y) => x.distance - y.distance)
}

/** The word with each two different neighbouring letters swapped. */
export function transpositions(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
  }
  return out
}

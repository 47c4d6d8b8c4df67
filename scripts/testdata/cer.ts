/**
 * Character error rate: edit distance (insertions, deletions, substitutions of code points)
 * between what OCR read and the true text, divided by the true text's length. Whitespace is
 * compared as one space between words and not at all between CJK characters, where its
 * presence is a matter of layout, not of reading.
 */
export function normalizeForCer(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(/(?<=[\p{Script=Han}\p{Script=Hangul}\p{P}]) (?=[\p{Script=Han}\p{P}])/gu, '')
    .replace(/(?<=[\p{Script=Han}\p{P}]) (?=[\p{Script=Hangul}])/gu, '')
    .trim()
}

/** Levenshtein distance over code points, in O(n) memory. */
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

export function characterErrorRate(read: string, truth: string): { cer: number; errors: number; chars: number } {
  const expected = normalizeForCer(truth)
  const errors = editDistance(normalizeForCer(read), expected)
  const chars = [...expected].length
  return { cer: chars === 0 ? 0 : errors / chars, errors, chars }
}

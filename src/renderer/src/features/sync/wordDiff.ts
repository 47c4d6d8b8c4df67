/** One run of a word diff: text both sides share, or text only the old or only the new side has. */
export interface DiffPart {
  type: 'same' | 'added' | 'removed'
  text: string
}

const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}'
/**
 * Tokens: one CJK character (Chinese and Japanese are written without spaces, so a character
 * is the unit a reader compares), a run of other letters/digits (a Latin, Cyrillic or Hangul
 * word), a run of spaces, or any other single character (punctuation).
 */
const TOKEN = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+|\\s+|.`, 'gsu')

/** Above this many table cells the middle of the texts is shown as replaced wholesale. */
const MAX_TABLE_CELLS = 4_000_000

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

/**
 * A word-level diff from `before` to `after` by longest common subsequence. The shared head and
 * tail are cut off first, so the usual edit (a few words changed in a long text) stays cheap.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before)
  const b = tokenize(after)
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const parts: DiffPart[] = []
  push(parts, 'same', a.slice(0, head))
  middle(parts, a.slice(head, a.length - tail), b.slice(head, b.length - tail))
  push(parts, 'same', a.slice(a.length - tail))
  return parts
}

function middle(parts: DiffPart[], a: string[], b: string[]): void {
  if (a.length * b.length > MAX_TABLE_CELLS) {
    push(parts, 'removed', a)
    push(parts, 'added', b)
    return
  }
  // lengths[i * width + j]: length of the LCS of a[i..] and b[j..].
  const width = b.length + 1
  const lengths = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!)
    }
  }
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', [a[i++]!])
      j++
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) push(parts, 'removed', [a[i++]!])
    else push(parts, 'added', [b[j++]!])
  }
  push(parts, 'removed', a.slice(i))
  push(parts, 'added', b.slice(j))
}

/** Appends tokens, joining them to the previous part when it is of the same type. */
function push(parts: DiffPart[], type: DiffPart['type'], tokens: string[]): void {
  if (tokens.length === 0) return
  const text = tokens.join('')
  const last = parts.at(-1)
  if (last?.type === type) last.text += text
  else parts.push({ type, text })
}

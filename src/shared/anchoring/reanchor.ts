import { approximateMatches, boundedEditDistance } from './fuzzy'
import { codePoints, type PassageAnchor } from './selectors'

/**
 * Where an anchor lands in (possibly edited) text, in code points:
 * - `exact`: the quote is still at the stored position;
 * - `moved`: the quote is intact elsewhere (context decides between repeats);
 * - `fuzzy`: the quote was edited; the closest passage within the edit bound;
 * - `orphan`: nothing close enough is left, so the UI should ask the user to re-attach it.
 */
export type ReanchorResult =
  | { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number }
  | { status: 'orphan'; start: null; end: null }

/** Share of the quote that may be edited and still count as the same passage. */
const FUZZY_SHARE = 0.25
/** Quotes shorter than this are too ambiguous to match approximately. */
const MIN_FUZZY_LENGTH = 4
/** Longer quotes are only re-found through their context, to bound the cost on a whole essay. */
const MAX_FUZZY_LENGTH = 500

interface Candidate {
  start: number
  end: number
  distance: number
}

/** How many code points of the stored prefix and suffix still surround a candidate. */
function contextScore(text: readonly string[], anchor: PassageAnchor, at: Candidate): number {
  const prefix = codePoints(anchor.quote.prefix)
  const suffix = codePoints(anchor.quote.suffix)
  let score = 0
  for (let i = 1; i <= prefix.length && text[at.start - i] === prefix[prefix.length - i]; i++) score++
  for (let i = 0; i < suffix.length && text[at.end + i] === suffix[i]; i++) score++
  return score
}

/** Fewest edits, then most surviving context, then nearest to where the passage used to be. */
function best(
  text: readonly string[],
  anchor: PassageAnchor,
  candidates: Candidate[],
): Candidate | undefined {
  const wasAt = anchor.position.start
  const ranked = candidates.map((c) => ({ c, context: contextScore(text, anchor, c) }))
  ranked.sort(
    (a, b) =>
      a.c.distance - b.c.distance ||
      b.context - a.context ||
      Math.abs(a.c.start - wasAt) - Math.abs(b.c.start - wasAt),
  )
  return ranked[0]?.c
}

function exactOccurrences(text: readonly string[], quote: readonly string[]): Candidate[] {
  const found: Candidate[] = []
  outer: for (let start = 0; start + quote.length <= text.length; start++) {
    for (let i = 0; i < quote.length; i++) if (text[start + i] !== quote[i]) continue outer
    found.push({ start, end: start + quote.length, distance: 0 })
  }
  return found
}

function indexesOf(text: readonly string[], part: readonly string[]): number[] {
  return exactOccurrences(text, part).map((c) => c.start)
}

/** The passage between surviving prefix and suffix, if it still resembles the quote. */
function betweenContext(
  text: readonly string[],
  anchor: PassageAnchor,
  quote: readonly string[],
  bound: number,
): Candidate[] {
  const prefix = codePoints(anchor.quote.prefix)
  const suffix = codePoints(anchor.quote.suffix)
  if (prefix.length === 0 && suffix.length === 0) return []
  const starts = prefix.length === 0 ? [0] : indexesOf(text, prefix).map((i) => i + prefix.length)
  const ends = suffix.length === 0 ? [text.length] : indexesOf(text, suffix)
  const candidates: Candidate[] = []
  for (const start of starts) {
    const end = ends.find((e) => e > start)
    if (end === undefined || Math.abs(end - start - quote.length) > bound) continue
    const distance = boundedEditDistance(text.slice(start, end), quote, bound)
    if (distance !== Infinity) candidates.push({ start, end, distance })
  }
  return candidates
}

/**
 * Finds an anchor again in `text` (the paragraph's or essay's current plain text): the stored
 * position first, then the quote anywhere (context breaks ties), then an approximate match within
 * a quarter of the quote's length in edits.
 */
export function reanchor(text: string, anchor: PassageAnchor): ReanchorResult {
  const chars = codePoints(text)
  const quote = codePoints(anchor.quote.exact)
  const { start, end } = anchor.position
  if (end <= chars.length && chars.slice(start, end).join('') === anchor.quote.exact) {
    return { status: 'exact', start, end }
  }
  const moved = best(chars, anchor, exactOccurrences(chars, quote))
  if (moved) return { status: 'moved', start: moved.start, end: moved.end }
  if (quote.length >= MIN_FUZZY_LENGTH) {
    const bound = Math.max(1, Math.floor(quote.length * FUZZY_SHARE))
    const approximate = quote.length <= MAX_FUZZY_LENGTH ? approximateMatches(chars, quote, bound) : []
    const fuzzy = best(chars, anchor, [...betweenContext(chars, anchor, quote, bound), ...approximate])
    if (fuzzy) return { status: 'fuzzy', start: fuzzy.start, end: fuzzy.end }
  }
  return { status: 'orphan', start: null, end: null }
}

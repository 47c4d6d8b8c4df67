import { z } from 'zod'
import { ParagraphId } from '../model/essay'

/**
 * W3C Web Annotation selectors over plain text. Positions count Unicode code points, as the
 * W3C model asks, so an anchor means the same thing in every host; DOM selections (UTF-16
 * offsets) go through `utf16ToCodePoint` first.
 */

/** How many code points of context are kept on each side of the quote. */
export const CONTEXT_LENGTH = 32
/** The longest passage an anchor may quote. */
export const MAX_QUOTE_LENGTH = 10_000

export const TextQuoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'must not be empty').max(MAX_QUOTE_LENGTH),
  prefix: z.string().max(CONTEXT_LENGTH * 2),
  suffix: z.string().max(CONTEXT_LENGTH * 2),
})
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>

export const TextPositionSelector = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] })
export type TextPositionSelector = z.infer<typeof TextPositionSelector>

/** A passage of one paragraph (or, without `paragraph_id`, of the essay's whole text). */
export const PassageAnchor = z.strictObject({
  paragraph_id: ParagraphId.optional(),
  quote: TextQuoteSelector,
  position: TextPositionSelector,
})
export type PassageAnchor = z.infer<typeof PassageAnchor>

/** The text as an array of code points, so that indexes never split a surrogate pair. */
export function codePoints(text: string): string[] {
  return Array.from(text)
}

/**
 * Converts a UTF-16 offset (what DOM selections give) into a code-point offset. An offset in the
 * middle of a surrogate pair counts the whole character as before it when `round` is 'up'.
 */
export function utf16ToCodePoint(text: string, offset: number, round: 'down' | 'up' = 'down'): number {
  let units = 0
  let points = 0
  for (const char of text) {
    if (units >= offset) break
    const next = units + char.length
    if (next > offset) return round === 'up' ? points + 1 : points
    units = next
    points += 1
  }
  return points
}

/** Converts a code-point offset back into a UTF-16 offset (for DOM ranges and `String#slice`). */
export function codePointToUtf16(text: string, offset: number): number {
  let units = 0
  let points = 0
  for (const char of text) {
    if (points >= offset) break
    units += char.length
    points += 1
  }
  return units
}

/**
 * Makes an anchor for `[start, end)` (code points) of `text`. Throws a RangeError naming the
 * bad bound, because a selection outside the text is a caller bug, not user input.
 */
export function createAnchor(text: string, start: number, end: number, paragraphId?: string): PassageAnchor {
  const chars = codePoints(text)
  if (!Number.isInteger(start) || start < 0 || start >= chars.length) {
    throw new RangeError(`anchor start ${start} is outside the text (0..${chars.length - 1})`)
  }
  if (!Number.isInteger(end) || end <= start || end > chars.length) {
    throw new RangeError(`anchor end ${end} must be after start ${start} and at most ${chars.length}`)
  }
  const exact = chars.slice(start, end).join('')
  if (exact.length > MAX_QUOTE_LENGTH) {
    throw new RangeError(`anchor quotes ${exact.length} characters; the limit is ${MAX_QUOTE_LENGTH}`)
  }
  return {
    ...(paragraphId === undefined ? {} : { paragraph_id: paragraphId }),
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: chars.slice(Math.max(0, start - CONTEXT_LENGTH), start).join(''),
      suffix: chars.slice(end, end + CONTEXT_LENGTH).join(''),
    },
    position: { type: 'TextPositionSelector', start, end },
  }
}

/** Same as `createAnchor`, for a DOM-style UTF-16 range; a half surrogate pair is widened outward. */
export function createAnchorFromUtf16(
  text: string,
  start: number,
  end: number,
  paragraphId?: string,
): PassageAnchor {
  return createAnchor(
    text,
    utf16ToCodePoint(text, start, 'down'),
    utf16ToCodePoint(text, end, 'up'),
    paragraphId,
  )
}

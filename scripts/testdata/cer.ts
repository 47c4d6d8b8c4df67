import { editDistance } from '../../src/shared/text/editDistance'

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

export function characterErrorRate(read: string, truth: string): { cer: number; errors: number; chars: number } {
  const expected = normalizeForCer(truth)
  const errors = editDistance(normalizeForCer(read), expected)
  const chars = [...expected].length
  return { cer: chars === 0 ? 0 : errors / chars, errors, chars }
}

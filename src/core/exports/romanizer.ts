/**
 * The one door through which exports and citations ask for a romanization that the researcher
 * has not recorded. The engine itself is src/core/romanize (pinyin, Wade-Giles, McCune-Reischauer,
 * Revised Romanization, ALA-LC, BGN/PCGN); until it is wired in here, nothing is suggested and a
 * citation prints the form the researcher recorded.
 */
export type RomanizeKind = 'person' | 'institution' | 'title'

/** A romanized form of `text` (in original script) for a citation, or undefined when none can be made. */
export function romanizeForCitation(text: string, kind: RomanizeKind, language?: string): string | undefined {
  void text
  void kind
  void language
  return undefined
}

const NON_LATIN_LETTER = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** True when `text` has letters of a script a citation in English must romanize. */
export const needsRomanization = (text: string) => NON_LATIN_LETTER.test(text)

/** True for Han and hangul text: Chicago may print it beside its romanization (CMOS 11.x). */
export const isCjkScript = (text: string) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(text)

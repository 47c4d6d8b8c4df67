/**
 * Text folding for reference codes. Matching must survive what researchers actually type:
 * full-width digits, any of a dozen dashes, and Cyrillic letters that look Latin ("98с").
 * Display always keeps the raw string; these functions only feed keys.
 */

/** Every dash-like character that people and word processors put into reference codes. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D\u30FC\u2043]/g

/** Cyrillic letters that are drawn like Latin ones, mapped to the Latin letter (lowercase). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
}

/** NFKC (full-width digits and letters become ASCII), dashes become '-', whitespace collapses. */
export function normalizeReferenceText(raw: string): string {
  return raw.normalize('NFKC').replace(DASHES, '-').replace(/\s+/gu, ' ').trim()
}

/** Lowercases and maps Cyrillic look-alikes to Latin, for the code part of a key only. */
export function foldHomoglyphs(code: string): string {
  return Array.from(code.toLowerCase(), (char) => HOMOGLYPHS[char] ?? char).join('')
}

/** Normalized, lowercased, homoglyph-folded text: the key form of a code nobody could parse. */
export function foldReference(raw: string): string {
  return foldHomoglyphs(normalizeReferenceText(raw))
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Removes any of `prefixes` (and following punctuation) from the start of `text`, repeatedly, so
 * that "外交部档案馆 档号 106-…" loses both. Matching ignores case and inner spaces.
 */
export function stripPrefixes(
  text: string,
  prefixes: readonly string[],
): { rest: string; stripped: string[] } {
  const stripped: string[] = []
  let rest = text
  for (let changed = true; changed;) {
    changed = false
    for (const prefix of prefixes) {
      // A Latin or Cyrillic prefix must end at a word boundary ("FMA" is not the start of "FMAX").
      const pattern = new RegExp(
        `^${escapeRegExp(prefix).replace(/ /g, '\\s*')}(?![A-Za-z\u0400-\u04FF])[\\s,:;：，、.]*`,
        'iu',
      )
      const match = pattern.exec(rest)
      if (match) {
        stripped.push(prefix)
        rest = rest.slice(match[0].length)
        changed = true
      }
    }
  }
  return { rest, stripped }
}

/** Removes parenthetical asides such as "(FX)" or "（复印件）" that are not part of a code. */
export function dropParentheticals(text: string): string {
  return text.replace(/\s*[(（][^()（）]*[)）]\s*/gu, ' ').trim()
}

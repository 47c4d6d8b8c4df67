/** Number words that appear in dates as written: Chinese numerals and Roman month numerals. */

const HAN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
  两: 2,
  兩: 2,
}
const HAN_TENS: Record<string, number> = { 十: 10, 拾: 10, 廿: 20, 卅: 30 }

/** Characters a Chinese numeral may contain, for building patterns. */
export const HAN_NUMERAL_CHARS = [...Object.keys(HAN_DIGITS), ...Object.keys(HAN_TENS)].join('')

/**
 * Reads Arabic digits or a Chinese numeral: digit-by-digit for years (一九六七 → 1967) and with
 * tens for months and days (十一 → 11, 二十二 → 22, 廿三 → 23). Returns undefined if unreadable.
 */
export function readNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text)
  const chars = Array.from(text)
  if (chars.length === 0) return undefined
  if (chars.every((c) => c in HAN_DIGITS)) return Number(chars.map((c) => HAN_DIGITS[c]).join(''))
  const tensIndex = chars.findIndex((c) => c in HAN_TENS)
  if (tensIndex < 0 || tensIndex > 1 || chars.length - tensIndex > 2) return undefined
  const multiplier = tensIndex === 1 ? HAN_DIGITS[chars[0]!] : 1
  const unit = chars[tensIndex + 1] === undefined ? 0 : HAN_DIGITS[chars[tensIndex + 1]!]
  if (multiplier === undefined || unit === undefined) return undefined
  return multiplier * HAN_TENS[chars[tensIndex]!]! + unit
}

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
/** Cyrillic letters typed for Roman numerals (Х for X, І for I). */
const ROMAN_LOOKALIKES: Record<string, string> = { Х: 'X', х: 'X', І: 'I', і: 'I' }

/** Reads a Roman month numeral (I–XII, any case, Cyrillic look-alikes allowed) as 1–12. */
export function readRomanMonth(text: string): number | undefined {
  const latin = Array.from(text, (c) => ROMAN_LOOKALIKES[c] ?? c)
    .join('')
    .toUpperCase()
  const index = ROMAN_MONTHS.indexOf(latin)
  return index < 0 ? undefined : index + 1
}

import * as OpenCC from 'opencc-js/t2cn'
import { pinyin } from 'pinyin-pro'
import { memoized } from '../../../shared/memoized'
import { isHanChar } from '../script'

/**
 * Hanzi to Hanyu Pinyin through pinyin-pro (MIT; its dictionary ships in the package and it
 * makes no network requests). pinyin-pro reads polyphones by the words around them (银行 yínháng,
 * 行政 xíngzhèng); traditional characters are first mapped to simplified one by one, because its
 * word readings are keyed on simplified text (重慶 would otherwise read zhòngqìng).
 */

/** A run of the input: Han characters with their toned syllables, or anything else as it is. */
export type HanRun = { han: true; text: string; syllables: string[] } | { han: false; text: string }

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })

const simplifiedOf = new Map<string, string>()

/**
 * The simplified form of one character, when pinyin-pro can read it: OpenCC maps a few rare ones
 * to characters pinyin-pro does not know (噚 -> 㖊, 鎶 -> 鿔), and those keep their own form.
 */
function simplifiedChar(c: string): string {
  let known = simplifiedOf.get(c)
  if (known === undefined) {
    const s = toSimplified(c)
    known = s !== c && [...s].length === 1 && pinyin(s, { type: 'all' })[0]?.isZh ? s : c
    simplifiedOf.set(c, known)
  }
  return known
}

function simplifiedCharByChar(text: string): string {
  let out = ''
  for (const c of text) out += isHanChar(c) ? simplifiedChar(c) : c
  return out
}

/**
 * Splits text into Han runs (with toned syllables) and other runs. `surname` reads the first
 * characters as a family name (单 Shàn, 曾 Zēng, 朴 Piáo, 万俟 Mòqí), which only suits personal names.
 */
export function hanRuns(text: string, options: { surname?: boolean } = {}): readonly HanRun[] {
  return options.surname ? surnameRuns(text) : plainRuns(text)
}

// A name is read several times over (pinyin, tones, Wade-Giles, joined...): read it once.
const plainRuns = memoized((text) => readRuns(text, false), 5_000)
const surnameRuns = memoized((text) => readRuns(text, true), 5_000)

function readRuns(text: string, surname: boolean): HanRun[] {
  const original = [...text]
  const simplified = [...simplifiedCharByChar(text)]
  const items = pinyin(simplified.join(''), {
    type: 'all',
    toneType: 'symbol',
    nonZh: 'consecutive',
    surname: surname ? 'head' : 'off',
    toneSandhi: false,
  })
  const runs: HanRun[] = []
  let at = 0
  for (const item of items) {
    const length = [...item.origin].length
    const originalText = original.slice(at, at + length).join('')
    at += length
    const last = runs[runs.length - 1]
    if (item.isZh && item.pinyin) {
      if (last?.han) {
        last.text += originalText
        last.syllables.push(item.pinyin)
      } else runs.push({ han: true, text: originalText, syllables: [item.pinyin] })
    } else if (last && !last.han) last.text += originalText
    else runs.push({ han: false, text: originalText })
  }
  return runs
}

const TONE_MARKS = /[\u0300\u0301\u0304\u030c]/g

/** `lǜ` -> `lü`, `Zhōu` -> `Zhou`: drops tone marks, keeps ü. */
export function stripTones(syllable: string): string {
  return syllable.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC')
}

/**
 * Joins the syllables of one word, with the apostrophe pinyin puts before a syllable that starts
 * with a, o or e (Xī'ān, Tiān'ānmén, Dàng'ànguǎn).
 */
export function joinPinyinWord(syllables: readonly string[]): string {
  return syllables
    .map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/i.test(s.normalize('NFC')) ? `'${s}` : s))
    .join('')
}

export function capitalize(word: string): string {
  const [first = '', ...rest] = [...word]
  return first.toUpperCase() + rest.join('')
}

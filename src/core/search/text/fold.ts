import * as OpenCC from 'opencc-js/t2cn'

/**
 * Character folding shared by indexing and querying. Every function here maps one code point of
 * the original text to zero or more folded characters, so the tokenizer can keep offsets into the
 * original text (snippets highlight what was typed, not the folded form).
 */

/** Apostrophes and similar marks dropped inside words: `P'yŏngyang` = `Pyongyang`. */
const APOSTROPHES = new Set(["'", '’', 'ʼ', 'ʻ', '‘', '`', '´', 'ʽ', 'ʹ', '′'])

/** Letters that NFD does not decompose but readers treat as their base letter. */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss', ø: 'o', đ: 'd', ł: 'l', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th', ŀ: 'l',
}

/** Combining diacritical marks (U+0300-U+036F); kana voicing marks are kept on purpose. */
const DIACRITIC = /[\u0300-\u036f]/g

/**
 * Traditional to simplified Chinese, one character at a time. OpenCC's phrase rules could change
 * a string's length; per character keeps offsets and folds both sides of a search alike.
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })

const cache = new Map<number, string>()

/**
 * Folds one code point: NFKC, case folding, no diacritics or apostrophes, simplified Han. Korean
 * initial sounds depend on the word, so the tokenizer folds them (see korean.ts).
 */
export function foldChar(char: string): string {
  const cp = char.codePointAt(0) ?? 0
  const hit = cache.get(cp)
  if (hit !== undefined) return hit
  const folded = computeFold(char)
  cache.set(cp, folded)
  return folded
}

function computeFold(char: string): string {
  if (APOSTROPHES.has(char)) return ''
  // Upper then lower approximates full Unicode case folding (ᾀ -> ἀι, ß -> ss).
  let s = char.normalize('NFKC').toUpperCase().toLowerCase()
  s = s.normalize('NFD').replace(DIACRITIC, '').normalize('NFC')
  let out = ''
  for (const c of s) {
    if (APOSTROPHES.has(c)) continue
    out += LETTER_FOLDS[c] ?? (isHan(c) ? toSimplified(c) : c)
  }
  return out
}

/** Marks and Hangul vowel/final jamo that belong to the character before them. */
const ATTACHED = /[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u
/** Answers for BMP code points (0 not yet asked, 1 no, 2 yes): asked for nearly every character. */
const attachedBmp = new Uint8Array(0x10000)
const attachedAstral = new Map<number, boolean>()

/** Whether a code point attaches to the one before it (no mark lies below U+0300). */
export function isAttached(cp: number): boolean {
  if (cp < 0x300) return false
  if (cp < 0x10000) {
    if (attachedBmp[cp] === 0) attachedBmp[cp] = ATTACHED.test(String.fromCodePoint(cp)) ? 2 : 1
    return attachedBmp[cp] === 2
  }
  let hit = attachedAstral.get(cp)
  if (hit === undefined) attachedAstral.set(cp, (hit = ATTACHED.test(String.fromCodePoint(cp))))
  return hit
}

/** A character folded on its own: what it becomes and its class. */
export interface Folded {
  ch: string
  cls: CharClass
}

/** A character that folds to nothing (an apostrophe). */
const DROPPED: Folded = { ch: '', cls: 'other' }
/**
 * Folded form and class of each BMP character that folds to at most one character, filled as
 * characters are met; `null` for the few that fold to several (ß -> ss). The tokenizer meets every
 * character of every text, so this table, not the general cluster path, is what it mostly runs.
 */
const SINGLE: (Folded | null | undefined)[] = new Array(0x10000)

export function singleFold(cp: number): Folded | null {
  let hit = SINGLE[cp]
  if (hit === undefined) {
    const ch = foldChar(String.fromCharCode(cp))
    hit = ch === '' ? DROPPED : ch.length === 1 ? { ch, cls: classify(ch) } : null
    SINGLE[cp] = hit
  }
  return hit
}

/** Half of a surrogate pair: a code unit that is no character on its own. */
export const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff

/** Folds a cluster: one code point from the cache, several through NFKC composition. */
export function foldCluster(cluster: string): string {
  if (cluster.length === 1 || (cluster.length === 2 && cluster.codePointAt(0)! > 0xffff)) return foldChar(cluster)
  let out = ''
  for (const c of cluster.normalize('NFKC')) out += foldChar(c)
  return out
}

/** Folds a whole string, cluster by cluster (a character and the marks attached to it). */
export function foldText(text: string): string {
  // Plain ASCII folds by lower case, apostrophes dropped (the table below, at string speed).
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(ASCII_APOSTROPHES, '')
  return foldEachAlone(text)?.folded ?? foldClusters(text)
}

/** foldText's general path: clusters with marks attached, characters that fold to several (exported for a property test). */
export function foldClusters(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const cp = text.codePointAt(i)!
    if (cp < 0x80 && (i + 1 >= text.length || text.charCodeAt(i + 1) < 0x300)) {
      out += ASCII_FOLD[cp]
      i++
      continue
    }
    // A BMP character alone (no mark attached): its fold from a table by code point, with no
    // slice and no map lookup; Cyrillic, Han and Hangul text is mostly these.
    if (cp < 0xd800 || (cp > 0xdfff && cp <= 0xffff)) {
      if (i + 1 >= text.length || !isAttached(text.codePointAt(i + 1)!)) {
        out += BMP_FOLD[cp] ??= foldChar(text[i]!)
        i++
        continue
      }
    }
    const end = clusterEnd(text, i)
    out += foldCluster(text.slice(i, end))
    i = end
  }
  return out
}

/** Where the cluster starting at `start` ends: after its code point and any attached ones. */
export function clusterEnd(text: string, start: number): number {
  let end = start + (text.codePointAt(start)! > 0xffff ? 2 : 1)
  while (end < text.length && isAttached(text.codePointAt(end)!)) end += text.codePointAt(end)! > 0xffff ? 2 : 1
  return end
}

/** What folding makes of each BMP code unit alone, filled as met: 0 not yet asked, else one of the two below or FOLDED_TO + its folded code unit. */
const ALONE = new Uint32Array(0x10000)
/** Folds to several characters, carries marks, or is half a surrogate pair: the cluster path's. */
const NOT_ALONE = 1
/** Folds to nothing (an apostrophe). */
const DROPPED_ALONE = 2
const FOLDED_TO = 3

function learnAlone(code: number): number {
  const folded = isSurrogate(code) || isAttached(code) ? null : singleFold(code)
  const value = folded === null ? NOT_ALONE : folded.ch === '' ? DROPPED_ALONE : FOLDED_TO + folded.ch.charCodeAt(0)
  ALONE[code] = value
  return value
}

/** Text folded character by character, and where in the text each folded character came from. */
export interface FoldedAlone {
  folded: string
  /** Offset in the text of each character of `folded`; absent when they are the same (nothing dropped). */
  offsets?: Int32Array
}

let scratch = new Uint16Array(4096)

/**
 * Folds text whose every character folds on its own to at most one (Cyrillic, Latin with
 * precomposed accents, Han, Hangul syllables: nearly all text) through a table, then builds the
 * string in one native copy: several times faster than folding cluster by cluster. Undefined when
 * some character needs the cluster path (a mark attached, ß, an astral character).
 */
export function foldEachAlone(text: string): FoldedAlone | undefined {
  if (scratch.length < text.length) scratch = new Uint16Array(text.length * 2)
  const out = scratch
  const table = ALONE
  let offsets: Int32Array | undefined
  let k = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const value = table[code] || learnAlone(code)
    if (value === NOT_ALONE) return undefined
    if (value === DROPPED_ALONE) {
      offsets ??= identityOffsets(text.length, k)
      continue
    }
    if (offsets) offsets[k] = i
    out[k++] = value - FOLDED_TO
  }
  // Uint16Array is little-endian on every platform Electron and Node run on.
  const folded = Buffer.from(out.buffer, out.byteOffset, k * 2).toString('utf16le')
  return offsets ? { folded, offsets } : { folded }
}

/** Offsets for a text of `length` whose first `upTo` characters folded one for one. */
function identityOffsets(length: number, upTo: number): Int32Array {
  const offsets = new Int32Array(length)
  for (let j = 0; j < upTo; j++) offsets[j] = j
  return offsets
}

/** No character past U+007F (a negated range, so the pattern holds no control character). */
export const ASCII_ONLY = /^[^\u0080-\uffff]*$/
const ASCII_APOSTROPHES = /['`]/g
const ASCII_FOLD = Array.from({ length: 128 }, (_, cp) => foldChar(String.fromCharCode(cp)))
/** Folds of BMP code points, filled as characters are met (foldText asks for every character). */
const BMP_FOLD: (string | undefined)[] = new Array(0x10000)

/** CJK ideographs, including extension A and compatibility ideographs. */
export function isHan(c: string): boolean {
  return /\p{Script=Han}/u.test(c)
}

/** Per code unit below U+2E80 (where no Han, Kana or Hangul syllable sits), a letter or digit (1) or not (0). */
const ALPHABETIC = Uint8Array.from({ length: 0x2e80 }, (_, code) => (/[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0))

/** A letter or digit below U+2E80: what an alphabetic word is made of (Hangul jamo included: callers set them apart). */
export const isAlphabetic = (code: number): boolean => code < 0x2e80 && ALPHABETIC[code] === 1

/** Character classes the tokenizer cares about, after folding. */
export type CharClass = 'han' | 'kana' | 'hangul' | 'word' | 'space' | 'other'

const HANGUL = /\p{Script=Hangul}/u
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u
const WORD = /[\p{L}\p{N}]/u
const SPACE = /\s/u

const classCache = new Map<string, CharClass>()

/** Classifies one folded character (cached: the tokenizer asks for every character of every text). */
export function classify(c: string): CharClass {
  let hit = classCache.get(c)
  if (hit === undefined) classCache.set(c, (hit = computeClass(c)))
  return hit
}

function computeClass(c: string): CharClass {
  if (isHan(c)) return 'han'
  if (HANGUL.test(c)) return 'hangul'
  if (KANA.test(c)) return 'kana'
  if (WORD.test(c)) return 'word'
  return SPACE.test(c) ? 'space' : 'other'
}

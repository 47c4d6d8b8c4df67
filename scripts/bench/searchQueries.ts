import { TEXT_FIELDS, type SearchDoc } from '../../src/core/search/types'
import { BENCH_NAMES, scriptOf } from './benchNames'
import { rng } from './searchCorpus'

/**
 * The benchmark's queries and its own idea of a right answer, written apart from the engine:
 * - en, ru: one or two words; a finding answers if it holds every word;
 * - zh: a fragment of Chinese text; a finding answers if it holds the fragment;
 * - ko: a fragment of Korean text; spacing is ignored, and at a word start DPRK and ROK initial
 *   sounds are the same (로동 = 노동), as Korean orthography has it;
 * - name: a form of a name of benchNames.ts; a finding answers if it holds any form of the name;
 * - typo: a word of six letters or more from a finding, with one edit (a letter dropped, added,
 *   changed, or two neighbours swapped); the finding it came from must be found.
 * Latin and Cyrillic compare without case, diacritics, apostrophes or hyphens (ł as l).
 */
export type QueryKind = 'en' | 'zh' | 'ko' | 'ru' | 'name' | 'typo'
export const KINDS: QueryKind[] = ['en', 'zh', 'ko', 'ru', 'name', 'typo']

export interface BenchQuery {
  kind: QueryKind
  text: string
  /** A CJK run of three characters or more with no space: precision is measured on these. */
  phrase: boolean
  /** typo: the finding the word came from. */
  target?: string
  /** name: every form of the name. */
  forms?: string[]
}

/** A finding as the answers are checked against it. */
export interface PlainDoc {
  id: string
  /** Latin and Cyrillic words, normalized, between single spaces. */
  words: string
  /** The text as written. */
  raw: string
}

export function normalizeWords(text: string): string {
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').toLowerCase().replace(/['’ʼ‘`]/g, '')
  return ` ${plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `
}

export function plainDoc(doc: SearchDoc): PlainDoc {
  const raw = TEXT_FIELDS.map((f) => [doc[f]].flat().join(' ')).join('\n')
  return { id: doc.id, words: normalizeWords(raw), raw }
}

const SYLLABLE = 0xac00
/** Korean: the initial ㄹ/ㄴ of a syllable as ROK spelling writes it at a word start. */
function rokInitial(syllable: string): string {
  const index = syllable.charCodeAt(0) - SYLLABLE
  if (index < 0 || index > 11171) return syllable
  const [initial, vowel, final] = [Math.floor(index / 588), Math.floor(index / 28) % 21, index % 28]
  const glide = [2, 6, 7, 12, 17, 20].includes(vowel)
  const rok = initial === 5 ? (glide ? 11 : 2) : initial === 2 && glide ? 11 : initial
  return String.fromCharCode(SYLLABLE + (rok * 21 + vowel) * 28 + final)
}

const ALL_SYLLABLES = Array.from({ length: 11172 }, (_, i) => String.fromCharCode(SYLLABLE + i))
const SAME_AT_WORD_START = new Map<string, string[]>()
for (const s of ALL_SYLLABLES) SAME_AT_WORD_START.set(rokInitial(s), [...(SAME_AT_WORD_START.get(rokInitial(s)) ?? []), s])

/** A Korean fragment as a pattern: spaces optional, a syllable at a word start in any spelling. */
function koreanPattern(fragment: string): RegExp {
  const syllables = [...fragment.replace(/\s+/g, '')]
  const parts = syllables.map((s) => {
    const same = SAME_AT_WORD_START.get(rokInitial(s)) ?? [s]
    return same.length > 1 ? `(?:(?<=^|\\s)[${same.join('')}]|${s})` : s
  })
  return new RegExp(parts.join('\\s*'), 'u')
}

/** The answers a query should get, by the rules above. */
export function truth(q: BenchQuery, docs: readonly PlainDoc[]): Set<string> {
  const out = new Set<string>()
  const test = matcher(q)
  for (const d of docs) if (test(d)) out.add(d.id)
  return out
}

function matcher(q: BenchQuery): (d: PlainDoc) => boolean {
  if (q.kind === 'zh') return (d) => d.raw.includes(q.text)
  if (q.kind === 'ko') {
    const pattern = koreanPattern(q.text)
    const first = [...q.text][0]!
    const firsts = SAME_AT_WORD_START.get(rokInitial(first)) ?? [first]
    return (d) => firsts.some((f) => d.raw.includes(f)) && pattern.test(d.raw)
  }
  if (q.kind === 'name') {
    const tests = q.forms!.map((f) => (scriptOf(f) === 'han' || scriptOf(f) === 'hangul' ? (d: PlainDoc) => d.raw.includes(f) : phraseTest(f)))
    return (d) => tests.some((t) => t(d))
  }
  const words = normalizeWords(q.text).trim().split(' ')
  return (d) => words.every((w) => d.words.includes(` ${w} `))
}

function phraseTest(form: string): (d: PlainDoc) => boolean {
  const phrase = normalizeWords(form)
  return (d) => d.words.includes(phrase)
}

/** The findings that hold the query exactly as typed: what the first page must show first. */
export function exactly(q: BenchQuery, docs: readonly PlainDoc[]): Set<string> {
  const cjk = scriptOf(q.text) === 'han' || scriptOf(q.text) === 'hangul'
  if (cjk) return new Set(docs.filter((d) => d.raw.includes(q.text)).map((d) => d.id))
  if (q.kind === 'name' || q.kind === 'typo') return new Set(docs.filter(phraseTest(q.text)).map((d) => d.id))
  return truth(q, docs)
}

const STOPWORDS = new Set('the of and to in a that is was for it with as on by at from his be which this were had not are an have or but'.split(' '))

function misspell(word: string, r: () => number): string {
  const i = 1 + Math.floor(r() * (word.length - 2))
  switch (Math.floor(r() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1)
    case 1:
      return word.slice(0, i) + 'aeiou'[Math.floor(r() * 5)] + word.slice(i)
    case 2:
      return word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1)
    default:
      return word[i] === word[i + 1] ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
  }
}

/** A seeded query set drawn from the corpus (every query has an answer), of every kind. */
export function makeQueries(docs: readonly SearchDoc[], seed: number): BenchQuery[] {
  const r = rng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!
  const byLang = (lang: string) => docs.filter((d) => d.language === lang).slice(0, 3000)
  const wordsOf = (d: SearchDoc) => (d.transcription ?? '').split(/\s+/).filter((w) => /^\p{L}+$/u.test(w))
  const queries: BenchQuery[] = []
  const add = (kind: QueryKind, text: string, extra: Partial<BenchQuery> = {}) => queries.push({ kind, text, phrase: false, ...extra })
  for (let i = 0; i < 40; i++) {
    const w = wordsOf(pick(byLang('en'))).filter((x) => !STOPWORDS.has(x))
    const k = Math.floor(r() * (w.length - 1))
    add('en', r() < 0.6 ? w[k]! : `${w[k]} ${w[k + 1]}`)
  }
  for (let i = 0; i < 20; i++) {
    const w = wordsOf(pick(byLang('ru')))
    const k = Math.floor(r() * (w.length - 1))
    add('ru', r() < 0.5 ? w[k]! : `${w[k]} ${w[k + 1]}`)
  }
  for (const kind of ['zh', 'ko'] as const) {
    while (queries.filter((q) => q.kind === kind).length < 30) {
      const t = pick(byLang(kind)).transcription ?? ''
      const start = Math.floor(r() * (t.length - 8))
      const fragment = t.slice(start, start + 2 + Math.floor(r() * 5)).trim()
      if ([...fragment.replace(/\s/g, '')].length < 2 || /[，。\p{Script=Latin}\p{Script=Cyrillic}]/u.test(fragment)) continue
      add(kind, fragment, { phrase: !/\s/.test(fragment) && [...fragment].length >= 3 })
    }
  }
  for (let i = 0; i < 40; i++) {
    const name = pick(BENCH_NAMES)
    add('name', pick(name.forms), { forms: name.forms })
  }
  while (queries.filter((q) => q.kind === 'typo').length < 40) {
    const doc = pick(byLang('en'))
    const long = wordsOf(doc).filter((x) => x.length >= 6)
    if (long.length) add('typo', misspell(pick(long), r), { target: doc.id })
  }
  return queries
}

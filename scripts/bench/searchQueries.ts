import { foldText } from '../../src/core/search/text/fold'
import { TEXT_FIELDS, type SearchDoc } from '../../src/core/search/types'
import { fieldText } from '../../src/core/search/snippet'
import type { AliasEntry } from '../../src/core/search/aliases'
import { rng } from './searchCorpus'

export type QueryKind = 'word' | 'phrase' | 'prefix' | 'typo' | 'zh' | 'ko' | 'name'

export interface BenchQuery {
  kind: QueryKind
  text: string
  /** For typo queries: the document the misspelt word was taken from. */
  target?: string
  /** For name queries: every form of the entity, for the brute-force truth. */
  variants?: string[]
}

/** Folded text of a document two ways: words between single spaces, and with no spaces at all. */
export interface FoldedDoc {
  id: string
  spaced: string
  compact: string
}

export function foldDoc(doc: SearchDoc): FoldedDoc {
  const text = foldText(TEXT_FIELDS.map((f) => fieldText(doc, f)).join('\n'))
  return { id: doc.id, spaced: ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ')} `, compact: text.replace(/\s+/g, '') }
}

const isCjk = (s: string): boolean => /[\p{Script=Han}\p{Script=Hangul}]/u.test(s)

/** Brute-force truth: documents containing the query (any variant for names), as a substring scan. */
export function truth(q: BenchQuery, docs: readonly FoldedDoc[]): Set<string> {
  const needles = (q.variants ?? [q.text]).map((v) => {
    const f = foldText(v)
    return isCjk(f) ? { compact: f.replace(/\s+/g, '') } : { spaced: ` ${f.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}${q.kind === 'prefix' ? '' : ' '}` }
  })
  const out = new Set<string>()
  for (const d of docs) {
    if (needles.some((n) => (n.compact !== undefined ? d.compact.includes(n.compact) : d.spaced.includes(n.spaced!)))) out.add(d.id)
  }
  return out
}

function wordsOf(doc: SearchDoc, field: 'transcription' | 'notes'): string[] {
  return (doc[field] ?? '').split(/\s+/).filter((w) => /^\p{L}+$/u.test(w))
}

function misspell(word: string, r: () => number): string {
  const i = 1 + Math.floor(r() * (word.length - 2))
  const kind = Math.floor(r() * 3)
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1)
  if (kind === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
  return word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1)
}

/** A seeded query set drawn from the corpus itself, so every query has something to find. */
export function makeQueries(docs: readonly SearchDoc[], aliases: readonly AliasEntry[], seed: number): BenchQuery[] {
  const r = rng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!
  const byLang = (lang: string): SearchDoc[] => docs.filter((d) => d.language === lang).slice(0, 2000)
  const en = byLang('en')
  const queries: BenchQuery[] = []
  for (let i = 0; i < 30; i++) queries.push({ kind: 'word', text: pick(wordsOf(pick(en), 'transcription')) })
  for (let i = 0; i < 20; i++) {
    const w = wordsOf(pick(en), 'transcription')
    const k = Math.floor(r() * (w.length - 1))
    queries.push({ kind: 'phrase', text: `${w[k]} ${w[k + 1]}` })
  }
  for (let i = 0; i < 20; i++) {
    const w = pick(wordsOf(pick(en), 'transcription').filter((x) => x.length >= 5))
    queries.push({ kind: 'prefix', text: w.slice(0, 3 + Math.floor(r() * 2)) })
  }
  for (let i = 0; i < 40; i++) {
    const doc = pick(en)
    const long = wordsOf(doc, 'transcription').filter((x) => x.length >= 7)
    if (long.length) queries.push({ kind: 'typo', text: misspell(pick(long), r), target: doc.id })
  }
  for (const [lang, kind] of [['zh', 'zh'], ['ko', 'ko']] as const) {
    for (let i = 0; i < 25; i++) {
      const t = pick(byLang(lang)).transcription ?? ''
      const start = Math.floor(r() * (t.length - 6))
      const frag = t.slice(start, start + 2 + Math.floor(r() * 4)).trim()
      if (frag.length >= 2 && !/[，。]/.test(frag)) queries.push({ kind, text: frag })
    }
  }
  const expandable = aliases.filter((a) => !a.confusableWith && a.forms.length >= 3)
  for (let i = 0; i < 30; i++) {
    const entity = pick(expandable)
    queries.push({ kind: 'name', text: pick(entity.forms), variants: entity.forms })
  }
  return queries
}

/** Words typed one keystroke at a time for the as-you-type figure. */
export function typingQueries(): string[] {
  return ['khrushchev plenum', 'Kim Il-sung visit', 'withdrawal of volunteers', 'Zhou Enlai', 'ambassador report', 'Mikoyan']
    .flatMap((s) => Array.from({ length: s.length }, (_, i) => s.slice(0, i + 1)))
    .filter((q) => q.trim().length >= 1)
}

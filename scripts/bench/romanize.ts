/**
 * Romanization throughput: the search index calls nameForms() for every entity at build time, and
 * the finding editor romanizes one title per click. Titles here are random runs of Hangul
 * syllables, common hanzi and Cyrillic words (not text the engine was tuned on).
 * Run: npx tsx scripts/bench/romanize.ts [--titles 2000]
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { nameForms, romanize, ROMANIZATION_SYSTEMS, SYSTEM_INFO, type LexiconEntity } from '../../src/core/romanize'

const ROOT = resolve(__dirname, '..', '..')
const { values } = parseArgs({ options: { titles: { type: 'string', default: '2000' } } })
const TITLES = Number(values.titles)

/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const next = random(42)
const pick = (from: number, to: number) => String.fromCodePoint(from + Math.floor(next() * (to - from)))
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'
const word = (lang: string) => {
  const length = 2 + Math.floor(next() * 4)
  if (lang === 'ko') return Array.from({ length }, () => pick(0xac00, 0xd7a3)).join('')
  if (lang === 'zh') return Array.from({ length }, () => pick(0x4e00, 0x6fff)).join('')
  return Array.from({ length: length + 3 }, () => CYRILLIC[Math.floor(next() * CYRILLIC.length)]).join('')
}
const titles = (lang: string) => Array.from({ length: TITLES }, () => Array.from({ length: 4 }, () => word(lang)).join(lang === 'zh' ? '' : ' '))

function time(work: () => void): number {
  const started = performance.now()
  work()
  return performance.now() - started
}

const entities = JSON.parse(readFileSync(resolve(ROOT, 'resources/seed/entities.json'), 'utf8')) as LexiconEntity[]
const cold = time(() => entities.forEach((e) => nameForms(e)))
console.log(`nameForms: the ${entities.length} bundled entities, first pass ${cold.toFixed(0)} ms (loads pinyin-pro, OpenCC, iuliia)`)

/** People with new names, so no cache helps: a family name and two syllables, in each script. */
const FAMILIES = { ko: '김이박최정', zh: '王李张刘陈' }
const person = (i: number): LexiconEntity => {
  const lang = (['ko', 'zh', 'ru'] as const)[i % 3]!
  if (lang === 'ru') return { id: `p${i}`, type: 'person', names: [{ form: `${cap(word('ru'))} ${cap(word('ru'))}ович ${cap(word('ru'))}ов`, lang, script: 'Cyrl' }] }
  const family = [...FAMILIES[lang]][i % 5]!
  const given = lang === 'ko' ? pick(0xac00, 0xd7a3) + pick(0xac00, 0xd7a3) : pick(0x4e00, 0x6fff) + pick(0x4e00, 0x6fff)
  return { id: `p${i}`, type: 'person', names: [{ form: family + given, lang, script: lang === 'ko' ? 'Hang' : 'Hans' }] }
}
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1)
const people = Array.from({ length: TITLES }, (_, i) => person(i))
let forms = 0
const ms = time(() => people.forEach((p) => (forms += nameForms(p).length)))
console.log(`  ${TITLES} new personal names (a third each Korean, Chinese, Russian): ${(ms / TITLES).toFixed(3)} ms per name,`)
console.log(`  ${Math.round(forms / TITLES)} forms per name; projected for 10,000 entities of one name each: ${((ms / TITLES) * 10).toFixed(1)} s`)

console.log(`\nromanize(): ${TITLES} random four-word titles per language, each system`)
console.log('system                    titles/s   ms/title')
for (const system of ROMANIZATION_SYSTEMS) {
  const batch = titles(SYSTEM_INFO[system].lang)
  romanize(batch[0]!, system)
  const ms = time(() => batch.forEach((t) => romanize(t, system)))
  console.log(`${system.padEnd(24)}  ${String(Math.round((TITLES / ms) * 1000)).padStart(8)}   ${(ms / TITLES).toFixed(3)}`)
}

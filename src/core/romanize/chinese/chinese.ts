import type { RomanizedForm } from '../forms'
import { joinPieces, latinPunctuation, pushForm } from '../forms'
import { capitalize, hanRuns, joinPinyinWord, stripTones, type HanRun } from './pinyin'
import { wadeGilesSyllable, wadeGilesWord } from './wadeGiles'

export type ChineseSystem = 'pinyin' | 'pinyin-tonal' | 'wade-giles'

function syllableIn(system: ChineseSystem, toned: string): string {
  if (system === 'pinyin-tonal') return toned
  const plain = stripTones(toned)
  return system === 'wade-giles' ? (wadeGilesSyllable(plain) ?? plain) : plain
}

/**
 * A title or other text, syllable by syllable as the Library of Congress romanizes Chinese
 * (ALA-LC: 中国人民志愿军 -> Zhong guo ren min zhi yuan jun), first letter capitalized. pinyin-pro
 * has no word segmenter without its 1.7 MB optional dictionary (slow to load, and it splits 中国),
 * so words are not joined; `words` (e.g. known names) are joined and capitalized when given.
 */
export function romanizeChinese(text: string, system: ChineseSystem, words: readonly string[] = []): string {
  const pieces: string[] = []
  for (const run of hanRuns(text)) {
    if (!run.han) pieces.push(latinPunctuation(run.text))
    else pieces.push(...romanizeRun(run, system, words))
  }
  return capitalize(joinPieces(pieces))
}

function romanizeRun(run: Extract<HanRun, { han: true }>, system: ChineseSystem, words: readonly string[]): string[] {
  const chars = [...run.text]
  const out: string[] = []
  for (let i = 0; i < chars.length; ) {
    const word = words.find((w) => w.length > 1 && chars.slice(i, i + [...w].length).join('') === w)
    const length = word ? [...word].length : 1
    const syllables = run.syllables.slice(i, i + length).map((s) => syllableIn(system, s))
    out.push(word ? capitalize(joinWord(system, syllables)) : syllables[0]!)
    i += length
  }
  return out
}

function joinWord(system: ChineseSystem, syllables: string[]): string {
  if (system !== 'wade-giles') return joinPinyinWord(syllables)
  return syllables.join('-')
}

/** Two-character family names (复姓); anything else is read as a one-character family name. */
const COMPOUND_SURNAMES = new Set(
  ('欧阳 司马 诸葛 上官 令狐 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 端木 申屠 独孤 澹台 轩辕 ' +
    '万俟 闻人 西门 南宫 赫连 呼延 淳于 太史 单于 钟离 百里 东郭 公冶 宗政 濮阳 司空 拓跋 第五 ' +
    '歐陽 司馬 諸葛 東方 尉遲 長孫 軒轅 萬俟 聞人 南宮 赫連 單于 鍾離 東郭 濮陽').split(' '),
)

/** Splits a Chinese personal name into family and given name by character count. */
export function splitChineseName(hanzi: string): { family: string; given: string } {
  const chars = [...hanzi.replace(/\s+/g, '')]
  const familyLength = chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1
  return { family: chars.slice(0, familyLength).join(''), given: chars.slice(familyLength).join('') }
}

/**
 * A Chinese personal name in pinyin (Mao Zedong, Máo Zédōng) and Wade-Giles (Mao Tse-tung), with
 * the variants met in print: WG joined (Mao Tsetung), WG spaced, WG without apostrophes (Peng
 * Te-huai), pinyin in one word for transcribed foreign names (斯大林 Sidalin).
 */
export function chineseNameForms(hanzi: string): RomanizedForm[] {
  const { family, given } = splitChineseName(hanzi)
  const runs = hanRuns(family + given, { surname: true })
  const toned = runs.flatMap((r) => (r.han ? r.syllables : []))
  const familyCount = [...family].length
  const famToned = toned.slice(0, familyCount)
  const givenToned = toned.slice(familyCount)
  const plain = (s: string[]) => s.map(stripTones)
  const name = (f: string, g: string) => [capitalize(f), g ? capitalize(g) : ''].filter(Boolean).join(' ')
  const forms: RomanizedForm[] = []
  pushForm(forms, { system: 'pinyin', value: name(joinPinyinWord(plain(famToned)), joinPinyinWord(plain(givenToned))) })
  pushForm(forms, { system: 'pinyin-tonal', value: name(joinPinyinWord(famToned), joinPinyinWord(givenToned)) })
  const wgFamily = capitalize(wadeGilesWord(plain(famToned)))
  const wgGiven = plain(givenToned).map((s) => wadeGilesSyllable(s) ?? s)
  const wg = (sep: string) => name(wgFamily, wgGiven.join(sep))
  pushForm(forms, { system: 'wade-giles', value: wg('-') })
  pushForm(forms, { system: 'wade-giles', value: wg(''), variant: 'joined' })
  pushForm(forms, { system: 'wade-giles', value: [wgFamily, ...wgGiven.map(capitalize)].join(' '), variant: 'spaced' })
  pushForm(forms, { system: 'wade-giles', value: wg('-').replace(/'/g, ''), variant: 'without apostrophes' })
  pushForm(forms, { system: 'pinyin', value: capitalize(joinPinyinWord(plain(toned))), variant: 'joined' })
  return forms
}

import type { SearchDoc } from '../../src/core/search/types'
import { BENCH_NAMES, scriptOf, type Script } from './benchNames'

/**
 * The search benchmark's own corpus of findings: 70% English, 15% Chinese, 10% Korean and 5%
 * Russian transcriptions of 150-400 words with English notes, names of the benchmark's own list
 * (benchNames.ts) in every script and romanization. Deterministic from a seed; written apart
 * from the engine's test corpus and its name table. The text is words drawn by frequency, not
 * prose: only its statistics matter.
 */

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Lang = 'en' | 'zh' | 'ko' | 'ru'

const EN_WORDS = (
  'the of and to in a that is was for it with as on by at from his be which this were had not are an have or ' +
  'but their they its been has would who there all one also after more when into other than two first new ' +
  'government party soviet chinese korean north delegation talks treaty aid troops volunteers withdrawal border ' +
  'embassy ambassador premier chairman minister committee central plenum faction purge congress conference ' +
  'agreement support relations policy question meeting report telegram memorandum conversation record archive ' +
  'document file visit leadership military economic assistance alliance friendship cooperation revisionism ' +
  'dogmatism sovereignty independence socialist communist imperialist revolution war armistice negotiations ' +
  'railway bridge river province city factory tunnel nuclear weapons test bomb reactor missile artillery ' +
  'famine harvest grain industry workers peasants students cadres propaganda newspaper editorial statement ' +
  'criticism apology rehabilitation delegates secretary general comrade leader brother fraternal people ' +
  'liberation defense security intelligence refugees prisoners repatriation exchange trade loans credits'
).split(' ')

const ZH_CHARS =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没' +
  '日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点' +
  '月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内' +
  '加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放' +
  '志愿撤出朝鲜援助谈判会议代表团首相总理主席同志政府援助条约边境铁路工厂坑道核试验粮食工人农民'

const KO_WORDS = (
  '조선 중국 인민 정부 대표단 동지 위원장 로동 노동 혁명 군대 원조 경제 문제 대하여 사이에 이에 회의 회담 평화 전쟁 ' +
  '우리 당 수령 지도 사업 계급 투쟁 건설 공업 농업 로동자 녀성 여성 력사 역사 리론 이론 동맹 우호 협조 국경 철도 ' +
  '공장 원자탄 시험 성공 소식 기쁨 제국주의 수정주의 교조주의 자주 독립 주권 대사 대사관 보고 전보 기록 문서 방문'
).split(' ')
const KO_PARTICLES = ['', '', '', '은', '는', '이', '가', '을', '를', '의', '에', '에서', '과', '와', '으로', '로', '에게', '하였다', '한다']
const KO_SYLLABLES = [...'가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추기니디리미비시이지치한성동']

const RU_WORDS = (
  'и в не на что с по как к из за от о для товарищ посол беседа партия пленум решение вопрос правительство ' +
  'делегация армия война помощь договор граница встреча заявление секретарь корейский китайский советский ' +
  'министр доклад телеграмма записка архив дело фонд опись лист отношения дружба сотрудничество руководство'
).split(' ')

const SYLLABLES = ['ka', 'lo', 'ren', 'mi', 'sto', 'var', 'del', 'in', 'ton', 'shev', 'ber', 'gan', 'ul', 'pre', 'dor', 'ique', 'mar', 'tel']
const RU_SYLLABLES = ['ка', 'ло', 'рен', 'ми', 'сто', 'вар', 'дел', 'ин', 'тон', 'шев', 'бер', 'ган', 'ов', 'ский']

/** A Zipf-like pick: low indexes are much more frequent. */
function zipf(r: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.pow(n, r()) - 1))
}

function synthetic(r: () => number, syllables: readonly string[], min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1))
  let w = ''
  for (let i = 0; i < n; i++) w += syllables[Math.floor(r() * syllables.length)]
  return w
}

function vocabulary(r: () => number, base: readonly string[], syllables: readonly string[], size: number): string[] {
  const words = new Set(base)
  while (words.size < size) words.add(synthetic(r, syllables, 2, 4))
  return [...words]
}

interface Vocab {
  en: string[]
  ru: string[]
  zh: string[]
  ko: string[]
}

function words(r: () => number, list: readonly string[], n: number): string[] {
  return Array.from({ length: n }, () => list[zipf(r, list.length)]!)
}

function chinese(r: () => number, chars: readonly string[], n: number): string[] {
  const out: string[] = []
  let run = ''
  for (let i = 0; i < n; i++) {
    run += chars[zipf(r, chars.length)]
    if (r() < 0.08) {
      out.push(run + (r() < 0.8 ? '，' : '。'))
      run = ''
    }
  }
  return run ? [...out, run] : out
}

function korean(r: () => number, v: Vocab, n: number): string[] {
  return Array.from({ length: n }, () => v.ko[zipf(r, v.ko.length)]! + KO_PARTICLES[Math.floor(r() * KO_PARTICLES.length)])
}

const SCRIPT_OF: Record<Lang, Script> = { en: 'latin', zh: 'han', ko: 'hangul', ru: 'cyrillic' }

/** Puts up to two names, in forms of the given script, among the words. */
function sprinkle(parts: string[], r: () => number, script: Script): string[] {
  const out = [...parts]
  const count = Math.floor(r() * 3)
  for (let i = 0; i < count; i++) {
    const name = BENCH_NAMES[Math.floor(r() * BENCH_NAMES.length)]!
    const forms = name.forms.filter((f) => scriptOf(f) === script)
    if (forms.length > 0) out.splice(Math.floor(r() * out.length), 0, forms[Math.floor(r() * forms.length)]!)
  }
  return out
}

function text(lang: Lang, r: () => number, v: Vocab, n: number): string {
  const parts = lang === 'zh' ? chinese(r, v.zh, n * 2) : lang === 'ko' ? korean(r, v, n) : words(r, lang === 'ru' ? v.ru : v.en, n)
  return sprinkle(parts, r, SCRIPT_OF[lang]).join(lang === 'zh' ? '' : ' ')
}

function pickLang(x: number): Lang {
  return x < 0.7 ? 'en' : x < 0.85 ? 'zh' : x < 0.95 ? 'ko' : 'ru'
}

/** Generates `count` findings from a seed; the same seed gives the same corpus. */
export function generateCorpus(count: number, seed: number): SearchDoc[] {
  const r = rng(seed)
  const v: Vocab = {
    en: vocabulary(r, EN_WORDS, SYLLABLES, 25_000),
    ru: vocabulary(r, RU_WORDS, RU_SYLLABLES, 6_000),
    zh: [...new Set(ZH_CHARS)],
    ko: vocabulary(r, KO_WORDS, KO_SYLLABLES, 3_000),
  }
  return Array.from({ length: count }, (_, i) => {
    const lang = pickLang(r())
    const year = 1945 + Math.floor(r() * 50)
    return {
      id: `F${String(i).padStart(6, '0')}`,
      type: 'finding' as const,
      title: text(lang, r, v, 6),
      summary: words(r, v.en, 20).join(' '),
      transcription: text(lang, r, v, 150 + Math.floor(r() * 250)),
      ...(lang !== 'en' && r() < 0.3 ? { translation: words(r, v.en, 80).join(' ') } : {}),
      notes: text('en', r, v, 25),
      tags: [v.en[zipf(r, 300)]!, String(year)],
      reference: `${100 + Math.floor(r() * 20)}-${String(Math.floor(r() * 99999)).padStart(5, '0')}-${Math.floor(r() * 20)}`,
      repository: ['prc-fma-archive', 'avprf', 'rok-diplomatic-archives', 'wilson-digital-archive'][Math.floor(r() * 4)]!,
      language: lang,
      dateFrom: String(year),
    }
  })
}

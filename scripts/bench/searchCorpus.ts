import type { AliasEntry } from '../../src/core/search/aliases'
import type { SearchDoc } from '../../src/core/search/types'

/**
 * A deterministic multilingual corpus of findings for the search benchmark: about 70% English,
 * 15% Chinese, 10% Korean and 5% Russian transcriptions of a few hundred words, with entity names
 * in every script sprinkled in. The text is random words, not prose; only its statistics matter.
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

const EN_BASE = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'you were her she there been one all we their has would when if so no what up out them about more other into ' +
  'alliance army border cable comrade congress delegation diplomat embassy faction government leader ministry party ' +
  'plenum premier president report revolution soviet treaty visit volunteers war withdrawal aid agreement ambassador ' +
  'archive conversation document file memorandum minutes record secret telegram tunnel nuclear test blockade purge ' +
  'revisionist imperialist campaign famine industry railway bridge river province capital troops support statement'
).split(' ')

const RU_BASE = (
  'и в не на что с по как к из за от о для товарищ посол беседа партия пленум решение вопрос правительство ' +
  'делегация армия война помощь договор граница встреча заявление секретарь ЦК корейский китайский советский ' +
  'министр доклад телеграмма записка архив дело фонд опись лист'
).split(' ')

const ZH_CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民' +
  '得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义' +
  '事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直' +
  '题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西' +
  '被干做必战先回则任取据处理府研质志愿抗美援朝鲜撤声明支持减弱治主动谈话记录档案馆外交部首相总理坑道覆盖通风防护设计借鉴参观'

const KO_SYLLABLES =
  '가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히' +
  '거너더러머버서어저처커터퍼허게네데레메베세에제체케테페헤그느드르므브스으즈츠크트프흐한국조선인민공화당동계급성것은' +
  '로력녀역여노이리중화원자탄시험제주의핵공갈정책대커다란타격근로들소식기쁨맞하였다습니다회의위원장군사'

/** Entity names by script, for sprinkling into text and for name-variant queries. */
export interface NamePools {
  byLang: Record<Lang, { entityId: string; form: string }[]>
}

function scriptOf(form: string): Lang | undefined {
  if (/\p{Script=Hangul}/u.test(form)) return 'ko'
  if (/\p{Script=Han}/u.test(form)) return 'zh'
  if (/\p{Script=Cyrillic}/u.test(form)) return 'ru'
  if (/^[\p{Script=Latin}\s\-'.’()0-9]+$/u.test(form)) return 'en'
  return undefined
}

/** Splits the entity table into name pools by script. */
export function namePools(aliases: readonly AliasEntry[]): NamePools {
  const byLang: NamePools['byLang'] = { en: [], zh: [], ko: [], ru: [] }
  for (const e of aliases) for (const form of e.forms) {
    const lang = scriptOf(form)
    if (lang) byLang[lang].push({ entityId: e.entityId, form })
  }
  return { byLang }
}

/** A Zipf-like pick: low indexes are much more frequent. */
function zipf(r: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.pow(n, r()) - 1))
}

function syntheticWord(r: () => number, alphabet: string[], min: number, max: number): string {
  const len = min + Math.floor(r() * (max - min + 1))
  let w = ''
  for (let i = 0; i < len; i++) w += alphabet[Math.floor(r() * alphabet.length)]
  return w
}

/** English-like vocabulary: base words then 30,000 synthetic rare words (place and person names). */
function englishVocabulary(r: () => number): string[] {
  const syllables = ['ka', 'lo', 'ren', 'mi', 'sto', 'var', 'del', 'in', 'ton', 'shev', 'ber', 'gan', 'ul', 'pre', 'dor', 'ique']
  const words = new Set(EN_BASE)
  while (words.size < 30_000) words.add(syntheticWord(r, syllables, 2, 4))
  return [...words]
}

function russianVocabulary(r: () => number): string[] {
  const syllables = ['ка', 'ло', 'рен', 'ми', 'сто', 'вар', 'дел', 'ин', 'тон', 'шев', 'бер', 'ган', 'ов', 'ский']
  const words = new Set(RU_BASE)
  while (words.size < 8_000) words.add(syntheticWord(r, syllables, 2, 4))
  return [...words]
}

interface Vocab {
  en: string[]
  ru: string[]
  zh: string[]
  ko: string[]
}

function words(r: () => number, list: string[], n: number): string {
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(list[zipf(r, list.length)]!)
  return out.join(' ')
}

function chinese(r: () => number, chars: string[], n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) {
    s += chars[zipf(r, chars.length)]
    if (r() < 0.07) s += r() < 0.8 ? '，' : '。'
  }
  return s
}

function korean(r: () => number, syllables: string[], n: number): string {
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(syntheticWord(r, syllables, 2, 4))
  return out.join(' ')
}

function body(lang: Lang, r: () => number, v: Vocab, n: number): string {
  if (lang === 'zh') return chinese(r, v.zh, n * 2)
  if (lang === 'ko') return korean(r, v.ko, n)
  return words(r, lang === 'ru' ? v.ru : v.en, n)
}

/** Inserts a few entity names in the document's script (and English notes) and records the links. */
function sprinkle(text: string, r: () => number, pool: { entityId: string; form: string }[], links: Set<string>): string {
  const parts = text.split(' ')
  const count = Math.floor(r() * 3)
  for (let i = 0; i < count && pool.length > 0; i++) {
    const name = pool[Math.floor(r() * pool.length)]!
    links.add(name.entityId)
    parts.splice(Math.floor(r() * parts.length), 0, name.form)
  }
  return parts.join(' ')
}

function pickLang(x: number): Lang {
  return x < 0.7 ? 'en' : x < 0.85 ? 'zh' : x < 0.95 ? 'ko' : 'ru'
}

/** Generates `count` findings from a seed; the same seed gives the same corpus. */
export function generateCorpus(count: number, seed: number, names: NamePools): SearchDoc[] {
  const r = rng(seed)
  const v: Vocab = { en: englishVocabulary(r), ru: russianVocabulary(r), zh: Array.from(new Set(ZH_CHARS)), ko: Array.from(new Set(KO_SYLLABLES)) }
  const docs: SearchDoc[] = []
  for (let i = 0; i < count; i++) {
    const lang = pickLang(r())
    const links = new Set<string>()
    const length = 150 + Math.floor(r() * 250)
    const transcription = sprinkle(body(lang, r, v, length), r, names.byLang[lang], links)
    const year = 1945 + Math.floor(r() * 50)
    docs.push({
      id: `F${String(i).padStart(6, '0')}`,
      type: 'finding',
      title: sprinkle(body(lang, r, v, 6), r, names.byLang[lang], links),
      summary: words(r, v.en, 20),
      transcription,
      ...(lang !== 'en' && r() < 0.3 ? { translation: words(r, v.en, 80) } : {}),
      notes: sprinkle(words(r, v.en, 25), r, names.byLang.en, links),
      tags: [v.en[zipf(r, 200)]!, String(year)],
      reference: `${100 + Math.floor(r() * 20)}-${String(Math.floor(r() * 99999)).padStart(5, '0')}-${Math.floor(r() * 20)}`,
      repository: ['prc-fma-archive', 'avprf', 'rok-diplomatic-archives', 'wilson-digital-archive'][Math.floor(r() * 4)]!,
      language: lang,
      dateFrom: String(year),
      entities: [...links],
    })
  }
  return docs
}

/**
 * Word stock for generated findings: short phrases in the four languages of the sources, and
 * reference shapes in each repository's own scheme, so a generated library looks like a real
 * one to the parsers, the list and the search (scripts/generate-library.ts).
 */

export type Language = 'en' | 'zh-Hans' | 'ko-Kore' | 'ko-KP' | 'ru'

export const ENGLISH = {
  subjects: ['Kim Il Sung', 'Zhou Enlai', 'Mao Zedong', 'Peng Dehuai', 'the Soviet ambassador', 'the Chinese embassy', 'the KWP Central Committee', 'the DPRK Foreign Ministry', 'Mikoyan', 'Pak Hon-yong'],
  verbs: ['discusses', 'reports on', 'protests against', 'requests aid for', 'comments on', 'summarises', 'denies rumours of', 'proposes talks on'],
  objects: ['the withdrawal of the Volunteers', 'the August plenum', 'economic aid for 1957', 'the border rivers', 'the atomic test', 'Red Guard wall posters', 'the Third Front', 'fishing rights in the Yellow Sea', 'railway transit through Dandong', 'the Sino-Soviet split'],
  doc: ['Record of conversation', 'Cable', 'Report', 'Memorandum', 'Minutes', 'Intelligence report', 'Letter'],
}

const CHINESE = {
  subjects: ['周恩来', '金日成', '毛泽东', '彭德怀', '朝鲜外务省', '中国驻朝使馆', '志愿军总部'],
  verbs: ['谈到', '报告了', '抗议', '请求援助', '评论了', '说明了'],
  objects: ['志愿军撤军问题', '八月全会', '一九五七年经济援助', '鸭绿江边界', '原子弹试验', '红卫兵大字报', '三线建设', '渔业协定'],
}

const KOREAN = {
  subjects: ['김일성', '주은래', '모택동', '조선로동당 중앙위원회', '외무성', '중국 대사관'],
  verbs: ['에 대하여 말하였다', '을 보고하였다', '에 항의하였다', '을 요청하였다'],
  objects: ['지원군 철수 문제', '8월 전원회의', '경제 원조', '국경 하천', '원자탄 시험', '홍위병 대자보', '어업 협정'],
}

const RUSSIAN = {
  subjects: ['Ким Ир Сен', 'Чжоу Эньлай', 'Мао Цзэдун', 'советский посол', 'Микоян', 'Пэн Дэ-хуай', 'МИД КНДР'],
  verbs: ['сообщил о', 'заявил протест по поводу', 'просил помощи в связи с', 'высказался о', 'рассказал о'],
  objects: ['выводе добровольцев', 'августовском пленуме', 'экономической помощи', 'пограничных реках', 'атомном испытании', 'дацзыбао хунвэйбинов'],
}

export const DOC_TYPES = ['record_of_conversation', 'cable', 'report', 'memorandum', 'minutes', 'intelligence_report', 'letter'] as const

/** A deterministic pseudo-random source (mulberry32), so a seed always gives the same library. */
export function randomSource(seed: number) {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!
  const digits = (n: number): string => String(int(0, 10 ** n - 1)).padStart(n, '0')
  return { next, int, pick, digits }
}
export type Random = ReturnType<typeof randomSource>

/** One sentence in the finding's original language, for its transcription and original title. */
export function sentence(language: Language, random: Random): string {
  if (language === 'zh-Hans') return `${random.pick(CHINESE.subjects)}${random.pick(CHINESE.verbs)}${random.pick(CHINESE.objects)}。`
  if (language === 'ru') return `${random.pick(RUSSIAN.subjects)} ${random.pick(RUSSIAN.verbs)} ${random.pick(RUSSIAN.objects)}.`
  if (language === 'ko-Kore' || language === 'ko-KP') {
    return `${random.pick(KOREAN.subjects)}는 ${random.pick(KOREAN.objects)}${random.pick(KOREAN.verbs)}.`
  }
  return `${random.pick(ENGLISH.subjects)} ${random.pick(ENGLISH.verbs)} ${random.pick(ENGLISH.objects)}.`
}

/** Which repositories hold documents in a language, and how each writes its references. */
export const REPOSITORIES_BY_LANGUAGE: Record<Language, readonly string[]> = {
  en: ['wilson-digital-archive', 'cia-crest'],
  'zh-Hans': ['prc-fma-archive', 'chinese-provincial-archives', 'ccp-central-archives'],
  'ko-Kore': ['rok-diplomatic-archives'],
  'ko-KP': ['loc-north-korean-serials'],
  ru: ['avprf', 'rgani', 'garf'],
}

/** A reference as a researcher would type it for `repository`, in that archive's scheme. */
export function reference(repository: string, year: number, random: Random): string {
  const leaves = (): string => {
    const first = random.int(1, 300)
    return `${first}–${first + random.int(1, 12)}`
  }
  switch (repository) {
    case 'prc-fma-archive':
      return `${random.pick(['外交部档案馆', 'PRC FMA', '档号'])} ${random.pick(['106', '109', '117', '118'])}-${random.digits(5)}-${random.digits(2)}`
    case 'chinese-provincial-archives':
      return `${random.pick(['Hebei', 'Liaoning', 'Jilin', 'Heilongjiang'])} Provincial Archives, ${random.int(100, 999)}-${random.int(1, 30)}-${random.int(1, 400)}-${random.int(1, 20)}`
    case 'ccp-central-archives':
      return `Chinese Communist Party Central Archives, item ${random.digits(4)}`
    case 'avprf':
      return `АВП РФ, ф. 0102, оп. ${random.int(1, 30)}, п. ${random.int(1, 120)}, д. ${random.int(1, 40)}, л. ${leaves()}`
    case 'rgani':
      return `RGANI, Fond 5, Opis ${random.int(20, 60)}, Delo ${random.int(1, 900)}, List ${random.int(1, 400)}`
    case 'garf':
      return `GARF, Fond 5446, Opis ${random.int(80, 120)}${random.pick(['', 'c'])}, Delo ${random.int(1, 1200)}, Listy ${leaves()}`
    case 'rok-diplomatic-archives':
      return `분류번호 ${random.int(700, 799)}.${random.int(1, 9)}CP / 등록번호 ${random.digits(4)}`
    case 'loc-north-korean-serials':
      return `《근로자》 (Kŭlloja), ${year}, no. ${random.int(1, 24)}, pp. ${random.int(1, 60)}-${random.int(61, 90)}`
    case 'cia-crest':
      return `CIA-RDP${random.int(78, 91)}-${random.digits(5)}R${random.digits(12)}-${random.int(0, 9)}`
    default:
      return `https://digitalarchive.wilsoncenter.org/document/${random.int(110000, 300000)}`
  }
}

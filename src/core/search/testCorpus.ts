import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { aliasesFromEntities, type AliasEntry } from './aliases'
import { listedNames } from './names/listedNames'
import type { SearchDoc } from './types'

/**
 * A small corpus in four languages for recall tests: the invented fixture snippets of acceptance
 * scenarios S1-S5 plus distractors that must not match. Test data only.
 */
export const FIXTURE_DOCS: SearchDoc[] = [
  {
    id: 'S1',
    type: 'finding',
    title: '周恩来与金首相谈话记录',
    transcription:
      '周总理：志愿军今年分三批回国，这并不意味着我们对朝鲜的支持有所减弱，而是为了在政治上取得主动。\n' +
      '金首相：我们完全同意。撤军的声明由朝鲜政府先行发表，中国政府随即表示支持。',
    notes:
      'Zhou says the volunteers will go home in three echelons this year. This is no weakening of support, ' +
      'just a bid for the political initiative. Kim agrees that the DPRK statement comes first and China then endorses it.',
    tags: ['withdrawal', '1958'],
    reference: '外交部档案馆 106-00999-01',
    repository: 'prc-fma-archive',
    language: 'zh-Hans',
    dateFrom: '1958-02-15',
  },
  {
    id: 'S2',
    type: 'finding',
    title: 'Дневник посла, 22.IX.56',
    transcription:
      '22.IX.56. Беседовал с т. Ким Ир Сеном. На мой вопрос о товарищах, выехавших в Андун, Ким Ир Сен ответил, ' +
      'что их восстановят в партии, но не в составе ЦК. Тт. Микоян и Пэн Дэ-хуай настаивали на опубликовании решения пленума.',
    notes:
      'Kim says those who fled to Andong will be readmitted to the party but not to the Central Committee. ' +
      'Mikoyan and Peng pressed for publication of the plenum decision.',
    reference: 'АВП РФ, ф. 0102, оп. 12, п. 68, д. 5, л. 201–203',
    repository: 'avprf',
    language: 'ru',
    dateFrom: '1956-09-22',
    entities: ['kim-il-sung', 'mikoyan', 'peng-dehuai', 'dandong', 'august-faction-incident'],
  },
  {
    id: 'S2-garf',
    type: 'finding',
    title: 'GARF file',
    reference: 'ГАРФ ф. 5446, оп. 98с, д. 7',
    repository: 'garf',
    language: 'ru',
    dateFrom: '1957',
  },
  {
    id: 'S3',
    type: 'finding',
    title: '中共 動向, 1967',
    transcription:
      '最近 中共 紅衛兵들이 延邊 地域에서 北傀 金日成을 「修正主義者」로 非難하는 壁報를 붙였다는 情報가 入手되었음. ' +
      '北傀는 이에 대하여 公式的인 反應을 保留하고 있음.',
    notes:
      'Report that PRC Red Guards in Yanbian put up wall posters calling Kim Il Sung a "revisionist". ' +
      'Pyongyang is withholding an official response.',
    reference: '분류번호 725.1CP / 등록번호 0000 (FX)',
    repository: 'rok-diplomatic-archives',
    language: 'ko-Kore',
    dateFrom: '1967-02-14',
  },
  {
    id: 'S4',
    type: 'finding',
    title: '《근로자》 (Kŭlloja), 1964, no. 21',
    transcription:
      '중화인민공화국에서 원자탄시험에 성공한것은 제국주의자들의 핵공갈정책에 대한 커다란 타격으로 된다. ' +
      '로동계급과 근로인민들은 이 소식을 기쁨으로 맞이하였다.',
    notes: "The article calls the PRC's atomic test a heavy blow to imperialist nuclear blackmail and says workers welcomed the news.",
    repository: 'loc-north-korean-serials',
    language: 'ko-KP',
    dateFrom: '1964',
  },
  {
    id: 'S5',
    type: 'finding',
    title: 'Provincial archive on tunnels',
    transcription:
      '参观组认为，朝鲜同志在坑道工程方面经验丰富，其覆盖层厚度、通风和防护门的设计，值得我们在三线建设和八一六工程中研究借鉴。',
    notes: 'The visiting group praises Korean tunnelling as worth studying for the Third Front and "Project 816".',
    reference: '2047-3-112-6',
    repository: 'chinese-provincial-archives',
    language: 'zh-Hans',
    dateFrom: '1967-03',
  },
  {
    id: 'X-kim-jong-il',
    type: 'finding',
    title: '金正日 visit',
    notes: 'Kim Jong Il visits Beijing; Khrushchev is not involved.',
    language: 'en',
    dateFrom: '2000',
  },
  {
    id: 'X-kim-il',
    type: 'finding',
    title: 'Kim Il at the talks',
    notes: 'Vice-premier Kim Il (김일) led the delegation.',
    language: 'en',
    dateFrom: '1961',
  },
  {
    id: 'ev-khrushchev',
    type: 'event',
    title: 'Khrushchev secret speech',
    summary: 'Khrushchev denounces Stalin at the Twentieth Congress of the CPSU.',
    dateFrom: '1956-02-25',
    sections: ['change-over-time'],
  },
  {
    id: 'essay-p1',
    type: 'essay',
    title: 'The nature of the alignment',
    summary: 'Pyongyang and Beijing were never simply allies; P\'yŏngyang guarded its autonomy.',
    sections: ['nature-of-alignment'],
  },
]

const RESOURCES = join(__dirname, '..', '..', '..', 'resources')

/** The names the app ships: the seed entities' and the list of names that are not entities. */
export function seedAliases(): AliasEntry[] {
  const entities = aliasesFromEntities(JSON.parse(readFileSync(join(RESOURCES, 'seed', 'entities.json'), 'utf8')))
  return [...entities, ...listedNames(RESOURCES)]
}

/** The user alias of scenario S1 step 3: `金首相` is Kim Il Sung. */
export const USER_ALIASES: AliasEntry[] = [{ entityId: 'kim-il-sung', forms: ['金首相'] }]

/**
 * Text for rendered test pages, in the five languages the OCR reads: lines of the kind a
 * historian photographs (cables, reports, minutes), written for these tests. Each language names
 * the system font it is set in (Debian's fonts-noto-cjk, fonts-dejavu-core, fonts-liberation2).
 */
import type { OcrLanguage } from '../../src/shared/model/ocr'

export interface PageLanguage {
  /** A Pango font family installed by .ci/run. */
  font: string
  lines: string[]
}

const SIMPLIFIED = [
  '中华人民共和国外交部档案馆藏文件，关于朝鲜停战谈判问题的电报。',
  '毛泽东同志致金日成同志的信件，讨论两国军队的协调与补给问题。',
  '中国人民志愿军司令部报告前线的情况，并请求增派运输车辆。',
  '周恩来总理在会见朝鲜代表团时表示，中方将继续提供经济援助。',
  '关于鸭绿江水电站的共同管理，双方同意成立联合委员会。',
  '朝鲜劳动党中央委员会八月全会以后，两党关系一度紧张。',
  '驻平壤大使馆报告，朝方要求增加粮食和煤炭的供应数量。',
  '一九五八年志愿军全部撤出朝鲜，两国签订了新的贸易协定。',
  '外交部第一亚洲司的备忘录记录了边境河流航行问题的谈判。',
  '会谈纪要指出，双方对国际形势的看法基本一致，但仍有分歧。',
  '丹东铁路运输的报告说明了过境物资的种类、数量和日期。',
  '本电报请转报中央，并抄送总参谋部和对外贸易部。',
]

const KOREAN = [
  '조선민주주의인민공화국 외무성이 중국 대사관에 보낸 공문입니다.',
  '김일성 동지는 중국 인민지원군의 철수 문제에 대하여 말하였다.',
  '양국 정부는 압록강 수력 발전소의 공동 관리에 합의하였다.',
  '평양 주재 중국 대사는 식량과 석탄 공급에 관하여 보고하였다.',
  '노동당 중앙위원회 팔월 전원회의 이후 양당 관계가 긴장되었다.',
  '회담 기록에 따르면 쌍방은 국제 정세에 대하여 의견을 같이하였다.',
  '단동을 거치는 철도 운송의 물자 종류와 수량을 기록한 보고서.',
  '이 전보는 중앙에 보고하고 총참모부와 대외무역부에 사본을 보낸다.',
  '경제 원조 협정은 천구백오십팔년 가을에 베이징에서 서명되었다.',
  '국경 하천의 항행 문제에 관한 교섭은 여러 차례 계속되었다.',
]

const RUSSIAN = [
  'Запись беседы посла СССР в КНДР с министром иностранных дел.',
  'Ким Ир Сен сообщил о выводе китайских народных добровольцев.',
  'Посольство просит ускорить поставки зерна и угля в Пхеньян.',
  'После августовского пленума отношения между партиями осложнились.',
  'Стороны договорились о совместном управлении электростанцией на Ялу.',
  'Справка о торговле КНДР с Китаем за первое полугодие.',
  'Копия направлена в Министерство внешней торговли и Генеральный штаб.',
  'По мнению посла, корейские товарищи недовольны позицией Пекина.',
  'Переговоры о судоходстве по пограничным рекам продолжались весь год.',
  'Документ хранится в архиве внешней политики Российской Федерации.',
]

const ENGLISH = [
  'Record of a conversation between the Soviet ambassador and Kim Il Sung.',
  'The Chinese People\u2019s Volunteers will withdraw from Korea by October.',
  'The embassy reports shortages of grain and coal in Pyongyang this winter.',
  'After the August plenum, relations between the two parties were strained.',
  'Both sides agreed to manage the hydroelectric station on the Yalu jointly.',
  'A note on trade between the DPRK and China in the first half of the year.',
  'Copies were sent to the Ministry of Foreign Trade and the General Staff.',
  'In the ambassador\u2019s view, the Korean comrades resent Beijing\u2019s position.',
  'Talks on navigation of the border rivers continued throughout the year.',
  'The cable asks the Centre to approve additional trucks for the front.',
]

/**
 * Traditional characters for the simplified lines, converted by hand so the test does not lean
 * on our own converter: these are the forms a Taiwanese or Hong Kong print would use.
 */
const TRADITIONAL = [
  '中華人民共和國外交部檔案館藏文件，關於朝鮮停戰談判問題的電報。',
  '毛澤東同志致金日成同志的信件，討論兩國軍隊的協調與補給問題。',
  '中國人民志願軍司令部報告前線的情況，並請求增派運輸車輛。',
  '周恩來總理在會見朝鮮代表團時表示，中方將繼續提供經濟援助。',
  '關於鴨綠江水電站的共同管理，雙方同意成立聯合委員會。',
  '朝鮮勞動黨中央委員會八月全會以後，兩黨關係一度緊張。',
  '駐平壤大使館報告，朝方要求增加糧食和煤炭的供應數量。',
  '一九五八年志願軍全部撤出朝鮮，兩國簽訂了新的貿易協定。',
  '外交部第一亞洲司的備忘錄記錄了邊境河流航行問題的談判。',
  '會談紀要指出，雙方對國際形勢的看法基本一致，但仍有分歧。',
  '丹東鐵路運輸的報告說明了過境物資的種類、數量和日期。',
  '本電報請轉報中央，並抄送總參謀部和對外貿易部。',
]

export const PAGE_TEXTS: Record<OcrLanguage, PageLanguage> = {
  'zh-Hans': { font: 'Noto Serif CJK SC', lines: SIMPLIFIED },
  'zh-Hant': { font: 'Noto Serif CJK TC', lines: TRADITIONAL },
  ko: { font: 'Noto Sans CJK KR', lines: KOREAN },
  ru: { font: 'DejaVu Serif', lines: RUSSIAN },
  en: { font: 'Liberation Serif', lines: ENGLISH },
}

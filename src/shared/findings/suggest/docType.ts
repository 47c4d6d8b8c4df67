import type { DocType } from '../../model/findingVocab'

/**
 * Cue words per document type (archival-model.md §3.3, plus English). `atEnd` cues are so
 * common inside other words (信 "letter" in 相信 "believe") that they count only at the end of a title.
 */
interface Cue {
  text: string
  docType: DocType
  atEnd?: boolean
}

const TABLE: ReadonlyArray<[DocType, string[], string[]?]> = [
  [
    'record_of_conversation',
    [
      '谈话记录',
      '會談記錄',
      '会谈记录',
      '談話記錄',
      '담화록',
      '면담기록',
      'запись беседы',
      'record of conversation',
      'memorandum of conversation',
    ],
  ],
  [
    'cable',
    ['电报', '電報', '来电', '去电', '전보', '전문', 'телеграмма', 'шифртелеграмма', 'telegram', 'cable'],
  ],
  [
    'report',
    ['报告', '報告', '보고서', '보고', 'доклад', 'отчёт', 'отчет', 'информация', 'справка', 'report'],
    ['情况', '情況'],
  ],
  [
    'request_for_instructions',
    ['请示', '請示', '품의', '청훈', 'запрос указаний', 'request for instructions'],
  ],
  ['instruction', ['指示', '批示', '지시', '훈령', 'указание', 'директива', 'instructions', 'directive']],
  ['diplomatic_note', ['照会', '照會', '구상서', '공한', 'нота', 'diplomatic note', 'note verbale']],
  [
    'memorandum',
    ['备忘录', '備忘錄', '비망록', '각서', 'меморандум', 'памятная записка', 'memorandum', 'aide-mémoire'],
  ],
  [
    'minutes',
    ['会议纪要', '會議紀要', '회의록', 'протокол', 'стенограмма', 'minutes', 'transcript'],
    ['记录', '記錄'],
  ],
  ['diary_journal', ['日记', '日記', '일지', 'дневник', 'diary', 'journal']],
  [
    'resolution_decision',
    ['决议', '決議', '决定', '決定', '결정', '결의', 'постановление', 'решение', 'resolution', 'decision'],
  ],
  ['letter', ['서한', 'письмо', 'letter'], ['信', '函']],
  [
    'treaty_agreement',
    ['条约', '條約', '协定', '協定', '조약', '협정', 'договор', 'соглашение', 'treaty', 'agreement'],
  ],
  [
    'intelligence_report',
    [
      '情报报告',
      '情報報告',
      '情报',
      '情報',
      '정보보고',
      'разведдонесение',
      'intelligence report',
      'intelligence memorandum',
    ],
  ],
  [
    'press_article',
    ['报刊文章', '社论', '社論', '기사', '사설', 'статья', 'передовица', 'editorial', 'article'],
  ],
  ['speech', ['讲话', '講話', '연설', 'речь', 'выступление', 'speech', 'address']],
  ['mass_publication', ['小报', '小報', '传单', '傳單', '삐라', 'листовка', 'leaflet', 'tabloid']],
]

const CUES: readonly Cue[] = TABLE.flatMap(([docType, anywhere, atEnd = []]) => [
  ...anywhere.map((text) => ({ text, docType })),
  ...atEnd.map((text) => ({ text, docType, atEnd: true })),
]).sort((a, b) => b.text.length - a.text.length)

/** One suggested type and the cue that fired, so the form can say why. */
export interface DocTypeSuggestion {
  doc_type: DocType
  cue: string
  /** Where the cue was found. */
  source: 'title' | 'text'
}

/** Alphabetic cues must start a word, so "нота" does not fire inside "банкнота". */
function startsWord(text: string, cue: string): boolean {
  if (!/^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(cue)) return text.includes(cue)
  return new RegExp(`(?<!\\p{L})${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text)
}

function cuesIn(text: string, source: DocTypeSuggestion['source']): DocTypeSuggestion[] {
  const lower = text
    .toLowerCase()
    .trim()
    .replace(/[\s。.…]+$/u, '')
  const found: DocTypeSuggestion[] = []
  let rest = lower
  for (const cue of CUES) {
    const hit = cue.atEnd ? rest.endsWith(cue.text) : startsWord(rest, cue.text.toLowerCase())
    if (!hit) continue
    if (!found.some((f) => f.doc_type === cue.docType))
      found.push({ doc_type: cue.docType, cue: cue.text, source })
    // Blank the cue out so "정보보고" does not also count as "보고".
    rest = rest.split(cue.text.toLowerCase()).join(' ')
  }
  return found
}

/**
 * Suggests `doc_type` from cue words (谈话记录, 전보, запись беседы, "telegram"…), title first,
 * then the opening of the text; longer cues win. Best first; empty when nothing matched.
 */
export function suggestDocType(input: { title?: string; text?: string }): DocTypeSuggestion[] {
  const fromTitle = cuesIn(input.title ?? '', 'title')
  const fromText = cuesIn((input.text ?? '').slice(0, 200), 'text')
  return [...fromTitle, ...fromText.filter((t) => !fromTitle.some((f) => f.doc_type === t.doc_type))]
}

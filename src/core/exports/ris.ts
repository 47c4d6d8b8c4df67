import type { Finding } from '../../shared/model/finding'
import { citationItem, type CitationContext, type CitationItem } from './citationItem'
import { nameText, type CslName } from './cslNames'
import { noteKeyLines } from './cslNote'

const RIS_TYPES: Readonly<Record<string, string>> = {
  manuscript: 'MANSCPT',
  personal_communication: 'PCOMM',
  'article-newspaper': 'NEWS',
  'article-magazine': 'MGZN',
  chapter: 'CHAP',
}

/** A value on one RIS line: a line break in user text would start a new tag or record, so it becomes a space. */
export const risValue = (value: string) => value.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim()

/** RIS names: "Family, Given"; an institution or a family-first name as written, without a comma. */
function risName(name: CslName): string {
  if (name.literal !== undefined || name['static-ordering'] || !name.given) return nameText(name)
  return `${name.family ?? ''}, ${name.given}`
}

const names = (tag: string, list: unknown) =>
  Array.isArray(list) ? (list as CslName[]).map((name): [string, string] => [tag, risName(name)]) : []

/** RIS date `YYYY/MM/DD/other`; the other part keeps the EDTF when the date is uncertain, approximate or a range. */
function risDate(edtf: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(edtf)
  if (match) return `${match[1]}/${match[2] ?? ''}/${match[3] ?? ''}/`
  const year = /^\d{4}/.exec(edtf)?.[0]
  return year ? `${year}///${edtf}` : undefined
}

function tags(finding: Finding, item: CitationItem): Array<[string, string | undefined]> {
  const published = item.type === 'chapter' || item.type.startsWith('article')
  return [
    ['TI', item.title as string],
    ['TT', item['workbench-title-translation'] as string | undefined],
    ['OP', finding.title_original],
    ['ST', finding.title_short],
    ...names('AU', item.author),
    ...names('A2', item.type === 'chapter' ? item.editor : item.recipient),
    ...names('A4', item.translator),
    ['T2', published ? (item['container-title'] as string | undefined) : undefined],
    ['VL', item.volume as string | undefined],
    ['IS', item.issue as string | undefined],
    ['SP', published ? (item.page as string | undefined) : undefined],
    ['PB', item.publisher as string | undefined],
    ['PY', /^\d{4}/.exec(finding.doc_date)?.[0]],
    ['DA', risDate(finding.doc_date)],
    ['M3', item.type === 'manuscript' ? (item.genre as string | undefined) : undefined],
    // Zotero reads AN as "Loc. in Archive" and DB as "Archive"; AV is the RIS spec's archive, CY the place.
    ['AN', item.archive_location as string | undefined],
    ['DB', item.archive as string | undefined],
    ['AV', [item.archive, item['archive-place']].filter(Boolean).join(', ') || undefined],
    ['CY', (item['archive-place'] ?? item['publisher-place']) as string | undefined],
    ['DP', item.source as string | undefined],
    ['UR', item.URL as string | undefined],
    ['Y2', finding.published_translation?.accessed],
    ['LA', finding.original_language],
    ['AB', finding.summary_en],
    ...finding.tags.map((tag): [string, string] => ['KW', tag]),
    ['N1', finding.citation_note],
    // The workbench's own fields, one `key: value` per M2 line (Zotero joins M2 into Extra).
    ['M2', item.title !== finding.title_or_description ? `title-or-description: ${finding.title_or_description}` : undefined],
    ...noteKeyLines(finding)
      .filter(([key]) => key !== 'tags' && key !== 'original-title')
      .map(([key, value]): [string, string] => ['M2', `${key}: ${value}`]),
  ]
}

/**
 * RIS of findings, written line by line: `TAG  - value`, one line per tag (lists repeat the tag),
 * no value ever spans two lines, records end with `ER  - `. The finding id goes in `ID` whole.
 */
export function risFile(findings: readonly Finding[], context: CitationContext): string {
  const records = findings.map((finding) => {
    const item = citationItem(finding, context)
    const lines = tags(finding, item)
      .map(([tag, value]): [string, string] => [tag, value === undefined ? '' : risValue(value)])
      .filter(([, value]) => value !== '')
      .map(([tag, value]) => `${tag}  - ${value}`)
    return [`TY  - ${RIS_TYPES[item.type] ?? 'MANSCPT'}`, `ID  - ${finding.id}`, ...lines, 'ER  - '].join('\n')
  })
  return records.length === 0 ? '' : `${records.join('\n')}\n`
}

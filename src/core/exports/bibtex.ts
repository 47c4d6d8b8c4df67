import type { Finding } from '../../shared/model/finding'
import type { CitationContext, CitationItem } from './citationItem'
import { citationItem } from './citationItem'
import type { CslName } from './cslNames'
import { DOC_TYPE_LABELS } from './labels'

/** Which dialect: classic BibTeX (year, month macros, howpublished) or biblatex (date, origdate, library). */
export type BibDialect = 'bibtex' | 'biblatex'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * A user string as a braced BibTeX value: the characters TeX reads as commands or groups are
 * escaped (a stray brace would end the value, a backslash start a command), line breaks become
 * spaces, and page ranges take TeX's en dash. UTF-8 stays as it is (biber and BibTeX 0.99e read it).
 */
export function bibValue(text: string): string {
  return text
    .replace(/[\\{}%&#$_^~]/g, (char) =>
      char === '\\'
        ? '\\textbackslash{}'
        : char === '^'
          ? '\\textasciicircum{}'
          : char === '~'
            ? '\\textasciitilde{}'
            : `\\${char}`,
    )
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
}

/** A name in BibTeX's syntax: "Family, Given"; an institution or a family-first Chinese or Korean name as one braced unit. */
function bibName(name: CslName): string {
  if (name.literal !== undefined) return `{${bibValue(name.literal)}}`
  if (name['static-ordering']) return `{${bibValue(`${name.family ?? ''} ${name.given ?? ''}`.trim())}}`
  if (!name.given) return `{${bibValue(name.family ?? '')}}`
  return `${bibValue(name.family ?? '')}, ${bibValue(name.given)}`
}

const bibNames = (names: unknown) =>
  Array.isArray(names) && names.length > 0 ? (names as CslName[]).map(bibName).join(' and ') : undefined

/** ASCII letters and digits of a romanized string, for citation keys ("Ch’oe Yong-gŏn" → "choe"). */
const keyPart = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '')

/** The citation key: the first creator's romanized family name (else the title's first word) and the year. */
function baseKey(item: CitationItem, year: string | undefined): string {
  const first = (item.author as CslName[] | undefined)?.[0]
  const nameWord = first ? (first.family ?? first.literal ?? '').split(/\s+/)[0]! : ''
  const titleWord = String(item.title ?? '').split(/\s+/).find((word) => /^[a-z]{3}/.test(keyPart(word))) ?? ''
  const stem = (/^[a-z]/.test(keyPart(nameWord)) ? keyPart(nameWord) : '') || keyPart(titleWord) || 'document'
  return `${stem}${year ?? ''}`
}

interface DateFields {
  year?: string
  month?: string
  edtf: string
}

function dateFields(finding: Finding): DateFields {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(finding.doc_date)
  const month = match?.[2] !== undefined && Number(match[2]) <= 12 ? MONTHS[Number(match[2]) - 1] : undefined
  return { year: match?.[1], month, edtf: finding.doc_date }
}

function entryType(item: CitationItem, dialect: BibDialect): string {
  if (item.type === 'chapter') return 'incollection'
  if (item.type.startsWith('article')) return 'article'
  if (dialect === 'biblatex') return item.type === 'personal_communication' ? 'letter' : 'unpublished'
  return 'misc'
}

/** Where an archival document is, in words any style prints: reference, archive, city. */
const archiveWords = (item: CitationItem) =>
  [item.archive_location, item.archive, item['archive-place']].filter(Boolean).join(', ') || undefined

/**
 * The fields of an entry. `holding` names the repository where an item with no archive of its own
 * (a newspaper, a collection, an online archive's record) was read: styles do not print `archive`,
 * and a re-import finds the copy again.
 */
function fieldsOf(finding: Finding, item: CitationItem, dialect: BibDialect, holding?: string): Array<[string, string | undefined]> {
  const date = dateFields(finding)
  const biblatex = dialect === 'biblatex'
  const collection = item.type === 'chapter'
  const translation = item['workbench-title-translation'] as string | undefined
  const bookYear = item['workbench-published-year'] as string | undefined
  return [
    ['author', bibNames(item.author)],
    ['title', item.title as string],
    ['titleaddon', translation ? `[${translation}]` : undefined],
    ['origtitle', finding.title_original],
    ['shorttitle', finding.title_short],
    [biblatex ? 'journaltitle' : 'journal', item.type.startsWith('article') ? (item['container-title'] as string) : undefined],
    [biblatex && item.type === 'article-newspaper' ? 'entrysubtype' : '', 'newspaper'],
    ['booktitle', collection ? (item['container-title'] as string) : undefined],
    ['editor', bibNames(item.editor)],
    ['volume', item.volume as string | undefined],
    ['number', item.issue as string | undefined],
    ['pages', (item.page as string | undefined)?.replace(/-/g, '--')],
    ['publisher', item.publisher as string | undefined],
    [biblatex ? 'location' : 'address', (item['publisher-place'] as string | undefined) ?? (biblatex ? (item['archive-place'] as string | undefined) : undefined)],
    ...(biblatex
      ? ([
          ['date', collection ? bookYear : date.edtf],
          ['origdate', collection ? date.edtf : undefined],
        ] as Array<[string, string | undefined]>)
      : ([
          ['year', collection ? (bookYear ?? date.year) : date.year],
          ['month', collection ? undefined : date.month],
        ] as Array<[string, string | undefined]>)),
    ['type', item.type.startsWith('article') || collection ? undefined : DOC_TYPE_LABELS[finding.doc_type]],
    ['howpublished', archiveWords(item)],
    ['library', biblatex ? (item.archive as string | undefined) : undefined],
    ['archive', (item.archive as string | undefined) ?? holding],
    ['archive_location', item.archive_location as string | undefined],
    ['translator', bibNames(item.translator)],
    ['url', item.URL as string | undefined],
    ['urldate', finding.published_translation?.accessed],
    [biblatex ? 'langid' : 'language', finding.original_language],
    ['note', finding.citation_note],
  ]
}

const RAW_FIELDS = new Set(['author', 'editor', 'translator', 'month'])
/** Titles are braced twice so that styles keep their capitals (names, romanized words) as written. */
const TITLE_FIELDS = new Set(['title', 'titleaddon', 'origtitle', 'shorttitle', 'booktitle', 'journal', 'journaltitle'])

/**
 * One entry: every value braced and escaped (names are already in BibTeX syntax; months are the
 * unbraced standard macros jan … dec). `note` holds only the note the researcher marked for
 * publication: provenance, who supplied a copy and workbench data never reach a bibliography.
 */
function entry(finding: Finding, item: CitationItem, key: string, dialect: BibDialect, holding?: string): string {
  const lines = fieldsOf(finding, item, dialect, holding)
    .filter((field): field is [string, string] => field[0] !== '' && field[1] !== undefined && field[1].trim() !== '')
    .map(([name, value]) => {
      const written = RAW_FIELDS.has(name)
        ? name === 'month'
          ? value
          : `{${value}}`
        : TITLE_FIELDS.has(name)
          ? `{{${bibValue(value)}}}`
          : `{${bibValue(value)}}`
      return `  ${name} = ${written},`
    })
  return [`@${entryType(item, dialect)}{${key},`, ...lines, '}'].join('\n')
}

/** A BibTeX or biblatex file of findings; keys are unique in the file (zhou1958, zhou1958a, …). */
export function bibFile(findings: readonly Finding[], context: CitationContext, dialect: BibDialect): string {
  const used = new Map<string, number>()
  const entries = findings.map((finding) => {
    const item = citationItem(finding, context)
    const base = baseKey(item, dateFields(finding).year)
    const count = used.get(base) ?? 0
    used.set(base, count + 1)
    const key = count === 0 ? base : `${base}${String.fromCharCode(96 + Math.min(count, 26))}${count > 26 ? count : ''}`
    return entry(finding, item, key, dialect, context.repositories.get(finding.repository_id)?.name)
  })
  return entries.length === 0 ? '' : `${entries.join('\n\n')}\n`
}

import type * as BibtexParser from '@retorquere/bibtex-parser'
import { AppError } from '../../shared/api/errors'
import { detectLang } from '../romanize'
import type { CslName } from './cslNames'

type Fields = Record<string, unknown>

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** The CSL type of an entry, as our BibTeX and biblatex exports write them (bibtex.ts). */
function cslType(type: string, fields: Fields): string {
  if (type === 'letter') return 'personal_communication'
  if (type === 'incollection' || type === 'inbook') return 'chapter'
  if (type === 'article') return fields.entrysubtype === 'newspaper' ? 'article-newspaper' : 'article-magazine'
  return 'manuscript'
}

const one = (value: unknown): string | undefined => {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : typeof first === 'number' ? String(first) : undefined
}

/** The parser's names (`{lastName, firstName}`, or `{name}` for a braced one) as CSL names. */
function names(value: unknown): CslName[] {
  if (!Array.isArray(value)) return []
  return value.map((name: { name?: string; lastName?: string; firstName?: string }) =>
    name.name !== undefined ? { literal: name.name } : { family: name.lastName ?? '', given: name.firstName ?? '' },
  )
}

/** The EDTF date of an entry: biblatex `date` (`origdate` of a collection item), else BibTeX year and month. */
function edtfOf(type: string, fields: Fields): string | undefined {
  const biblatex = one(type === 'chapter' ? (fields.origdate ?? fields.date) : fields.date)
  if (biblatex) return biblatex
  const year = one(fields.year)
  if (!year) return undefined
  const month = one(fields.month)?.toLowerCase().slice(0, 3)
  const index = month === undefined ? -1 : MONTHS.indexOf(month)
  const numeric = month !== undefined && /^\d{1,2}$/.test(month) ? Number(month) : index + 1
  return numeric >= 1 && numeric <= 12 ? `${year}-${String(numeric).padStart(2, '0')}` : year
}

/**
 * The system a romanized title was written in, which BibTeX has no field for: read from the
 * letters it uses (ŏ ŭ and aspiration marks are McCune-Reischauer's, ts' and hs Wade-Giles').
 */
function schemeOf(original: string, romanized: string): string | undefined {
  const lang = detectLang(original)
  if (lang === 'ko') return /[ŏŭŎŬ’']/u.test(romanized) ? 'mccune-reischauer' : 'revised-romanization'
  if (lang === 'zh') return /\b(?:hs|ts’|ts')|\w[’']\w*-/iu.test(romanized) ? 'wade-giles' : 'pinyin'
  return lang === 'ru' ? 'ala-lc-russian' : undefined
}

/**
 * One entry as a CSL-like item for `draftFromCsl`: what BibTeX has no variable for (original and
 * romanized titles, translation, short title, document type, exact date, note for publication)
 * goes into the item's `note` as the `key: value` lines the CSL-JSON import reads.
 */
function itemOf(key: string, type: string, fields: Fields): Record<string, unknown> {
  const csl = cslType(type, fields)
  const original = one(fields.origtitle)
  const title = one(fields.title)
  const translation = one(fields.titleaddon)?.replace(/^\[(.*)\]$/s, '$1')
  const romanized = original && title && title !== original ? title : undefined
  const keyLines: Array<[string, string | undefined]> = [
    ['original-title', original],
    ['title-romanized', romanized],
    ['romanization', romanized ? schemeOf(original!, romanized) : undefined],
    ['title-or-description', original ? (translation ?? title) : title],
    ['title-translation', original ? translation : undefined],
    ['title-short', one(fields.shorttitle)],
    ['date-edtf', edtfOf(csl, fields)],
    ['citation-note', one(fields.note)],
  ]
  return {
    id: key,
    type: csl,
    title,
    genre: one(fields.type),
    author: names(fields.author),
    translator: names(fields.translator),
    'container-title': one(fields.journaltitle ?? fields.journal ?? fields.booktitle),
    volume: one(fields.volume),
    issue: one(fields.number),
    page: one(fields.pages)?.replace(/[–—]|--/g, '-'),
    archive: one(fields.archive ?? fields.library),
    archive_location: one(fields.archive_location),
    URL: one(fields.url),
    language: one(fields.langid ?? fields.language),
    note: keyLines
      .filter((line): line is [string, string] => line[1] !== undefined)
      .map(([name, value]) => `${name}: ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`)
      .join('\n'),
  }
}

let parser: typeof BibtexParser | undefined

/**
 * Loads @retorquere/bibtex-parser. Only its ES module build runs (its CommonJS build requires
 * ES-only packages), so the CommonJS hosts (Electron main, the CLI) load it with import() before
 * the first BibTeX import; `readBibtex` stays synchronous like the other readers.
 */
export async function loadBibtexReader(): Promise<void> {
  parser ??= await import('@retorquere/bibtex-parser')
}

/**
 * Reads a BibTeX or biblatex file into CSL-like items for `import-refs`, with
 * @retorquere/bibtex-parser (TeX escapes and macros resolved to Unicode). Throws AppError
 * `input.invalid` naming the first line the parser could not read. Call `loadBibtexReader` first.
 */
export function readBibtex(text: string): Array<Record<string, unknown>> {
  if (parser === undefined) throw new Error('readBibtex before loadBibtexReader')
  const { parse } = parser
  // Titles are taken as written: our exports brace them, and sentence-casing would lower names.
  const library = parse(text.replace(/^\uFEFF/, ''), { english: false })
  const error = library.errors[0]
  if (error) {
    const where = 'line' in error && typeof error.line === 'number' ? `Line ${error.line} of the BibTeX file` : 'The BibTeX file'
    throw new AppError('input.invalid', `${where} cannot be read: ${error.error}`, 'file')
  }
  return library.entries.map((entry) => itemOf(entry.key, entry.type, entry.fields as Fields))
}

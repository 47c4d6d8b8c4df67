import { AppError } from '../../shared/api/errors'

const LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/

const CSL_TYPES: Readonly<Record<string, string>> = {
  MANSCPT: 'manuscript',
  PCOMM: 'personal_communication',
  NEWS: 'article-newspaper',
  MGZN: 'article-magazine',
  JOUR: 'article-journal',
  CHAP: 'chapter',
  RPRT: 'report',
  ELEC: 'webpage',
}

const nameOf = (value: string) => {
  const [family, given] = value.split(/\s*,\s*/, 2)
  return given ? { family, given } : { literal: value }
}

/** The CSL date of a RIS `DA`/`PY`: `YYYY/MM/DD/other`, where our exports put an EDTF in "other". */
function dateOf(value: string): { 'date-parts': number[][] } | undefined {
  const [year, month, day] = value.split('/').map((part) => Number(part))
  if (!year) return undefined
  return { 'date-parts': [[year, ...(month ? [month] : []), ...(month && day ? [day] : [])]] }
}

type Tags = Map<string, string[]>

function itemOf(tags: Tags): Record<string, unknown> {
  const one = (tag: string) => tags.get(tag)?.[0]
  const all = (tag: string) => tags.get(tag) ?? []
  const date = one('DA') ?? one('PY')
  const edtf = date?.split('/')[3]
  const type = CSL_TYPES[one('TY') ?? ''] ?? 'manuscript'
  const keyLines = [...all('M2'), ...(all('KW').length > 0 ? [`tags: ${all('KW').join('; ')}`] : [])]
  if (edtf && !keyLines.some((line) => line.startsWith('date-edtf:'))) keyLines.push(`date-edtf: ${edtf}`)
  return {
    id: one('ID'),
    type,
    title: one('TI') ?? one('T1'),
    'original-title': one('OP'),
    author: [...all('AU'), ...all('A1')].map(nameOf),
    recipient: type === 'personal_communication' ? all('A2').map(nameOf) : undefined,
    translator: all('A4').map(nameOf),
    'container-title': one('T2') ?? one('JF'),
    volume: one('VL'),
    issue: one('IS'),
    page: one('SP'),
    issued: date ? dateOf(date) : undefined,
    archive: one('DB'),
    archive_location: one('AN'),
    'archive-place': one('CY'),
    source: one('DP'),
    URL: one('UR'),
    language: one('LA'),
    abstract: one('AB') ?? one('N2'),
    note: [keyLines.join('\n'), ...(keyLines.some((l) => l.startsWith('citation-note:')) ? [] : all('N1'))]
      .filter((part) => part !== '')
      .join('\n\n'),
  }
}

/**
 * Reads RIS text into CSL-like items for `import-refs`: one `TAG  - value` per line, records from
 * `TY` to `ER`. A line of another shape continues the value above it (as Zotero reads files that
 * other programs wrapped). Throws AppError `input.invalid` naming the line of a record with no TY.
 */
export function readRis(text: string): Array<Record<string, unknown>> {
  const items: Array<Record<string, unknown>> = []
  let current: Tags | undefined
  let last: { tag: string; index: number } | undefined
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, index) => {
    const match = LINE.exec(line.trimEnd())
    if (!match) {
      if (line.trim() === '') return
      if (current && last) {
        const values = current.get(last.tag)!
        values[last.index] = `${values[last.index]} ${line.trim()}`
        return
      }
      throw new AppError('input.invalid', `Line ${index + 1} of the RIS file is not a "TAG  - value" line`, 'file')
    }
    const [, tag, value = ''] = match as unknown as [string, string, string | undefined]
    if (tag === 'TY') current = new Map()
    if (!current) throw new AppError('input.invalid', `Line ${index + 1} of the RIS file comes before any "TY" line`, 'file')
    if (tag === 'ER') {
      items.push(itemOf(current))
      current = undefined
      last = undefined
      return
    }
    const values = current.get(tag) ?? []
    values.push(value.trim())
    current.set(tag, values)
    last = { tag, index: values.length - 1 }
  })
  if (current) items.push(itemOf(current))
  return items
}

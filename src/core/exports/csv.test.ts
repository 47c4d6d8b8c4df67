import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS } from './csv'
import { runExport } from './runExport'
import { REPOSITORIES, SECTIONS } from './fixtures/context'
import { FIXTURE_FINDINGS } from './fixtures/moreFindings'
import { s1, s6, s7 } from './fixtures/findings'

const exportCsv = (bom: boolean) =>
  runExport({
    format: 'csv',
    findings: FIXTURE_FINDINGS,
    repositories: REPOSITORIES,
    sections: SECTIONS,
    options: { bom },
  })

describe('CSV export', () => {
  it('parses back with csv-parse to every cell of every exported finding, byte for byte', () => {
    const { content, report } = exportCsv(false)
    const rows = parse(content, { columns: true, bom: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(report.exported)
    const repositories = new Map(REPOSITORIES.map((r) => [r.id, r]))
    for (const row of rows) {
      const finding = FIXTURE_FINDINGS.find((f) => f.id === row.id)!
      for (const [header, cell] of CSV_COLUMNS) {
        expect(row[header], `${finding.id} ${header}`).toBe(
          cell(finding, repositories.get(finding.repository_id)),
        )
      }
    }
  })

  it('keeps Chinese, Korean and Russian text, quotes, commas and newlines exactly', () => {
    const rows = parse(exportCsv(false).content, { columns: true }) as Array<Record<string, string>>
    const row = (id: string) => rows.find((r) => r.id === id)!
    expect(row(s1.id)!['original title']).toBe(s1.title_original)
    expect(row(s1.id)!.transcription).toBe(s1.transcription)
    expect(row(s7.id)!.summary).toBe(s7.summary_en)
    expect(row(s7.id)!.tags).toBe('aid; budget, state; FX')
    expect(rows.some((r) => r.classification === 'Совершенно секретно')).toBe(true)
    expect(rows.some((r) => r.classification === '2급비밀')).toBe(true)
  })

  it('quotes per RFC 4180: doubled quotes, CRLF row ends, quoted line breaks', () => {
    const { content } = exportCsv(false)
    expect(content).toContain('""not GDP""')
    expect(content.split('\r\n')[0]!.startsWith('id,repository,repository id,reference,')).toBe(true)
    expect(content).toMatch(/"[^"]*;\nsee p\. 15, table 2\."/)
  })

  it('writes a UTF-8 byte order mark only when asked', () => {
    expect(exportCsv(true).content.startsWith('\uFEFFid,')).toBe(true)
    expect(exportCsv(false).content.startsWith('id,')).toBe(true)
  })

  it('leaves the transcription cell empty where quoting needs permission (S6)', () => {
    const rows = parse(exportCsv(false).content, { columns: true }) as Array<Record<string, string>>
    expect(rows.find((r) => r.id === s6.id)!.transcription).toBe('')
    expect(rows.find((r) => r.id === s6.id)!.notes).toBe(s6.provenance_note)
  })
})

import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import { describe, expect, it } from 'vitest'
import { runExport } from './runExport'
import { REPOSITORIES, SECTIONS } from './fixtures/context'
import { FIXTURE_FINDINGS, garf } from './fixtures/moreFindings'
import { s2, s3 } from './fixtures/findings'

type Item = Record<string, unknown>
const exportAs = (format: 'bibtex' | 'ris') =>
  runExport({ format, findings: FIXTURE_FINDINGS, repositories: REPOSITORIES, sections: SECTIONS })
const readBack = (text: string, type: string) => new Cite(text, { forceType: type }).data as Item[]
const strict = () =>
  JSON.parse(
    runExport({
      format: 'csl-json-strict',
      findings: FIXTURE_FINDINGS,
      repositories: REPOSITORIES,
      sections: SECTIONS,
    }).content,
  ) as Item[]

describe('BibTeX export', () => {
  it('parses back to one entry per finding with the same titles and years', () => {
    const { content, report } = exportAs('bibtex')
    const entries = readBack(content, '@biblatex/text')
    expect(entries).toHaveLength(report.exported)
    const titles = entries.map((e) => String(e.title))
    for (const item of strict()) expect(titles).toContain(item.title)
  })

  it('writes Cyrillic and hangul as UTF-8 instead of dropping them', () => {
    const { content } = exportAs('bibtex')
    expect(content).toContain(s2.reference_raw)
    expect(content).toContain('2급비밀')
  })
})

describe('RIS export', () => {
  it('parses back to one record per finding with titles, languages and the Extra lines', () => {
    const { content, report } = exportAs('ris')
    const records = readBack(content, '@ris/file')
    expect(records).toHaveLength(report.exported)
    const items = strict()
    for (const record of records) {
      const item = items.find((i) => String(record.note ?? '').includes(`workbench-finding: ${i.id}`))!
      expect(item, String(record.title)).toBeDefined()
      expect(String(record.title).replace(/\n/g, '')).toBe(item.title)
      expect(record.language).toBe(item.language)
    }
    expect(content).toContain(`classification: ${s3.classification_original}`)
    expect(content).toContain(garf.reference_raw)
  })
})

import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import { parse as parseRisStrict } from 'astrocite-ris'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../shared/model/finding'
import type { ExportFormat } from '../../shared/model/export'
import { runExport } from './runExport'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ExportEntity } from './cslNames'
import { REPOSITORIES, RESOURCES_DIR, SECTIONS } from './fixtures/context'
import { ARCHIVAL_DOCUMENTS } from './fixtures/archivalDocuments'
import { FIXTURE_FINDINGS } from './fixtures/moreFindings'
import { s6 } from './fixtures/findings'

/** A finding written to break every format: braces, backslashes, TeX specials, line breaks, formulas. */
const hostile: Finding = {
  ...s6,
  id: '01900000-0000-7000-8000-000000000666',
  title_or_description: 'A {brace} and \\input{/etc/passwd} 100% & #1 $x$ _y_ ^z ~w',
  summary_en: 'First line\nER  - \nTY  - JOUR\nTI  - injected',
  provenance_note: 'supplied by: Prof. Pak, given to me at a conference',
  citation_note: 'Copy supplied by a colleague.',
  tags: ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tTab'],
  rights: [],
}

const LIBRARY = [...FIXTURE_FINDINGS.filter((f) => !f.deleted && !f.rights.includes('do_not_share')), ...ARCHIVAL_DOCUMENTS, hostile]
const ENTITIES = JSON.parse(readFileSync(join(RESOURCES_DIR, 'seed', 'entities.json'), 'utf8')) as ExportEntity[]
const run = (format: ExportFormat, options = {}) =>
  runExport({ format, findings: LIBRARY, repositories: REPOSITORIES, sections: SECTIONS, options: { entities: ENTITIES, ...options } })
    .content

describe.each(['bibtex', 'biblatex'] as const)('%s read by two independent parsers', (format) => {
  const text = run(format)

  it('@retorquere/bibtex-parser reads every entry without an error, with the values as written', () => {
    const library = parseBibtex(text)
    expect(library.errors).toEqual([])
    expect(library.entries).toHaveLength(LIBRARY.length)
    const entry = library.entries.find((e) => String(e.fields.title).includes('brace'))!
    expect(entry.fields.title).toBe('A {brace} and \\input{/etc/passwd} 100% & #1 $x$ _y_ ^z ~w')
    expect(entry.fields.note).toBe('Copy supplied by a colleague.')
  })

  it('citation-js reads every entry; keys are unique and never start with "undefined"', () => {
    const items = new Cite(text).data as Array<Record<string, unknown>>
    expect(items).toHaveLength(LIBRARY.length)
    const keys = [...text.matchAll(/^@\w+\{([^,]+),$/gm)].map((m) => m[1]!)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys.every((key) => /^[a-z][a-z0-9]*$/.test(key) && !key.startsWith('undefined'))).toBe(true)
    expect(keys).toContain('zhou1950')
    expect(keys).toContain('mao1956')
  })

  it('keeps private provenance and workbench data out of note, and names in their romanized forms', () => {
    expect(text).not.toContain('Prof. Pak')
    expect(text).not.toMatch(/workbench-|confidence|01900000-/)
    expect(text).toContain('author = {{Mao Zedong}}')
    expect(text).toContain('author = {Puzanov, Aleksandr Mikhailovich}')
    expect(text).not.toContain('Иванов')
  })
})

describe('BibTeX dates', () => {
  it('writes months as the standard macros and biblatex dates as EDTF', () => {
    expect(run('bibtex')).toMatch(/month = sep,/)
    expect(run('bibtex')).not.toMatch(/month = \{/)
    expect(run('biblatex')).toContain('date = {1966?}')
  })
})

describe('RIS read by a strict reader and by citation-js', () => {
  const text = run('ris')

  it('has one tag per line and no injected record', () => {
    expect(text.split('\n').filter((line) => line !== '').every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true)
    expect(text.match(/^TY {2}- /gm)).toHaveLength(LIBRARY.length)
    expect(text).not.toContain('\nTI  - injected')
  })

  it('astrocite-ris and citation-js read one record per finding', () => {
    expect(parseRisStrict(text)).toHaveLength(LIBRARY.length)
    expect(new Cite(text, { forceType: '@ris/file' }).data).toHaveLength(LIBRARY.length)
  })

  it('carries the archive: AN location, DB and AV archive, CY place', () => {
    expect(text).toContain('AN  - f. 0102, op. 13, p. 72, d. 5, ll. 146–164')
    expect(text).toContain('DB  - Foreign Policy Archive of the Russian Federation')
    expect(text).toContain('AV  - Foreign Policy Archive of the Russian Federation, Moscow')
    expect(text).toContain('CY  - Moscow')
    expect(text).toContain('TY  - NEWS')
  })
})

describe('CSV read by csv-parse in strict mode', () => {
  it('has one record per finding, line breaks inside quoted fields', () => {
    const rows = parseCsv(run('csv'), { columns: true, relax_column_count: false, relax_quotes: false }) as Array<Record<string, string>>
    expect(rows).toHaveLength(LIBRARY.length)
    expect(rows.find((r) => r.id === hostile.id)!.summary).toBe(hostile.summary_en)
  })

  it('neutralises formula cells unless asked to keep them raw', () => {
    const cell = (options = {}) =>
      (parseCsv(run('csv', options), { columns: true }) as Array<Record<string, string>>).find((r) => r.id === hostile.id)!.tags
    expect(cell()).toBe(`'=HYPERLINK("http://x"); +1; -2; @SUM(A1); \tTab`)
    expect(cell({ keepFormulas: true })).toBe('=HYPERLINK("http://x"); +1; -2; @SUM(A1); \tTab')
  })
})

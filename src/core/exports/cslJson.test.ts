import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { Cite } from '@citation-js/core'
import { describe, expect, it } from 'vitest'
import { FindingFieldsObject, type Finding } from '../../shared/model/finding'
import type { CslItem } from './cslItem'
import { parseReferences } from './importRefs'
import { runExport } from './runExport'
import { describeReport } from './selection'
import { CSL_SCHEMA, REPOSITORIES, SECTIONS } from './fixtures/context'
import { cia, f0042, garf, letter, privateNote, FIXTURE_FINDINGS, S12_FILTER } from './fixtures/moreFindings'
import { s1, s2, s3, s4, s5, s6, s6Wilson, s7 } from './fixtures/findings'

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const validateCsl = ajv.compile(CSL_SCHEMA)

const exportCsl = (
  format: 'csl-json' | 'csl-json-strict',
  filter?: typeof S12_FILTER,
  findings = FIXTURE_FINDINGS,
) =>
  runExport({
    format,
    findings,
    repositories: REPOSITORIES,
    sections: SECTIONS,
    ...(filter ? { filter } : {}),
  })
const itemsOf = (content: string) => JSON.parse(content) as CslItem[]
const byId = (items: CslItem[], finding: Finding) => items.find((item) => item.id === finding.id)!

describe('strict CSL-JSON (S12)', () => {
  const { content, report } = exportCsl('csl-json-strict', S12_FILTER)
  const items = itemsOf(content)

  it('validates against the CSL data schema and has no custom block', () => {
    expect(validateCsl(items), JSON.stringify(validateCsl.errors)).toBe(true)
    expect(items.some((item) => 'custom' in item)).toBe(false)
    expect(validateCsl(itemsOf(exportCsl('csl-json-strict').content))).toBe(true)
  })

  it('reports what was withheld, excluded and conflicted', () => {
    expect(report).toEqual({
      format: 'csl-json-strict',
      exported: 9,
      withheld_do_not_share: 1,
      excluded_deleted: 1,
      with_conflicts: 1,
      transcription_suppressed: 1,
    })
    expect(describeReport(report)).toBe(
      '9 items exported; 1 withheld (do_not_share); 0 deleted included; 1 with unresolved conflict; ' +
        '1 deleted excluded; 1 transcription left out (quote_permission_required)',
    )
    expect(items.map((item) => item.id)).not.toContain(privateNote.id)
  })

  it('maps types per archival-model §5.1', () => {
    const all = itemsOf(exportCsl('csl-json-strict').content)
    expect([s2, s3, s6, s4, cia, letter].map((f) => byId(all, f).type)).toEqual([
      'manuscript',
      'manuscript',
      'manuscript',
      'article-magazine',
      'report',
      'personal_communication',
    ])
  })

  it('carries the repository and the reference as cited; the place and a manuscript’s recipient as Extra lines Zotero reads', () => {
    expect(byId(items, s2)).toMatchObject({
      archive: 'Foreign Policy Archive of the Russian Federation',
      archive_location: 'f. 0102, op. 12, p. 68, d. 5, ll. 201–203',
    })
    expect(byId(items, s2)['archive-place']).toBeUndefined()
    expect(byId(items, s2)['call-number']).toBeUndefined()
    expect(byId(items, s2).note.split('\n')[0]).toBe('archive-place: Moscow')
    const memo = runExport({
      format: 'csl-json-strict',
      findings: [{ ...s2, recipients: [{ name: 'CPSU Central Committee' }] }],
      repositories: REPOSITORIES,
      sections: [],
    }).content
    const [item] = itemsOf(memo)
    expect(item!.recipient).toBeUndefined()
    expect(item!.author).toHaveLength(1)
    expect(item!.note).toContain('recipient: CPSU Central Committee')
    const all = itemsOf(exportCsl('csl-json-strict').content)
    expect(byId(all, s1).archive_location).toBe('106-00999-01, 3–7')
    expect(byId(all, s7).archive_location).toBe('NKIDP Working Paper #4 (2012), p. 15')
    expect(byId(all, letter).archive_location).toBeUndefined()
  })

  it('writes issued at the recorded precision, with circa, seasons and ranges', () => {
    const all = itemsOf(exportCsl('csl-json-strict').content)
    expect(byId(all, s5).issued).toEqual({ 'date-parts': [[1967, 3]] })
    expect(byId(all, s2).issued).toEqual({ 'date-parts': [[1956, 9, 22]] })
    expect(byId(all, cia).issued).toEqual({ 'date-parts': [[1966, 11]], circa: true })
    expect(byId(all, letter).issued).toEqual({ 'date-parts': [[1966]], season: 3 })
    expect(byId(all, garf).issued).toEqual({
      'date-parts': [
        [1956, 9],
        [1956, 10],
      ],
    })
    expect(byId(all, garf).note).toContain('date-edtf: [1956-09..1956-10]')
  })

  it('orders names family-first for romanized CJK, naturally for romanized Cyrillic, literally for institutions', () => {
    expect(byId(items, s7).author).toEqual([
      { family: 'Shen', given: 'Zhihua', 'static-ordering': true },
      { family: 'Xia', given: 'Yafeng', 'static-ordering': true },
    ])
    // Recorded in Cyrillic only: romanized by the engine (LC, without diacritics), in natural order.
    expect(byId(items, f0042).author).toEqual([{ family: 'Puzanov', given: 'Aleksandr Mikhailovich' }])
    expect(byId(items, s2).author).toEqual([{ literal: 'Soviet Embassy in the DPRK' }])
    expect(byId(items, letter).author).toEqual([{ family: 'Kim', given: 'Il Sung', 'static-ordering': true }])
    // Written in hanzi only: romanized in Pinyin, family name first, never "Zedong Mao".
    expect(byId(items, letter).recipient).toEqual([{ family: 'Mao', given: 'Zedong', 'static-ordering': true }])
  })

  it('writes the note as key lines first, then a blank line, then prose', () => {
    const all = itemsOf(exportCsl('csl-json-strict').content)
    expect(byId(all, s1).note.split('\n')).toContain(`original-title: ${s1.title_original}`)
    expect(byId(all, s1)['original-title']).toBe(s1.title_original)
    const [keys, prose] = byId(items, s6).note.split('\n\n')
    expect(keys!.split('\n').every((line) => /^[a-z-]+: \S/.test(line))).toBe(true)
    expect(keys).toContain('copy-type: colleague_transcription\noriginal-not-seen: true')
    expect(prose).toBe(s6.provenance_note)
    expect(byId(items, s3).note).toContain('classification: 2급비밀\nclassification-level: secret')
    expect(byId(items, f0042).note).toContain('workbench-conflict: summary_en')
    expect(byId(items, f0042).abstract).toBe('Kim rejects restoring fled cadres to the Central Committee.')
  })

  it('names the Wilson source only on the finding linked to the Wilson record (S6)', () => {
    const all = itemsOf(exportCsl('csl-json-strict').content)
    expect(byId(all, s6Wilson)).toMatchObject({
      source: 'Wilson Center Digital Archive',
      URL: 'https://digitalarchive.wilsoncenter.org/document/999001',
      translator: [{ literal: 'Jane Translator (FX)' }],
    })
    expect(byId(all, s6).source).toBeUndefined()
  })

  it('gives S4 the serial fields (article-magazine, Kŭlloja, issue 21, pages 10-11, ko-KP)', () => {
    expect(byId(items, s4)).toMatchObject({
      type: 'article-magazine',
      'container-title': 'Kŭlloja',
      issue: '21',
      page: '10-11',
      language: 'ko-KP',
      'original-title': s4.title_original,
    })
  })

  it('keeps non-Latin text byte-exact, without entities or escapes', () => {
    const { content: all } = exportCsl('csl-json-strict')
    for (const text of ['2급비밀', '机密', 'Совершенно секретно', '中共 動向, 1967', 'оп. 98с', 'Kŭlloja']) {
      expect(all).toContain(text)
    }
    expect(all).not.toMatch(/\\u[0-9a-f]{4}|&#|&amp;/i)
    expect(Buffer.from(all, 'utf8').toString('utf8')).toBe(all)
  })

  it('is byte-identical on re-export, whatever order the findings come in', () => {
    const again = exportCsl('csl-json-strict', S12_FILTER, [...FIXTURE_FINDINGS].reverse())
    expect(again.content).toBe(content)
    const dates = items.map((item) => item.issued?.['date-parts'][0]?.join('-'))
    expect(dates.slice(0, 3)).toEqual(['1954', '1956-9', '1956-9-22'])
  })

  it('is read by citation-js', () => {
    const cite = new Cite(items)
    expect(cite.data).toHaveLength(items.length)
    expect((cite.data as CslItem[]).map((item) => item.title)).toEqual(items.map((item) => item.title))
  })
})

describe('extended CSL-JSON', () => {
  const items = itemsOf(exportCsl('csl-json').content)

  it('adds the custom block and still validates against the current schema', () => {
    expect(validateCsl(items)).toBe(true)
    expect(byId(items, s1).custom).toMatchObject({
      finding_id: s1.id,
      document_id: s1.document_id,
      reference_key: 'prc-fma|106-00999-01',
      entities: s1.entities,
      events: s1.events,
      essay_paragraphs: [],
      confidence: 'probable',
      access_status_current: null,
    })
    expect(byId(items, s6).custom).toMatchObject({ access_status_current: 'reclassified' })
  })

  it('leaves out transcriptions that need quoting permission (S6)', () => {
    const { workbench_fields: fields } = byId(items, s6).custom as {
      workbench_fields: Record<string, unknown>
    }
    expect(fields.transcription).toBeUndefined()
    expect(JSON.stringify(items)).not.toContain('劳动党将同中国党站在一起')
  })

  it('round-trips every user field of every exported fixture finding through parseReferences', () => {
    const exported = FIXTURE_FINDINGS.filter((f) => !f.deleted && !f.rights.includes('do_not_share'))
    const { drafts, problems } = parseReferences(exportCsl('csl-json').content, 'csl-json', REPOSITORIES)
    expect(problems).toEqual([])
    for (const finding of exported) {
      const draft = drafts.find((d) => d.source_id === finding.id)!
      const expected = FindingFieldsObject.parse(
        Object.fromEntries(
          Object.keys(FindingFieldsObject.shape).map((key) => [key, finding[key as keyof Finding]]),
        ),
      )
      if (finding === s6) {
        delete expected.transcription
        delete expected.transcription_status
      }
      expect(FindingFieldsObject.parse(draft.draft)).toEqual(expected)
      // The store keys an unknown reference per finding; a draft has none to share.
      expect(draft.reference_key).toBe(finding.reference_raw === '[unknown]' ? null : finding.reference_key)
    }
  })
})

describe('strict CSL-JSON read back (as from Zotero)', () => {
  it('recovers the core fields of every exported finding from variables and Extra lines', () => {
    const exported = FIXTURE_FINDINGS.filter((f) => !f.deleted && !f.rights.includes('do_not_share'))
    const { drafts, problems } = parseReferences(
      exportCsl('csl-json-strict').content,
      'csl-json',
      REPOSITORIES,
    )
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    for (const finding of exported) {
      const { draft } = drafts.find((d) => d.source_id === finding.id)!
      expect({
        repository_id: draft.repository_id,
        reference_raw: draft.reference_raw,
        doc_date: draft.doc_date,
        doc_date_certainty: draft.doc_date_certainty,
        title_or_description: draft.title_or_description,
        title_original: draft.title_original,
        doc_type: draft.doc_type,
        original_language: draft.original_language,
        classification_original: draft.classification_original,
        summary_en: draft.summary_en,
        tags: draft.tags ?? [],
        confidence: draft.confidence,
        copy_type: draft.copy_type,
      }).toEqual({
        repository_id: finding.repository_id,
        reference_raw: finding.reference_raw,
        doc_date: finding.doc_date,
        doc_date_certainty: finding.doc_date_certainty,
        title_or_description: finding.title_or_description,
        title_original: finding.title_original,
        doc_type: finding.doc_type,
        original_language: finding.original_language,
        classification_original: finding.classification_original,
        summary_en: finding.summary_en,
        tags: finding.tags,
        confidence: finding.confidence,
        copy_type: finding.copy_type,
      })
    }
  })
})

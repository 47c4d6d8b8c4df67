import { describe, expect, it } from 'vitest'
import type { Finding } from '../../shared/model/finding'
import { loadBibtexReader } from './bibRead'
import { parseReferences } from './importRefs'
import { runExport } from './runExport'
import { selectFindings } from './selection'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ExportEntity } from './cslNames'
import { REPOSITORIES, RESOURCES_DIR, SECTIONS } from './fixtures/context'
import { ARCHIVAL_DOCUMENTS } from './fixtures/archivalDocuments'
import { FIXTURE_FINDINGS } from './fixtures/moreFindings'

const LIBRARY = [...FIXTURE_FINDINGS.filter((f) => !f.deleted && !f.rights.includes('do_not_share')), ...ARCHIVAL_DOCUMENTS]
await loadBibtexReader()
const ENTITIES = JSON.parse(readFileSync(join(RESOURCES_DIR, 'seed', 'entities.json'), 'utf8')) as ExportEntity[]
const exported = (format: 'ris' | 'csl-json' | 'bibtex' | 'biblatex') =>
  runExport({ format, findings: LIBRARY, repositories: REPOSITORIES, sections: SECTIONS, options: { entities: ENTITIES } }).content

/** The fields every format that re-imports must keep (docs/exports.md). */
const KEPT = [
  'repository_id',
  'reference_raw',
  'doc_date',
  'doc_date_certainty',
  'title_or_description',
  'title_original',
  'title_romanized',
  'title_translation',
  'title_short',
  'doc_type',
  'original_language',
  'classification_original',
  'confidence',
  'copy_type',
  'tags',
  'citation_style',
  'citation_note',
  'supplied_by',
  'viewed_on',
] as const

const kept = (finding: Partial<Finding>) => Object.fromEntries(KEPT.map((field) => [field, finding[field] ?? (field === 'tags' ? [] : undefined)]))

describe.each(['ris', 'csl-json'] as const)('%s re-imported into a fresh library', (format) => {
  const { drafts, problems } = parseReferences(exported(format), format, REPOSITORIES)

  it('gives back every record, newspapers included, with no error', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(drafts).toHaveLength(LIBRARY.length)
  })

  it('keeps every field the format carries', () => {
    const byId = new Map(LIBRARY.map((finding) => [finding.id, finding]))
    const differences = drafts.flatMap(({ draft, source_id }, index) => {
      const [got, want] = [kept(draft as Partial<Finding>), kept(byId.get(source_id ?? '') ?? {})]
      return KEPT.filter((f) => JSON.stringify(got[f]) !== JSON.stringify(want[f])).map((f) => `${index} ${f}: ${JSON.stringify(got[f])} ≠ ${JSON.stringify(want[f])}`)
    })
    expect(differences).toEqual([])
  })
})

/**
 * What BibTeX and biblatex carry back (docs/exports.md): the archive, the titles in every script
 * when the document has an original title, the short title, the document type, the language and
 * the note for publication; biblatex also the exact EDTF date, BibTeX the year and month.
 */
const BIB_KEPT = ['repository_id', 'title_original', 'title_romanized', 'title_short', 'doc_type', 'original_language', 'citation_note'] as const
const yearMonth = (edtf: string | undefined) => /^\d{4}(?:-(?:0\d|1[0-2]))?/.exec(edtf ?? '')?.[0]
/** A collection item's BibTeX entry is dated by the book; its `type` is the book part's, not the document's. */
const inCollection = (finding: Partial<Finding>) => finding.published_in?.kind === 'document_collection'

describe.each(['bibtex', 'biblatex'] as const)('%s re-imported into a fresh library', (format) => {
  const { drafts, problems } = parseReferences(exported(format), 'bibtex', REPOSITORIES)
  // Entries carry no finding id: they come back in the export's own order.
  const inFileOrder = selectFindings(LIBRARY, undefined, format).selected

  it('gives back every entry, newspapers and collection items included, with no error', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(drafts).toHaveLength(inFileOrder.length)
  })

  it('keeps the fields the format carries, and the date to the precision it carries', () => {
    const differences = drafts.flatMap(({ draft, index }) => {
      const want = inFileOrder[index]! as Partial<Finding>
      const got = draft as Partial<Finding>
      // A title recorded without its romanization comes back with the engine's, as the entry printed it.
      const skipped = (f: string) => (f === 'title_romanized' && !want.title_romanized) || (f === 'doc_type' && inCollection(want))
      const fields = BIB_KEPT.filter((f) => !skipped(f) && JSON.stringify(got[f]) !== JSON.stringify(want[f]))
      const date =
        format === 'biblatex' ? got.doc_date === want.doc_date : inCollection(want) || yearMonth(got.doc_date) === yearMonth(want.doc_date)
      return [...fields.map((f) => `${index} ${f}: ${JSON.stringify(got[f])} ≠ ${JSON.stringify(want[f])}`), ...(date ? [] : [`${index} doc_date: ${got.doc_date} ≠ ${want.doc_date}`])]
    })
    expect(differences).toEqual([])
  })

  it('gives back creators in their romanized forms, never an id', () => {
    const creators = drafts.flatMap(({ draft }) => (draft.creators ?? []).map((c) => c.name ?? ''))
    expect(creators).toContain('Mao Zedong')
    expect(creators).toContain('Aleksandr Mikhailovich Puzanov')
    expect(creators.every((name) => /^[^-]+(?:-[a-zŏŭ’']+)?(?: [^-]+)*$/u.test(name) && !/^[a-z]+-[a-z]+$/.test(name))).toBe(true)
  })
})

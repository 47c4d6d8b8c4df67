import { describe, expect, it } from 'vitest'
import type { Finding } from '../../shared/model/finding'
import { parseReferences } from './importRefs'
import { runExport } from './runExport'
import { REPOSITORIES, SECTIONS } from './fixtures/context'
import { ARCHIVAL_DOCUMENTS } from './fixtures/archivalDocuments'
import { FIXTURE_FINDINGS } from './fixtures/moreFindings'

const LIBRARY = [...FIXTURE_FINDINGS.filter((f) => !f.deleted && !f.rights.includes('do_not_share')), ...ARCHIVAL_DOCUMENTS]
const exported = (format: 'ris' | 'csl-json') =>
  runExport({ format, findings: LIBRARY, repositories: REPOSITORIES, sections: SECTIONS }).content

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

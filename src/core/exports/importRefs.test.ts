import { describe, expect, it } from 'vitest'
import { parseReferences } from './importRefs'
import { REPOSITORIES } from './fixtures/context'

/** A Wilson Center Digital Archive record as its RIS download looks (fixture: invented record). */
const WILSON_RIS = [
  'TY  - GEN',
  'TI  - Record of Conversation between Premier Zhou and a DPRK Delegation (FX)',
  'DA  - 1962/06/15/',
  'AB  - Zhou and the delegation discuss grain deliveries (FX).',
  'N1  - "Record of Conversation between Premier Zhou and a DPRK Delegation (FX)," June 15, 1962, History and Public Policy Program Digital Archive, PRC FMA 106-01379-13, 16-19. Translated by Jane Translator.',
  'UR  - https://digitalarchive.wilsoncenter.org/document/999002',
  'LA  - Chinese',
  'ER  - ',
  '',
].join('\n')

/** Items as a Zotero CSL-JSON export writes them (fixture). */
const ZOTERO_JSON = JSON.stringify([
  {
    id: 'http://zotero.org/users/1/items/ABCD1234',
    type: 'manuscript',
    title: 'Telegram from Mikoyan to the CPSU Central Committee (FX)',
    archive: 'GARF',
    archive_location: 'Fond 5446, Opis 98c, Delo 718, Listy 12-16',
    issued: { 'date-parts': [['1956', '9', '21']] },
    language: 'ru',
    author: [{ family: 'Mikoyan', given: 'Anastas' }],
  },
  { id: 'x2', type: 'manuscript', archive: 'Nowhere Archive' },
])

describe('import of references', () => {
  it('reads a Wilson Center RIS record into a published-translation draft of the archival document', () => {
    const { drafts, problems } = parseReferences(WILSON_RIS, 'ris', REPOSITORIES)
    expect(drafts).toHaveLength(1)
    const [{ draft, reference_key }] = drafts as [(typeof drafts)[number]]
    expect(reference_key).toBe('prc-fma|106-01379-13')
    expect(draft).toMatchObject({
      repository_id: 'prc-fma-archive',
      reference_raw: 'PRC FMA 106-01379-13, 16-19',
      doc_date: '1962-06-15',
      copy_type: 'published_translation',
      original_language: 'und',
      published_translation: {
        repository: 'wilson-digital-archive',
        record_id: '999002',
        url: ['https://digitalarchive.wilsoncenter.org/document/999002'],
      },
      summary_en: 'Zhou and the delegation discuss grain deliveries (FX).',
    })
    expect(problems).toEqual([
      {
        index: 0,
        field: 'language',
        message: '"Chinese" is not a BCP 47 tag; recorded as und',
        reason: 'notLanguage',
        value: 'Chinese',
        severity: 'warning',
      },
    ])
  })

  it('reads Zotero CSL-JSON, finds the repository by an alias, and reports records it cannot use', () => {
    const { drafts, problems } = parseReferences(ZOTERO_JSON, 'csl-json', REPOSITORIES)
    expect(drafts).toHaveLength(1)
    expect(drafts[0]).toMatchObject({
      index: 0,
      source_id: 'http://zotero.org/users/1/items/ABCD1234',
      reference_key: 'garf|f5446|op98c|d718',
      draft: {
        repository_id: 'garf',
        doc_date: '1956-09-21',
        creators: [{ name: 'Anastas Mikoyan' }],
        copy_type: 'secondary_quotation',
        summary_en: 'Telegram from Mikoyan to the CPSU Central Committee (FX)',
      },
    })
    expect(problems).toEqual([
      {
        index: 0,
        field: 'abstract',
        message: 'no abstract; the title stands in as the summary',
        reason: 'noAbstract',
        severity: 'warning',
      },
      {
        index: 1,
        field: 'title',
        message: 'is missing: a finding needs a title or description',
        reason: 'noTitle',
        severity: 'error',
      },
      {
        index: 1,
        field: 'archive',
        message: 'names no known repository and no reference names one',
        reason: 'unknownArchive',
        severity: 'error',
      },
    ])
  })

  it('reports schema failures of a record with its field path', () => {
    const bad = JSON.stringify([
      { custom: { workbench_fields: { repository_id: 'avprf', doc_date: '1956-02-30' } } },
    ])
    const { drafts, problems } = parseReferences(bad, 'csl-json', REPOSITORIES)
    expect(drafts).toEqual([])
    expect(problems).toContainEqual(
      expect.objectContaining({ index: 0, field: 'doc_date', severity: 'error' }),
    )
    expect(problems).toContainEqual(expect.objectContaining({ index: 0, field: 'reference_raw' }))
  })

  it('rejects a file that is not JSON with a clear error', () => {
    expect(() => parseReferences('{not json', 'csl-json', REPOSITORIES)).toThrow(/CSL-JSON file is not JSON/)
  })
})

import { describe, expect, it } from 'vitest'
import { Finding, FindingCreateInput, FindingUpdateInput, findingRuleIssues } from './finding'
import { embargoUntil } from './findingParts'

/** The S1 finding as `workbench add` would receive it (fixture). */
const s1 = {
  repository_id: 'prc-fma-archive',
  reference_raw: '外交部档案馆 106-00999-01',
  pages: '3–7',
  doc_date: '1958-02-15',
  doc_date_certainty: 'exact',
  doc_date_as_written: '1958年2月15日',
  title_or_description:
    'Record of conversation between Zhou Enlai and Kim Il Sung on the withdrawal of the Volunteers',
  title_original: '周恩来总理与金日成首相关于志愿军撤军问题的谈话记录',
  doc_type: 'record_of_conversation',
  original_language: 'zh-Hans',
  classification_original: '机密',
  classification_level: 'secret',
  transcription:
    '周总理：志愿军今年分三批回国，这并不意味着我们对朝鲜的支持有所减弱，而是为了在政治上取得主动。',
  transcription_status: 'verbatim',
  summary_en: 'Zhou says the volunteers will go home in three echelons this year.',
  tags: ['withdrawal', '1958'],
  confidence: 'probable',
  copy_type: 'original_viewed',
  viewed_on: '2025-03-04',
  claim_links: [{ essay_paragraph_id: 'security-effects-p4', stance: 'supports' }],
} as const

const issuesOf = (input: unknown) =>
  FindingCreateInput.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? []

describe('FindingCreateInput', () => {
  it('accepts the S1 finding with §3.2 field names and fills empty lists', () => {
    const parsed = FindingCreateInput.parse(s1)
    expect(parsed.entities).toEqual([])
    expect(parsed.claim_links[0]).toEqual({ essay_paragraph_id: 'security-effects-p4', stance: 'supports' })
  })

  it('requires classification_level once a marking is recorded', () => {
    const { classification_level: _, ...withoutLevel } = s1
    expect(issuesOf(withoutLevel)).toEqual([
      ['classification_level', 'Choose the classification level when a classification marking is recorded.'],
    ])
  })

  it('blocks a colleague transcription without provenance and supplier (S6)', () => {
    const { viewed_on: _, ...rest } = s1
    expect(issuesOf({ ...rest, copy_type: 'colleague_transcription' })).toEqual([
      ['provenance_note', 'Say where the copy came from when the copy is “Transcription by a colleague”.'],
      ['supplied_by', 'Say who supplied the copy when the copy is “Transcription by a colleague”.'],
    ])
    const complete = {
      ...rest,
      copy_type: 'colleague_copy',
      provenance_note: 'Typed copy, pre-2013',
      supplied_by: 'Colleague C',
    }
    expect(issuesOf(complete)).toEqual([])
  })

  it('requires viewed_on for copies seen in person, as a real date', () => {
    const { viewed_on: _, ...rest } = s1
    expect(issuesOf({ ...rest, copy_type: 'microfilm' })).toEqual([
      ['viewed_on', 'Give the day you viewed the document when the copy is “Microfilm”.'],
    ])
    expect(issuesOf({ ...s1, viewed_on: '2025-02-30' })).toEqual([
      ['viewed_on', 'must be a real calendar date written YYYY-MM-DD'],
    ])
  })

  it('rejects a 50 MB transcription with an error naming the field and the limit', () => {
    const huge = '机'.repeat(50 * 1024 * 1024)
    expect(issuesOf({ ...s1, transcription: huge })).toEqual([
      ['transcription', 'must be at most 1,000,000 characters'],
    ])
    expect(issuesOf({ ...s1, title_or_description: 'x'.repeat(2_001) })).toEqual([
      ['title_or_description', 'must be at most 2,000 characters'],
    ])
  })

  it('rejects unknown fields, unknown vocabulary and ids that a user must not supply', () => {
    expect(issuesOf({ ...s1, doc_type: 'telegram' })[0]?.[0]).toBe('doc_type')
    expect(issuesOf({ ...s1, id: '0190b1a8-7c3e-7a11-8b22-1234567890ab' })[0]?.[1]).toContain('id')
    expect(issuesOf({ ...s1, original_language: 'Chinese' })).toEqual([
      ['original_language', 'must be a BCP 47 tag like zh-Hans, ko-KP or ru'],
    ])
  })

  it('accepts rights flags including a dated embargo, and rejects a malformed one', () => {
    expect(issuesOf({ ...s1, rights: ['quote_permission_required', 'embargo_until:2030-01-01'] })).toEqual([])
    expect(issuesOf({ ...s1, rights: ['embargo_until:2030-13-01'] })[0]?.[0]).toBe('rights.0')
  })

  it('requires exactly one target per claim link', () => {
    const both = {
      essay_section: 'security-effects',
      essay_paragraph_id: 'security-effects-p4',
      stance: 'supports',
    }
    expect(issuesOf({ ...s1, claim_links: [both] })).toEqual([
      ['claim_links.0', 'needs exactly one of essay_section, essay_paragraph_id or passage'],
    ])
  })

  it('requires a reason when the reference is unknown', () => {
    expect(issuesOf({ ...s1, reference_raw: '[unknown]' })).toEqual([
      ['reference_unknown_reason', 'Say why the reference is unknown when it is given as [unknown].'],
    ])
  })
})

describe('FindingUpdateInput and Finding', () => {
  it('takes any subset of fields with the id, leaving absent lists unchanged', () => {
    const patch = FindingUpdateInput.parse({
      id: '0190b1a8-7c3e-7a11-8b22-1234567890ab',
      confidence: 'confirmed',
    })
    expect(patch).toEqual({ id: '0190b1a8-7c3e-7a11-8b22-1234567890ab', confidence: 'confirmed' })
  })

  it('exposes the cross-field rules for a merged record', () => {
    expect(findingRuleIssues({ copy_type: 'own_photograph' })).toEqual([
      { field: 'viewed_on', rule: 'viewedOn', params: { copyType: 'own_photograph' }, message: 'Give the day you viewed the document when the copy is “My own photograph”.' },
    ])
  })

  it('accepts a stored record with ids, clocks and the derived key', () => {
    const stored = {
      ...s1,
      id: '0190b1a8-7c3e-7a11-8b22-1234567890ab',
      document_id: '0190b1a8-7c3e-7a11-9b22-1234567890ac',
      schema_version: 1,
      reference_key: 'prc-fma|106-00999-01',
      reference_scheme: 'prc-fma',
      reference_parsed: { quanzong: '106', juan: '00999', jian: '01' },
      doc_date_precision: 'day',
      created_at: '2025-03-04T09:30:00.000Z',
      updated_at: '2025-03-04T09:30:00.000Z',
      created_hlc: '0195a8f0e3c0.0000.LAP-A',
      updated_hlc: '0195a8f0e3c0.0000.LAP-A',
      created_by: 'researcher-a',
      updated_by: 'researcher-a',
      device_id: 'LAP-A',
      deleted: false,
    }
    expect(Finding.parse(stored).conflicts).toEqual([])
    expect(Finding.safeParse({ ...stored, id: 'F-0042' }).error?.issues[0]?.path).toEqual(['id'])
  })
})

describe('doc_date', () => {
  it('must be valid EDTF, with the reason in the message', () => {
    expect(issuesOf({ ...s1, doc_date: '1956-02-30' })).toEqual([
      ['doc_date', 'is not a real date: 1956-02-30: February 1956 has 29 days, not 30'],
    ])
    expect(issuesOf({ ...s1, doc_date: '[1956-09..1956-10]' })).toEqual([])
  })
})

describe('embargoUntil', () => {
  it('returns the latest embargo day among the rights flags', () => {
    expect(embargoUntil(['do_not_share', 'embargo_until:2030-01-01', 'embargo_until:2031-06-30'])).toBe('2031-06-30')
    expect(embargoUntil(['no_photography'])).toBeUndefined()
  })
})

describe('web addresses', () => {
  const withUrl = (url: string) => ({
    ...s1,
    published_translation: { repository: 'wilson-digital-archive', url: [url] },
  })
  it('refuses javascript:, data: and file: addresses where they are typed', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'JAVASCRIPT:alert(1)']) {
      expect(issuesOf(withUrl(url))).toEqual([
        ['published_translation.url.0', 'must be a web address starting with http:// or https://'],
      ])
    }
  })
  it('accepts http and https', () => {
    expect(issuesOf(withUrl('https://digitalarchive.wilsoncenter.org/document/119012'))).toEqual([])
    expect(issuesOf(withUrl('http://example.org/x'))).toEqual([])
  })
})

describe('names and titles in four scripts (schema 2)', () => {
  it('keeps a creator’s original script and romanization, and a title’s translation', () => {
    const input = {
      ...s1,
      creators: [{ name_original: 'Иванов, Василий Иванович', name_romanized: 'Ivanov, Vasilii Ivanovich', romanization_scheme: 'ala-lc-russian' }],
      title_translation: 'Record of conversation',
      citation_style: 'wilson-center',
    }
    expect(issuesOf(input)).toEqual([])
    expect(issuesOf({ ...s1, creators: [{ role: 'author' }] })).toEqual([['creators.0', 'needs an entity_id or a name']])
  })
})

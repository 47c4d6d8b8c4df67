import { describe, expect, it } from 'vitest'
import { findingIssues } from './findingIssues'

describe('every problem of a finding at once', () => {
  it('names each missing required field of an empty finding, once, as a kind (never a schema message)', () => {
    const issues = findingIssues({ confidence: 'unassessed', claim_links: [] })
    expect(issues.map((i) => `${i.path}:${i.kind}`).sort()).toEqual([
      'copy_type:choose',
      'doc_date:date',
      'doc_type:choose',
      'original_language:choose',
      'reference_raw:required',
      'repository_id:choose',
      'summary_en:required',
      'title_or_description:required',
    ])
  })

  it('reads the date as written like the core, and says when it cannot', () => {
    const base = { repository_id: 'prc-fma', reference_raw: '106-1', title_or_description: 'x', summary_en: 'y', doc_type: 'cable', original_language: 'zh-Hans', confidence: 'probable', copy_type: 'archive_photocopy', viewed_on: '2025-03-01' }
    expect(findingIssues({ ...base, doc_date_as_written: '1958年2月15日' })).toEqual([])
    expect(findingIssues({ ...base, doc_date_as_written: 'someday' })[0]).toMatchObject({ path: 'doc_date_as_written', kind: 'asWritten' })
    expect(findingIssues({ ...base, doc_date: '1956-02-30' })[0]).toMatchObject({ path: 'doc_date', kind: 'edtf' })
  })

  it('gives the conditional rules with the copy type, and choices out of the list as "choose"', () => {
    const issues = findingIssues({ doc_date: '1956', copy_type: 'microfilm', doc_type: 'telegram' })
    expect(issues).toContainEqual({ path: 'viewed_on', kind: 'rule', rule: 'viewedOn', params: { copyType: 'microfilm' } })
    expect(issues).toContainEqual({ path: 'doc_type', kind: 'choose' })
  })

  it('says which claim lacks a target or a stance', () => {
    const issues = findingIssues({ doc_date: '1956', claim_links: [{ stance: 'supports' }, { essay_section: 'intro' }] })
    expect(issues).toContainEqual({ path: 'claim_links.0', kind: 'claimTarget' })
    expect(issues).toContainEqual({ path: 'claim_links.1.stance', kind: 'claimStance' })
  })
})

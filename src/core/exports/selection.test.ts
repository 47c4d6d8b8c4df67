import { describe, expect, it } from 'vitest'
import { matchesFilter, selectFindings } from './selection'
import { FIXTURE_FINDINGS, cia, f0042, garf, letter } from './fixtures/moreFindings'
import { s1, s2, s3, s5, s7 } from './fixtures/findings'

const ids = (filter: Parameters<typeof matchesFilter>[1]) =>
  selectFindings(FIXTURE_FINDINGS, filter, 'csv').selected.map((f) => f.id)

describe('export selection', () => {
  it('selects all shareable, non-deleted findings when no filter is given', () => {
    const { selected, report } = selectFindings(FIXTURE_FINDINGS, undefined, 'csv')
    expect(selected).toHaveLength(FIXTURE_FINDINGS.length - 2)
    expect(report).toMatchObject({ withheld_do_not_share: 1, excluded_deleted: 1, with_conflicts: 1 })
  })

  it('filters by tag, repository and the current view', () => {
    expect(ids({ tags: ['withdrawal'] })).toEqual([s1.id])
    expect(ids({ repository_ids: ['cia-crest', 'garf'] })).toEqual([garf.id, cia.id])
    expect(ids({ finding_ids: [s7.id, s5.id] })).toEqual([s7.id, s5.id])
  })

  it('filters by section through essay_sections and claim-link paragraphs', () => {
    expect(ids({ essay_sections: ['security-effects'] })).toEqual([s1.id, s5.id])
  })

  it('keeps findings whose date may overlap the range, whatever their precision', () => {
    // September 1956: the day (S2), the Sept-Oct range (GARF) and F-0042, not the autumn-1966 letter.
    expect(ids({ date_from: '1956-09', date_to: '1956-09' })).toEqual([garf.id, s2.id, f0042.id])
    expect(ids({ date_from: '1966-10-15', date_to: '1966-10-20' })).toEqual([letter.id])
    expect(ids({ date_from: '1967' })).toEqual([s3.id, s5.id])
  })
})

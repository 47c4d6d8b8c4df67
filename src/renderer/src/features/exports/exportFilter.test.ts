import { describe, expect, it } from 'vitest'
import { toExportFilter } from './exportFilter'

describe('findings list filter → export filter', () => {
  it('maps section, tag, repository and dates one to one', () => {
    expect(
      toExportFilter({ essay_section: 'security-effects', tag: '1958', repository_id: 'prc-fma-archive', date_from: '1956-01-01', date_to: '1958-12-31' }),
    ).toEqual({
      filter: { essay_sections: ['security-effects'], tags: ['1958'], repository_ids: ['prc-fma-archive'], date_from: '1956-01-01', date_to: '1958-12-31' },
      unmapped: [],
    })
  })

  it('reports what it cannot map, so the export is pinned to the listed ids', () => {
    expect(toExportFilter({ tag: '1958', stance: 'supports', text: 'Zhou', deleted: false })).toEqual({
      filter: { tags: ['1958'] },
      unmapped: ['stance', 'text'],
    })
  })

  it('an empty list filter exports everything', () => {
    expect(toExportFilter({})).toEqual({ filter: {}, unmapped: [] })
  })
})
